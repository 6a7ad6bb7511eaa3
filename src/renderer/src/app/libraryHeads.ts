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
}

const EMPTY: HeadsSnapshot = { heads: [], byId: new Map(), sources: [], tags: [], complete: false, version: 0 }

/**
 * The library's heads, kept in memory and patched from the change feed instead of re-read whole
 * after every write: at 100,000 articles one full read costs seconds, and an import writes a page
 * every few hundred milliseconds. Reads go in batches, so no single task holds the page up.
 */
export function createLibraryHeads(repo: Pick<ArticleRepository, 'headsPage' | 'newestHeads' | 'headsOf'>, options: LibraryHeadsOptions = {}): LibraryHeads {
  const batch = options.batch ?? 4000
  const firstPage = options.firstPage ?? 60
  const publishEveryMs = options.publishEveryMs ?? 1000
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

  const schedule = (): void => {
    if (!loaded || timer !== undefined) return
    const wait = Math.max(30, lastPublish + publishEveryMs - Date.now())
    timer = setTimeout(() => {
      timer = undefined
      flushing ??= flush().finally(() => (flushing = null))
      void flushing.then(publish, () => publish())
    }, wait)
  }

  async function load(): Promise<void> {
    const newest = await repo.newestHeads(firstPage)
    for (const head of newest) put(head)
    if (newest.length > 0) publish()
    let after: string | null = null
    for (;;) {
      const heads = await repo.headsPage(after, batch)
      for (const head of heads) put(head)
      if (heads.length < batch) break
      after = (heads.at(-1) as ArticleHead).id
      await pause()
    }
    // Changes that came during the read may have missed it: read those again before showing all.
    await flush()
    loaded = true
    publish()
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
