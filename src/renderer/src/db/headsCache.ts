import type { ArticleHead, BayeganDb } from './database'

/** Bumped when the cached records change shape or size (2: small records): an older cache is then ignored and rewritten. */
export const HEADS_CACHE_VERSION = 2
/** Heads read from the heads table at a time while the cache is written. */
export const HEADS_CACHE_CHUNK = 1000
/**
 * The most a record may hold, estimated as two bytes per character of its heads' JSON (an upper
 * bound for V8's serialisation): under the 64 KB past which Chromium stores an IndexedDB value as a
 * blob file. With 5,000 heads (~1 MB) a record, a later start at 50,000 articles sometimes sat with
 * every IndexedDB request unanswered (issue 18).
 */
export const HEADS_RECORD_BYTES = 48 * 1024
/** Records asked for at once while reading the cache (one transaction; each answer its own task). */
const READ_AHEAD = 16

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
    const chunks: ArticleHead[][] = []
    let count = 0
    for (let first = 1; first <= header.chunks; first += READ_AHEAD) {
      const keys = Array.from({ length: Math.min(READ_AHEAD, header.chunks - first + 1) }, (_, i) => first + i)
      for (const record of await Promise.all(keys.map((key) => db.headsCache.get(key)))) {
        if (!Array.isArray(record?.heads)) return null
        chunks.push(record.heads)
        count += record.heads.length
      }
    }
    return count === header.count ? chunks : null
  })
}

/**
 * Writes the cache from the heads table unless a whole one is there already; returns whether it
 * wrote. The heads are read and the cache written in one transaction over both tables, so the cache
 * holds exactly the stored heads (no article write can come between). Reads go in id order, a chunk
 * at a time, so no single task deserialises more than one chunk.
 */
export async function ensureHeadsCache(db: BayeganDb, chunk = HEADS_CACHE_CHUNK): Promise<boolean> {
  return db.transaction('rw', db.articleHeads, db.headsCache, async () => {
    const header = await db.headsCache.get(0)
    if (header?.version === HEADS_CACHE_VERSION) return false
    await db.headsCache.clear()
    let after: string | null = null
    let chunks = 0
    let count = 0
    for (;;) {
      const heads: ArticleHead[] = await (after === null ? db.articleHeads.orderBy(':id') : db.articleHeads.where(':id').above(after)).limit(chunk).toArray()
      if (heads.length === 0) break
      for (const record of bySize(heads)) {
        chunks++
        count += record.length
        await db.headsCache.put({ key: chunks, heads: record })
      }
      if (heads.length < chunk) break
      after = (heads.at(-1) as ArticleHead).id
    }
    await db.headsCache.put({ key: 0, version: HEADS_CACHE_VERSION, chunks, count })
    return true
  })
}

/** Consecutive runs of heads, each within HEADS_RECORD_BYTES (a head larger than that alone in its run). */
function bySize(heads: readonly ArticleHead[]): ArticleHead[][] {
  const runs: ArticleHead[][] = []
  let run: ArticleHead[] = []
  let bytes = 0
  for (const head of heads) {
    const size = JSON.stringify(head).length * 2
    if (run.length > 0 && bytes + size > HEADS_RECORD_BYTES) {
      runs.push(run)
      run = []
      bytes = 0
    }
    run.push(head)
    bytes += size
  }
  if (run.length > 0) runs.push(run)
  return runs
}
