import type { SearchFilters, SearchHit, Snippet } from '../../../shared/search/types'

/** A ranked hit as the UI shows it: the title with its own highlights, then snippets of other fields. */
export interface SearchResultItem extends SearchHit {
  title: Snippet
}

/** Messages between the UI and the search worker. Each request carries a number its answer repeats. */
export type WorkerRequest =
  | { kind: 'init'; seq: number }
  | { kind: 'changed'; seq: number; articleIds: string[] }
  | { kind: 'search'; seq: number; query: string; filters: SearchFilters; limit: number }

export type IndexStatus =
  | { state: 'starting' }
  | { state: 'building'; done: number; total: number }
  | { state: 'ready'; documents: number; loadedFrom: 'snapshot' | 'build' }
  | { state: 'failed'; message: string }

export type WorkerMessage =
  | { kind: 'status'; status: IndexStatus }
  | { kind: 'results'; seq: number; query: string; total: number; hits: SearchResultItem[]; tookMs: number }
  | { kind: 'error'; seq: number; message: string }
