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

/** Marks a cache being written (record 0 until the header replaces it): gone if an article write cleared it. */
const WRITING = -1

/**
 * Writes the cache from the heads table unless a whole one is there already; returns whether it
 * wrote. In steps, each a short transaction with `pause` before it, so the page takes keys and paints
 * between them (in one transaction the write held the page for ~0.8 s at 50,000 articles, right when a
 * researcher starts typing after an import). Every article write clears the cache table in its own
 * transaction, the marker with it: each step checks the marker in its transaction, so a write between
 * steps stops this one (false), and the header, written last with the same check, only ever
 * describes the heads as they are. Reads go in id order, `readChunk` heads at a time, into records
 * of `chunk` heads.
 */
export async function ensureHeadsCache(
  db: BayeganDb,
  chunk = HEADS_CACHE_CHUNK,
  readChunk = Math.min(HEADS_READ_CHUNK, chunk),
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))
): Promise<boolean> {
  const started = await db.transaction('rw', db.headsCache, async () => {
    const header = await db.headsCache.get(0)
    if (header?.version === HEADS_CACHE_VERSION) return false
    await db.headsCache.clear()
    await db.headsCache.put({ key: 0, version: WRITING })
    return true
  })
  if (!started) return false
  /** One step: false when an article write came since the last (the marker is gone). */
  const step = async (work: () => Promise<void>): Promise<boolean> => {
    await pause()
    return db.transaction('rw', db.articleHeads, db.headsCache, async () => {
      if ((await db.headsCache.get(0))?.version !== WRITING) return false
      await work()
      return true
    })
  }
  let after: string | null = null
  let chunks = 0
  let count = 0
  const record: ArticleHead[] = []
  const write = (heads: ArticleHead[]): Promise<boolean> =>
    step(async () => {
      await db.headsCache.put({ key: chunks + 1, heads })
      chunks++
      count += heads.length
    })
  for (let done = false; !done; ) {
    const read = await step(async () => {
      const heads: ArticleHead[] = await (after === null ? db.articleHeads.orderBy(':id') : db.articleHeads.where(':id').above(after)).limit(readChunk).toArray()
      record.push(...heads)
      done = heads.length < readChunk
      if (heads.length > 0) after = (heads.at(-1) as ArticleHead).id
    })
    if (!read) return false
    while (record.length >= chunk) if (!(await write(record.splice(0, chunk)))) return false
  }
  if (record.length > 0 && !(await write(record.splice(0)))) return false
  return step(() => db.headsCache.put({ key: 0, version: HEADS_CACHE_VERSION, chunks, count }).then(() => undefined))
}
