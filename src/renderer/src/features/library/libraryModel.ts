import type { ArticleHead } from '../../db/records'

export type LibrarySort = 'date-desc' | 'date-asc' | 'title'

export interface LibraryQuery {
  sort: LibrarySort
  source: string | null
  tag: string | null
}

/** Filters and sorts in memory: the library holds summaries of records, cheap even at tens of thousands. */
export function arrangeLibrary(records: readonly ArticleHead[], query: LibraryQuery, collator: Intl.Collator): ArticleHead[] {
  const shown = records.filter(
    (r) => (query.source === null || r.source === query.source) && (query.tag === null || r.tags.includes(query.tag))
  )
  const byTitle = (a: ArticleHead, b: ArticleHead): number => collator.compare(a.title, b.title)
  switch (query.sort) {
    case 'title':
      return shown.sort(byTitle)
    case 'date-asc':
      return shown.sort((a, b) => a.sortKey - b.sortKey || byTitle(a, b))
    case 'date-desc':
      return shown.sort((a, b) => b.sortKey - a.sortKey || byTitle(a, b))
  }
}

/** Distinct values for a filter menu, in the collation order of the interface language. */
export function facetValues(records: readonly ArticleHead[], pick: (r: ArticleHead) => readonly string[], collator: Intl.Collator): string[] {
  const values = new Set<string>()
  for (const r of records) for (const v of pick(r)) values.add(v)
  return [...values].sort(collator.compare)
}
