import type { ArticleHead } from '../../db/records'
import { gregorianYearsOf, jalaliMonthToGregorianRange, jalaliYearToGregorianRange, jalaliToGregorian, toLatinDigits } from '../../../../shared/dates'
import type { Edition } from '../../../../shared/archive/editions'
import { filterSliced, sortSliced, type Slicer } from './slicedSort'

export type LibrarySort = 'date-desc' | 'date-asc' | 'title'

export interface LibraryQuery {
  sort: LibrarySort
  source: string | null
  tag: string | null
  /** An edition id (`elecomp-24`): its items are those about it and those its facts cite. */
  edition?: string | null
  /** A year as typed: Jalali (1397) or Gregorian (2018), in any digits. */
  year?: string
}

/** What the filters need beyond the heads: editions date event-only items and cite items. */
export interface LibraryContext {
  editions?: readonly Edition[]
}

export type YearFilter = { calendar: 'jalali' | 'gregorian'; year: number }

/** Years before 1700 are Jalali (the archive's 1380s–1400s), later ones Gregorian (2000s). */
export function parseYear(text: string): YearFilter | null | 'invalid' {
  const latin = toLatinDigits(text.trim())
  if (latin === '') return null
  if (!/^\d{4}$/.test(latin)) return 'invalid'
  const year = Number(latin)
  return year < 1700 ? { calendar: 'jalali', year } : { calendar: 'gregorian', year }
}

/** Filters and sorts in memory: the library holds summaries of records, cheap even at tens of thousands. */
export function arrangeLibrary(records: readonly ArticleHead[], query: LibraryQuery, collator: Intl.Collator, context: LibraryContext = {}): ArticleHead[] {
  const ids = new Set(records.map((r) => r.id))
  return records.filter(libraryFilter(query, context, (id) => ids.has(id))).sort(libraryOrder(query, collator))
}

/**
 * As arrangeLibrary, in slices that give the page back between them (see slicedSort.ts): at
 * 100,000 articles a sort by title takes seconds of collator calls. `exists` says whether an
 * article id is in the library (the digest of a copy of an original).
 */
export async function arrangeLibrarySliced(
  records: readonly ArticleHead[],
  query: LibraryQuery,
  collator: Intl.Collator,
  context: LibraryContext & { exists: (id: string) => boolean },
  slicer: Slicer
): Promise<ArticleHead[]> {
  const shown = await filterSliced(records, libraryFilter(query, context, context.exists), slicer)
  return sortSliced(shown, libraryOrder(query, collator), slicer)
}

/** How many articles the library lists (copies of originals are listed under their digest). */
export function listedCount(records: readonly ArticleHead[], exists: (id: string) => boolean): number {
  let n = 0
  for (const r of records) if (r.originalOf === undefined || !exists(r.originalOf)) n++
  return n
}

function libraryFilter(query: LibraryQuery, context: LibraryContext, exists: (id: string) => boolean): (r: ArticleHead) => boolean {
  const inEdition = query.edition ? editionMembership(query.edition, context.editions ?? []) : null
  const year = parseYear(query.year ?? '')
  const yearTest = year && year !== 'invalid' ? yearMatcher(year, context.editions ?? []) : null
  return (r) =>
    (r.originalOf === undefined || !exists(r.originalOf)) &&
    (query.source === null || r.source === query.source) &&
    (query.tag === null || r.tags.includes(query.tag)) &&
    (inEdition === null || inEdition(r)) &&
    (yearTest === null || yearTest(r))
}

function libraryOrder(query: LibraryQuery, collator: Intl.Collator): (a: ArticleHead, b: ArticleHead) => number {
  const byTitle = (a: ArticleHead, b: ArticleHead): number => collator.compare(a.title, b.title)
  switch (query.sort) {
    case 'title':
      return byTitle
    case 'date-asc':
      return (a, b) => a.sortKey - b.sortKey || byTitle(a, b)
    case 'date-desc':
      return (a, b) => b.sortKey - a.sortKey || byTitle(a, b)
  }
}

/**
 * The library lists a researcher's copy of an original under its digest, not on its own; a copy
 * whose digest left the archive (a later pack dropped it) is listed, so it is never out of reach.
 */
export function listedHeads(records: readonly ArticleHead[]): ArticleHead[] {
  const ids = new Set(records.map((r) => r.id))
  return records.filter((r) => r.originalOf === undefined || !ids.has(r.originalOf))
}

function editionMembership(editionId: string, editions: readonly Edition[]): (r: ArticleHead) => boolean {
  const cited = new Set(editions.find((e) => e.id === editionId)?.facts.flatMap((f) => f.cite) ?? [])
  return (r) => r.event?.id === editionId || cited.has(r.id)
}

function yearMatcher(filter: YearFilter, editions: readonly Edition[]): (r: ArticleHead) => boolean {
  // An item dated only by its edition is in the years of that edition's dates.
  const editionYears = new Map<string, { jalali: Set<number>; gregorian: Set<number> }>()
  for (const edition of editions) {
    const years = { jalali: new Set<number>(), gregorian: new Set<number>() }
    for (const fact of edition.facts) {
      if (!fact.jalali) continue
      for (let y = fact.jalali.from.year; y <= (fact.jalali.to ?? fact.jalali.from).year; y++) years.jalali.add(y)
      for (const g of gregorianYearsOf(fact.jalali)) years.gregorian.add(g)
    }
    editionYears.set(edition.id, years)
  }
  return (r) => {
    const j = r.published.jalali
    if (j && r.published.precision !== 'event') {
      if (filter.calendar === 'jalali') return j.year === filter.year
      const [first, last] = gregorianYearRange(j)
      return filter.year >= first && filter.year <= last
    }
    const years = r.event ? editionYears.get(r.event.id) : undefined
    return years ? years[filter.calendar].has(filter.year) : false
  }
}

function gregorianYearRange(j: { year: number; month?: number | undefined; day?: number | undefined }): [number, number] {
  if (j.month === undefined) {
    const range = jalaliYearToGregorianRange(j.year)
    return [range.start.year, range.end.year]
  }
  if (j.day === undefined) {
    const range = jalaliMonthToGregorianRange(j.year, j.month)
    return [range.start.year, range.end.year]
  }
  const g = jalaliToGregorian({ year: j.year, month: j.month, day: j.day }).year
  return [g, g]
}

/** Distinct values for a filter menu, in the collation order of the interface language. */
export function facetValues(records: readonly ArticleHead[], pick: (r: ArticleHead) => readonly string[], collator: Intl.Collator): string[] {
  const values = new Set<string>()
  for (const r of records) for (const v of pick(r)) values.add(v)
  return [...values].sort(collator.compare)
}
