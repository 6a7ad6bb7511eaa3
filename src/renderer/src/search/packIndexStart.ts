import { readIndexFile } from '../../../shared/search/indexFile'
import { SearchIndex } from '../../../shared/search/searchIndex'
import type { BayeganDb } from '../db/database'
import type { PackIndexOffer } from './protocol'
import { loadSearchDocs } from './searchDocs'

/** A pack's prebuilt index as the UI fetched it from the host: still untrusted bytes. */
export interface PackIndexBytes {
  packId: string
  packContentHash: string
  bytes: Uint8Array
}

/** The index for a first start, made from a pack's prebuilt index. */
export interface PackStart {
  index: SearchIndex
  /** The pack whose prebuilt index this is. */
  pack: { id: string; contentHash: string }
  /** Whether that pack version's record is stored (its import is done), so its articles were checked against the index. */
  verified: boolean
  /** Articles read from the database on top of the pack's own documents (the researcher's text, other packs, imports). */
  fromDatabase: Set<string>
}

/** Why a pack index was not used, for the record. */
export type PackRefusal = { packId: string; reason: string }

/**
 * The index for a first start (no saved index) from a pack's prebuilt index, the largest that can
 * be trusted: built from the very pack version the host lists, with that version stored or its
 * first import still running, reading back whole (header, hashes, analyser, every posting).
 *
 * - Import done (the pack's record is stored with the same hash): its stored articles must be
 *   exactly the index's documents, else the file is refused.
 * - First import still running (no record yet): the documents whose articles are not stored yet
 *   are withheld from answers (SearchIndex.withhold) and released as the import stores them, so no
 *   hit ever points at an article the reader cannot open.
 * - Another version stored (a re-import pending): refused; its stored articles are what the reader opens.
 *
 * Every other stored article (imported ones, other packs, articles with the researcher's notes or
 * summaries) is read from the database and added on top. Returns null when no prebuilt index can
 * be trusted: the caller builds from the database.
 */
export async function indexFromPack(db: BayeganDb, offers: readonly PackIndexBytes[], refused: PackRefusal[] = []): Promise<PackStart | null> {
  const largestFirst = [...offers].sort((a, b) => b.bytes.length - a.bytes.length)
  for (const candidate of largestFirst) {
    const refuse = (reason: string): void => void refused.push({ packId: candidate.packId, reason })
    // SearchIndex.load checks the contents posting by posting: readIndexFile need not do it first.
    const read = readIndexFile(candidate.bytes, { packId: candidate.packId, packContentHash: candidate.packContentHash }, { checkContents: false })
    if (!read.ok) {
      refuse(`${read.reason}: ${read.message}`)
      continue
    }
    let index: SearchIndex
    try {
      index = SearchIndex.load(read.snapshot)
    } catch (err) {
      refuse((err as Error).message)
      continue
    }
    // One read of everything the checks need: during a first import each transaction of the
    // worker's waits behind the page being stored (~0.3 s each at 50,000 articles).
    const [stored, packIds, ids, annotated, summarised] = await db.transaction('r', [db.packs, db.articles, db.annotations, db.summaries], () =>
      Promise.all([
        db.packs.get(candidate.packId),
        db.articles.where('packId').equals(candidate.packId).primaryKeys(),
        db.articles.toCollection().primaryKeys(),
        db.annotations.orderBy('articleId').uniqueKeys(),
        db.summaries.orderBy('articleId').uniqueKeys()
      ])
    )
    if (stored && stored.contentHash !== candidate.packContentHash) {
      refuse('another version of the pack is stored')
      continue
    }
    const indexIds = index.ids() // just loaded: every document is live
    if (stored) {
      if (packIds.length !== indexIds.length || packIds.some((id) => !index.has(id))) {
        refuse('the stored articles are not the index’s documents')
        continue
      }
    } else {
      const present = new Set(packIds)
      index.withhold(indexIds.filter((id) => !present.has(id)))
    }
    const researcher = new Set([...annotated, ...summarised].map(String))
    const toAdd = ids.filter((id) => !index.has(id) || researcher.has(id))
    const { docs } = await loadSearchDocs(db, toAdd)
    index.addAll(docs)
    return { index, pack: { id: candidate.packId, contentHash: candidate.packContentHash }, verified: stored !== undefined, fromDatabase: new Set(toAdd) }
  }
  return null
}

/** An offer's bytes as the worker received them, or null when the message is not a well-formed offer. */
export function bytesOfOffer(offer: PackIndexOffer): PackIndexBytes | null {
  if (!(offer.bytes instanceof ArrayBuffer) || typeof offer.packId !== 'string' || typeof offer.packContentHash !== 'string') return null
  return { packId: offer.packId, packContentHash: offer.packContentHash, bytes: new Uint8Array(offer.bytes) }
}
