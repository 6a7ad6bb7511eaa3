import type { ArticleHead, BayeganDb } from './database'

/** Bumped when the cached records change shape: an older cache is then ignored and rewritten. */
export const HEADS_CACHE_VERSION = 1
/** Heads per record: each record is read (deserialised) in a task of its own, a few ms each. */
export const HEADS_CACHE_CHUNK = 5000

/**
 * The library's heads from the cache, in chunks, or null when there is no whole cache. One read
 * transaction: a write to the articles clears the cache in its own transaction, so what is read here
 * is every head as of some moment, never a mix (changes after that moment reach the library through
 * the change feed, as they do after a full read).
 */
export async function readHeadsCache(db: BayeganDb): Promise<ArticleHead[][] | null> {
  return db.transaction('r', db.headsCache, async () => {
    const header = await db.headsCache.get(0)
    if (header?.version !== HEADS_CACHE_VERSION || typeof header.chunks !== 'number') return null
    // All asked for at once (each still deserialised in a task of its own), not one round trip
    // after another.
    const records = await db.headsCache.bulkGet(Array.from({ length: header.chunks }, (_, i) => i + 1))
    const chunks: ArticleHead[][] = []
    let count = 0
    for (const record of records) {
      if (!Array.isArray(record?.heads)) return null
      chunks.push(record.heads)
      count += record.heads.length
    }
    return count === header.count ? chunks : null
  })
}

/**
 * Heads read from the table at a time while the cache is written: each read deserialises every
 * head as a value of its own in one task (5,000 at a time was a task of 140-280 ms, right after a
 * first import, that keys typed then waited for); a cache record is one value, cheap to read.
 */
export const HEADS_READ_CHUNK = 1000

/**
 * Writes the cache from the heads table unless a whole one is there already; returns whether it
 * wrote. The heads are read and the cache written in one transaction over both tables, so the cache
 * holds exactly the stored heads (no article write can come between). Reads go in id order,
 * `readChunk` heads at a time, into records of `chunk` heads.
 */
export async function ensureHeadsCache(db: BayeganDb, chunk = HEADS_CACHE_CHUNK, readChunk = Math.min(HEADS_READ_CHUNK, chunk)): Promise<boolean> {
  return db.transaction('rw', db.articleHeads, db.headsCache, async () => {
    const header = await db.headsCache.get(0)
    if (header?.version === HEADS_CACHE_VERSION) return false
    await db.headsCache.clear()
    let after: string | null = null
    let chunks = 0
    let count = 0
    const record: ArticleHead[] = []
    const write = async (heads: ArticleHead[]): Promise<void> => {
      chunks++
      count += heads.length
      await db.headsCache.put({ key: chunks, heads })
    }
    for (;;) {
      const heads: ArticleHead[] = await (after === null ? db.articleHeads.orderBy(':id') : db.articleHeads.where(':id').above(after)).limit(readChunk).toArray()
      record.push(...heads)
      while (record.length >= chunk) await write(record.splice(0, chunk))
      if (heads.length < readChunk) break
      after = (heads.at(-1) as ArticleHead).id
    }
    if (record.length > 0) await write(record)
    await db.headsCache.put({ key: 0, version: HEADS_CACHE_VERSION, chunks, count })
    return true
  })
}
