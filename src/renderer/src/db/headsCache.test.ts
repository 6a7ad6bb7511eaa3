import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { IMPORTED_PACK_ID } from '@shared/host/fileImport'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from './archiveSync'
import { deleteArticles, putArticles } from './articleStore'
import { mergeResearcherData } from './annotationsBackup'
import { openDatabase, type BayeganDb } from './database'
import { ensureHeadsCache, HEADS_CACHE_VERSION, readHeadsCache } from './headsCache'

let db: BayeganDb | undefined
let n = 0
afterEach(() => db?.close())

async function stored(count: number): Promise<BayeganDb> {
  db = openDatabase(`heads-cache-${n++}`)
  const pack = await testPack('p', Array.from({ length: count }, (_, i) => draft(`a${String(i).padStart(3, '0')}`, `خبر ${i}`)))
  await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
  return db
}

const ids = (chunks: { id: string }[][] | null): string[] | null => chunks?.flat().map((h) => h.id) ?? null

describe('heads cache', () => {
  it('holds every stored head in chunks once written, and is written only once', async () => {
    const db = await stored(23)
    expect(await readHeadsCache(db)).toBeNull()
    expect(await ensureHeadsCache(db, 10)).toBe(true)
    const chunks = await readHeadsCache(db)
    expect(chunks?.map((c) => c.length)).toEqual([10, 10, 3])
    expect(chunks?.flat()).toEqual(await db.articleHeads.orderBy('id').toArray())
    expect(await ensureHeadsCache(db, 10)).toBe(false)
  })

  it('reads the heads a few at a time into records of the full size', async () => {
    for (const [n, read] of [[23, 3], [20, 10], [9, 4], [0, 3]] as const) {
      const db = await stored(n)
      expect(await ensureHeadsCache(db, 10, read)).toBe(true)
      const chunks = await readHeadsCache(db)
      expect(chunks?.map((c) => c.length), `${n} heads read ${read} at a time`).toEqual(n === 0 ? [] : Array.from({ length: Math.ceil(n / 10) }, (_, i) => Math.min(10, n - 10 * i)))
      expect(chunks?.flat()).toEqual(await db.articleHeads.orderBy('id').toArray())
    }
  })

  it('is written in short steps that let the page run between them, each a transaction of its own', async () => {
    const db = await stored(23)
    let pauses = 0
    expect(await ensureHeadsCache(db, 10, 3, async () => void pauses++)).toBe(true)
    // 8 reads of at most 3 heads and 3 records, each a step; a pause before each.
    expect(pauses).toBeGreaterThanOrEqual(8 + 3)
    expect(ids(await readHeadsCache(db))).toEqual(ids([await db.articleHeads.orderBy('id').toArray()]))
  })

  it('an article written between two steps stops the write: nothing half-written is trusted, and the next one has it', async () => {
    const db = await stored(23)
    const late = await testPack('p', [draft('a005x', 'خبر میانه')])
    let step = 0
    const writeMidway = async (): Promise<void> => {
      if (++step === 4) await putArticles(db, late.items.map((item) => toArticleRecord('p', item)))
    }
    expect(await ensureHeadsCache(db, 10, 3, writeMidway)).toBe(false)
    expect(await readHeadsCache(db)).toBeNull()
    expect(await ensureHeadsCache(db, 10, 3)).toBe(true)
    expect(ids(await readHeadsCache(db))).toContain('a005x')
    expect(ids(await readHeadsCache(db))).toHaveLength(24)
    // The same for a write just before the last step (the header's).
    await deleteArticles(db, ['a005x'])
    let steps = 0
    await ensureHeadsCache(db, 10, 3, async () => void steps++)
    const edited = await testPack('p', [draft('a000', 'خبر ۰، ویرایش‌شده')])
    await putArticles(db, edited.items.map((item) => toArticleRecord('p', item))) // as many heads, cache cleared
    let left = steps
    const writeLast = async (): Promise<void> => {
      if (--left === 0) await putArticles(db, late.items.map((item) => toArticleRecord('p', item)))
    }
    expect(await ensureHeadsCache(db, 10, 3, writeLast)).toBe(false)
    expect(await readHeadsCache(db)).toBeNull()
  })

  it('is cleared by every write of articles, in the same transaction', async () => {
    const db = await stored(5)
    await ensureHeadsCache(db)
    const pack = await testPack('p', [draft('a999', 'خبر تازه')])
    await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
    expect(await readHeadsCache(db)).toBeNull()
    await ensureHeadsCache(db)
    expect(ids(await readHeadsCache(db))).toContain('a999')
    await deleteArticles(db, ['a999'])
    expect(await readHeadsCache(db)).toBeNull()
    await ensureHeadsCache(db)
    expect(ids(await readHeadsCache(db))).toHaveLength(5)
    // A failed write (the transaction aborts) leaves the cache as it was: still matching the heads.
    await expect(
      db.transaction('rw', [db.articles, db.articleHeads, db.articleImages, db.headsCache], async () => {
        await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
        throw new Error('abort')
      })
    ).rejects.toThrow('abort')
    expect(ids(await readHeadsCache(db))).toHaveLength(5)
  })

  it('is cleared when restored researcher data brings articles', async () => {
    const db = await stored(2)
    await ensureHeadsCache(db)
    const pack = await testPack(IMPORTED_PACK_ID, [draft('mine', 'یادداشت من')])
    await mergeResearcherData(db, { annotations: [], summaries: [], settings: [], articles: pack.items, positions: [] })
    expect(await readHeadsCache(db)).toBeNull()
  })

  it('is not trusted when it is not whole or of another version', async () => {
    const db = await stored(12)
    await ensureHeadsCache(db, 5)
    await db.headsCache.delete(2)
    expect(await readHeadsCache(db)).toBeNull()
    await db.headsCache.clear()
    await ensureHeadsCache(db, 5)
    await db.headsCache.update(0, { count: 11 })
    expect(await readHeadsCache(db)).toBeNull()
    await db.headsCache.update(0, { count: 12, version: HEADS_CACHE_VERSION + 1 })
    expect(await readHeadsCache(db)).toBeNull()
    // An outdated cache is written again.
    expect(await ensureHeadsCache(db, 5)).toBe(true)
    expect(ids(await readHeadsCache(db))).toHaveLength(12)
  })
})
