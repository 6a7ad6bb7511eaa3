import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { sortKeyOf } from '@shared/dates'
import type { HostBridge } from '@shared/host/contract'
import { draft, testPack } from '../../../testSupport/packs'
import { deleteArticles, putArticles } from '../db/articleStore'
import { watchChanges } from '../db/changeFeed'
import { openDatabase, type BayeganDb } from '../db/database'
import type { ArticleRecord } from '../db/records'
import { createRepositories } from '../db/repositories'
import { createHostClient } from '../host/hostClient'
import { createLibraryHeads, type HeadsSnapshot } from './libraryHeads'

const noHost: HostBridge = { invoke: () => Promise.reject(new Error('no host in this test')) }
let db: BayeganDb
let n = 0
afterEach(() => db?.close())

async function records(count: number, from = 0): Promise<ArticleRecord[]> {
  const drafts = Array.from({ length: count }, (_, i) =>
    draft(`item-${from + i}`, `خبر ${from + i}`, {
      source: { name: (from + i) % 2 === 0 ? 'زومیت' : 'دیجیاتو' },
      tags: [`برچسب ${(from + i) % 3}`],
      published: { precision: 'day', jalali: { year: 1390 + ((from + i) % 10), month: 1, day: 1 } }
    })
  )
  const pack = await testPack('p', drafts)
  return pack.items.map((item) => ({ id: item.id, packId: 'p', item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }))
}

function setup(options: { publishEveryMs?: number; name?: string } = {}) {
  db = openDatabase(options.name ?? `library-heads-${n++}`)
  const real = createRepositories(db, createHostClient(noHost)).articles
  // The real repository, counting the rows read one batch at a time.
  const pagesRead: number[] = []
  const repo = { ...real, headsPage: (after: string | null, limit: number) => real.headsPage(after, limit).then((page) => (pagesRead.push(page.length), page)) }
  const heads = createLibraryHeads(repo, { batch: 100, firstPage: 10, publishEveryMs: options.publishEveryMs ?? 20, cacheAfterMs: 30 })
  watchChanges(db, (changes) => heads.changed(changes.articleIds))
  const seen: HeadsSnapshot[] = []
  heads.subscribe(() => seen.push(heads.snapshot()))
  return { heads, seen, pagesRead }
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

describe('library heads', () => {
  it('shows the newest few at once, then every head read in batches', async () => {
    const { heads, seen } = setup()
    await putArticles(db, await records(350))
    heads.start()
    await until(() => heads.snapshot().complete)
    expect(seen[0]?.complete).toBe(false)
    expect(seen[0]?.heads).toHaveLength(10)
    expect(seen[0]?.heads.every((h) => h.sortKey >= sortKeyOf({ precision: 'day', jalali: { year: 1399, month: 1, day: 1 } }))).toBe(true)
    const all = heads.snapshot()
    expect(all.heads).toHaveLength(350)
    expect(new Set(all.heads.map((h) => h.id)).size).toBe(350)
    expect([...all.sources].sort()).toEqual(['دیجیاتو', 'زومیت'])
    expect([...all.tags].sort()).toEqual(['برچسب 0', 'برچسب 1', 'برچسب 2'])
    expect(all.byId.get('item-7')?.title).toBe('خبر 7')
  })

  it('follows writes and removals from the change feed, coalescing a stream of them', async () => {
    const { heads, seen } = setup({ publishEveryMs: 1500 })
    heads.start()
    await until(() => heads.snapshot().complete)
    const before = seen.length
    const pages = await Promise.all([0, 1, 2, 3, 4].map((page) => records(40, page * 40)))
    await Promise.all(pages.map((page) => putArticles(db, page)))
    await until(() => heads.snapshot().heads.length === 200)
    // Five commits in quick succession are shown in fewer publishes than commits.
    expect(seen.length - before).toBeLessThan(5)
    await deleteArticles(db, ['item-0', 'item-2'])
    await until(() => heads.snapshot().heads.length === 198)
    expect(heads.snapshot().byId.has('item-0')).toBe(false)
    // Every source's last article gone: the filter menu no longer offers it.
    await deleteArticles(db, heads.snapshot().heads.filter((h) => h.source === 'زومیت').map((h) => h.id))
    await until(() => !heads.snapshot().sources.includes('زومیت'))
  })

  it('misses nothing written while the first read is still going', async () => {
    const { heads } = setup()
    await putArticles(db, await records(300))
    heads.start()
    await putArticles(db, await records(5, 1000))
    await until(() => heads.snapshot().complete && heads.snapshot().heads.length === 305)
  })

  it('a later start lists every head from the heads cache, without reading the rows, and still follows changes', async () => {
    const name = `library-heads-${n++}`
    const first = setup({ name })
    await putArticles(db, await records(250))
    first.heads.start()
    await until(() => first.heads.snapshot().complete)
    expect(first.pagesRead).toEqual([100, 100, 50])
    // Written a while after the full read.
    const cached = async () => (await createRepositories(db, createHostClient(noHost)).articles.cachedHeads())?.flat().length
    for (let i = 0; i < 200 && (await cached()) !== 250; i++) await new Promise((r) => setTimeout(r, 10))
    expect(await cached()).toBe(250)
    db.close()

    const later = setup({ name })
    later.heads.start()
    await until(() => later.heads.snapshot().complete)
    expect(later.pagesRead).toEqual([])
    expect(later.heads.snapshot().heads).toHaveLength(250)
    expect(later.heads.snapshot().byId.get('item-7')?.title).toBe('خبر 7')
    // A write clears the cache; the heads follow it, and the cache is written again with it.
    await putArticles(db, await records(3, 1000))
    await until(() => later.heads.snapshot().heads.length === 253)
    for (let i = 0; i < 200 && (await cached()) !== 253; i++) await new Promise((r) => setTimeout(r, 10))
    expect(await cached()).toBe(253)
  })
})
