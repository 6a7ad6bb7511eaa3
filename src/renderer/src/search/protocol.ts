import type { SearchFilters, SearchHit, Snippet } from '../../../shared/search/types'

/** Hits a query asks for unless it says otherwise (the search panel's list). */
export const RESULTS_LIMIT = 30

/**
 * Hits answered with their snippets at once (more than a tall window shows); the others' snippets
 * follow in a second message (`complete: false`): cutting them analyses whole fields, most of an
 * answer's time.
 */
export const SNIPPETS_FIRST = 10

/** A ranked hit as the UI shows it: the title with its own highlights, then snippets of other fields. */
export interface SearchResultItem extends SearchHit {
  title: Snippet
}

/**
 * A pack's prebuilt index file as the app's origin served it (`/pack-index/<pack id>`), moved to
 * the worker as it came (transferred, not copied): the worker checks every byte. Untrusted.
 */
export interface PackIndexOffer {
  packId: string
  packContentHash: string
  bytes: ArrayBuffer
}

/** Messages between the UI and the search worker. Each request carries a number its answer repeats. */
export type WorkerRequest =
  /** Starts the index (the worker waits for this before answering anything). */
  | { kind: 'init'; seq: number }
  /** The answer to `wantPackIndexes`: the packs' prebuilt indexes the host has (maybe none). */
  | { kind: 'packIndexes'; seq: number; offers: PackIndexOffer[] }
  /** The archive sync is done: a first import's pack is now stored, check the index against it. */
  | { kind: 'recheck'; seq: number }
  | { kind: 'changed'; seq: number; articleIds: string[] }
  | { kind: 'search'; seq: number; query: string; filters: SearchFilters; limit: number }

/** Where the index came from: a saved snapshot, the pack's prebuilt index, or built from the database. */
export type IndexSource = 'snapshot' | 'pack' | 'build'

/**
 * Why this start did or did not load the saved index: none saved, saved for other data (or
 * another analyser), a file that is missing or does not read back whole, no place for files.
 */
export type SavedIndexCheck = 'loaded' | 'none' | 'other-data' | 'unreadable' | 'no-files'

export type IndexStatus =
  | { state: 'starting' }
  | { state: 'building'; done: number; total: number }
  /**
   * `documents` can be found now; `pending` are in the pack's prebuilt index but not yet stored
   * by the first import, so they are left out of answers until they are (the reader could not open them).
   */
  | { state: 'ready'; documents: number; loadedFrom: IndexSource; pending?: number; savedIndex?: SavedIndexCheck }
  | { state: 'failed'; message: string }

export type WorkerMessage =
  | { kind: 'status'; status: IndexStatus }
  /**
   * No saved index can be used: the worker asks for the packs' prebuilt indexes (only then, so a
   * later start never makes the host read its packs for them).
   */
  | { kind: 'wantPackIndexes' }
  /**
   * An answer. `complete: false`: the hits past the first few have no snippets yet; the same
   * `seq` is answered again, complete, unless a newer query replaced it meanwhile.
   */
  | { kind: 'results'; seq: number; query: string; total: number; hits: SearchResultItem[]; tookMs: number; complete: boolean }
  | { kind: 'error'; seq: number; message: string }
