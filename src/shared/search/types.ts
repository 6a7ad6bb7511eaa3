import type { Language } from '../domain/language'

/** Searchable fields, in the order snippets are offered. */
export const FIELD_NAMES = ['title', 'lead', 'summaryFa', 'summaryEn', 'quotes', 'notes', 'body'] as const
export type FieldName = (typeof FIELD_NAMES)[number]

export const FIELD_LANG: Readonly<Record<FieldName, Language>> = {
  title: 'fa', lead: 'fa', summaryFa: 'fa', summaryEn: 'en', quotes: 'fa', notes: 'fa', body: 'fa'
}

/** BM25F weights: a hit in the title counts four body hits. */
export const FIELD_BOOST: Readonly<Record<FieldName, number>> = {
  title: 4, lead: 2, summaryFa: 1.5, summaryEn: 1.5, quotes: 1.2, notes: 1.2, body: 1
}

export interface SearchDoc {
  id: string
  fields: {
    title: string
    lead?: string
    body?: string
    summaryFa?: string
    summaryEn?: string
    notes?: string
    quotes?: string
  }
  meta: {
    /** Any sortable number, e.g. yyyymmdd. */
    date?: number
    source?: string
    tags?: string[]
    colours?: string[]
    hasNotes?: boolean
  }
}

/** All given filters must hold. sources/colours: any of; tags: all of; dates inclusive. */
export interface SearchFilters {
  dateFrom?: number
  dateTo?: number
  sources?: string[]
  tags?: string[]
  colours?: string[]
  hasNotes?: boolean
}

export type TextLookup = (id: string, field: FieldName) => string | undefined

export interface SearchOptions {
  /** 'any' (default): ranked any-word matching. 'all': every word required (the old AND). */
  match?: 'any' | 'all'
  limit?: number
  offset?: number
  filters?: SearchFilters
  /** Supplies field text for snippets; without it hits carry no snippets. */
  getText?: TextLookup
  snippetLength?: number
  maxSnippets?: number
}

export type Range = [start: number, end: number]

export interface Snippet {
  field: FieldName
  text: string
  /** Offsets into `text`. */
  highlights: Range[]
}

export interface SearchHit {
  id: string
  score: number
  fields: FieldName[]
  snippets: Snippet[]
}

export interface SearchResult {
  /** All matching documents, not just the returned page. */
  total: number
  hits: SearchHit[]
}
