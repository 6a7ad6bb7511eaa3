import { readIndexFile } from '../../../shared/search/indexFile'
import { SearchIndex } from '../../../shared/search/searchIndex'
import type { BayeganDb } from '../db/database'
import { loadSearchDocs } from './searchDocs'

/** A pack's prebuilt index as the UI fetched it from the host: still untrusted bytes. */
export interface PackIndexBytes {
  packId: string
  packContentHash: string
  bytes: Uint8Array
}

/**
 * The index for a first start (no saved index): a pack's prebuilt index when it was built from the
 * very pack version stored in IndexedDB and reads back whole, with every other article (imported
 * ones, articles of other packs, articles with the researcher's notes or summaries) added on top.
 * Returns null when no prebuilt index can be trusted: the caller builds from the database.
 */
export async function indexFromPack(db: BayeganDb, packIndexes: readonly PackIndexBytes[]): Promise<SearchIndex | null> {
  for (const candidate of packIndexes) {
    const stored = await db.packs.get(candidate.packId)
    if (!stored || stored.contentHash !== candidate.packContentHash) continue
    const read = readIndexFile(candidate.bytes, { packId: candidate.packId, packContentHash: stored.contentHash })
    if (!read.ok) continue
    let index: SearchIndex
    try {
      index = SearchIndex.load(read.snapshot)
    } catch {
      continue
    }
    const [ids, annotated, summarised] = await Promise.all([
      db.articles.toCollection().primaryKeys(),
      db.annotations.orderBy('articleId').uniqueKeys(),
      db.summaries.orderBy('articleId').uniqueKeys()
    ])
    const researcher = new Set([...annotated, ...summarised].map(String))
    const toAdd = ids.filter((id) => !index.has(id) || researcher.has(id))
    // The prebuilt index must describe exactly this pack's stored articles; anything else → build.
    const packIds = await db.articles.where('packId').equals(candidate.packId).primaryKeys()
    if (packIds.length !== index.size || packIds.some((id) => !index.has(id))) continue
    const { docs } = await loadSearchDocs(db, toAdd)
    for (const doc of docs) index.add(doc)
    return index
  }
  return null
}
