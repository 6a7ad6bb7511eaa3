import { useEffect, useSyncExternalStore } from 'react'
import type { ArticleHead } from '../db/records'
import type { ArticleRepository } from '../db/repositories'
import { useAppServices } from './AppServicesContext'

/** What the library, the editions and the search panel list: every article's head, as last read. */
export interface HeadsSnapshot {
  heads: readonly ArticleHead[]
  /** The heads by id: live (not copied per change), for looking up what `heads` lists. */
  byId: ReadonlyMap<string, ArticleHead>
  /** Every source and every tag in use, unsorted (the reader sorts them in its language). */
  sources: readonly string[]
  tags: readonly string[]
  /** False while the first read is still going: `heads` are then only the newest few. */
  complete: boolean
  /** Grows with every change, so a consumer can tell two snapshots apart cheaply. */
  version: number
}

export interface LibraryHeads {
  /** Starts the first read (the newest few at once, then all in batches); safe to call again. */
  start(): void
  /** These articles changed (written, removed, annotated): their heads are read again. */
  changed(ids: readonly string[]): void
  subscribe(listener: () => void): () => void
  snapshot(): HeadsSnapshot
}

export interface LibraryHeadsOptions {
  /** Heads per read while loading everything. */
  batch?: number
  /** How many of the newest heads are shown before everything is read. */
  firstPage?: number
  /** Changes streaming in (an import) are shown at most this often. */
  publishEveryMs?: number
  /** Between two batches: lets the page paint and take input (a macrotask in the app). */
  pause?: () => Promise<void>
  /** The heads cache is brought up to date this long after the last change (or a full read). */
  cacheAfterMs?: number
}

const EMPTY: HeadsSnapshot = { heads: [], byId: new Map(), sources: [], tags: [], complete: false, version: 0 }

/**
 * The library's heads, kept in memory and patched from the change feed instead of re-read whole
 * after every write: at 100,000 articles one full read costs seconds, and an import writes a page
 * every few hundred milliseconds. Reads go in batches, so no single task holds the page up.
 *
 * A start reads the heads cache (a few large records, see db/headsCache.ts) when it is whole, and
 * the rows one by one only when it is not; a while after a full read or the last change, the cache
 * is written again if a write cleared it. So a later start lists 100,000 articles in well under a
 * second instead of several (issue 18).
 */
export function createLibraryHeads(
  repo: Pick<ArticleRepository, 'headsPage' | 'newestHeads' | 'headsOf'> & Partial<Pick<ArticleRepository, 'cachedHeads' | 'ensureHeadsCache'>>,
  options: LibraryHeadsOptions = {}
): LibraryHeads {
  const batch = options.batch ?? 4000
  const firstPage = options.firstPage ?? 60
  const publishEveryMs = options.publishEveryMs ?? 1000
  const cacheAfterMs = options.cacheAfterMs ?? 3000
  const pause = options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)))
  const byId = new Map<string, ArticleHead>()
  const sources = new Map<string, number>()
  const tags = new Map<string, number>()
  const listeners = new Set<() => void>()
  let current = EMPTY
  let started = false
  let loaded = false
  /** Ids changed while the first read runs, or since the last flush. */
  let pending = new Set<string>()
  let flushing: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastPublish = 0
  let cacheTimer: ReturnType<typeof setTimeout> | undefined
  let caching = false

  const count = (map: Map<string, number>, key: string, by: number): void => {
    const n = (map.get(key) ?? 0) + by
    if (n <= 0) map.delete(key)
    else map.set(key, n)
  }
  const put = (head: ArticleHead): void => {
    const old = byId.get(head.id)
    if (old) forget(old)
    byId.set(head.id, head)
    count(sources, head.source, 1)
    for (const tag of head.tags) count(tags, tag, 1)
  }
  const forget = (head: ArticleHead): void => {
    byId.delete(head.id)
    count(sources, head.source, -1)
    for (const tag of head.tags) count(tags, tag, -1)
  }
  const publish = (): void => {
    lastPublish = Date.now()
    current = { heads: [...byId.values()], byId, sources: [...sources.keys()], tags: [...tags.keys()], complete: loaded, version: current.version + 1 }
    for (const listener of listeners) listener()
  }

  async function flush(): Promise<void> {
    while (pending.size > 0) {
      const ids = [...pending]
      pending = new Set()
      const heads = await repo.headsOf(ids)
      heads.forEach((head, i) => {
        if (head) put(head)
        else {
          const old = byId.get(ids[i] as string)
          if (old) forget(old)
        }
      })
    }
  }

  /** Writes the heads cache once things are quiet (a later change puts it off again). */
  const scheduleCache = (): void => {
    if (!repo.ensureHeadsCache) return
    clearTimeout(cacheTimer)
    cacheTimer = setTimeout(() => {
      if (caching || flushing || pending.size > 0) return scheduleCache()
      caching = true
      void (repo.ensureHeadsCache as () => Promise<boolean>)()
        .catch(() => false) // without a cache the next start reads the rows: slower, never wrong
        .finally(() => (caching = false))
    }, cacheAfterMs)
  }

  const schedule = (): void => {
    if (!loaded || timer !== undefined) return
    const wait = Math.max(30, lastPublish + publishEveryMs - Date.now())
    timer = setTimeout(() => {
      timer = undefined
      flushing ??= flush().finally(() => (flushing = null))
      void flushing.then(publish, () => publish())
      scheduleCache()
    }, wait)
  }

  async function load(): Promise<void> {
    const cache = repo.cachedHeads?.().catch(() => null) ?? Promise.resolve(null)
    const newest = await repo.newestHeads(firstPage)
    for (const head of newest) put(head)
    if (newest.length > 0) publish()
    const cached = await cache
    if (cached) {
      for (const chunk of cached) {
        for (const head of chunk) put(head)
        await pause()
      }
    } else {
      let after: string | null = null
      for (;;) {
        const heads = await repo.headsPage(after, batch)
        for (const head of heads) put(head)
        if (heads.length < batch) break
        after = (heads.at(-1) as ArticleHead).id
        await pause()
      }
    }
    // Changes that came during the read may have missed it: read those again before showing all.
    await flush()
    loaded = true
    publish()
    if (!cached) scheduleCache()
  }

  return {
    start() {
      if (started) return
      started = true
      void load().catch(() => {
        // A failed read leaves what was read; the next change or start tries again.
        loaded = true
        started = false
        publish()
      })
    },
    changed(ids) {
      if (ids.length === 0) return
      for (const id of ids) pending.add(id)
      schedule()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    snapshot: () => current
  }
}

/** Every article's head as the library lists them, following every change; starts the read. */
export function useLibraryHeads(): HeadsSnapshot {
  const { libraryHeads } = useAppServices()
  useEffect(() => libraryHeads.start(), [libraryHeads])
  return useSyncExternalStore(libraryHeads.subscribe, libraryHeads.snapshot)
}
