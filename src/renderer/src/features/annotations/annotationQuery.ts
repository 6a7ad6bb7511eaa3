import type { Annotation, Colour } from '../../../../shared/domain/annotation'
import { matchesQuery } from '../../../../shared/search/hits'
import { plainTextOf } from './markdown'

export type AnnotationSort = 'updated-desc' | 'created-desc' | 'created-asc' | 'article'
export type DateRange = 'any' | 'today' | 'week' | 'month' | 'year'

export interface AnnotationQuery {
  colour: Colour | 'none' | null
  tag: string | null
  articleId: string | null
  date: DateRange
  text: string
  sort: AnnotationSort
}

export const EMPTY_QUERY: AnnotationQuery = { colour: null, tag: null, articleId: null, date: 'any', text: '', sort: 'updated-desc' }

const DAY_MS = 86_400_000
const RANGE_DAYS: Record<Exclude<DateRange, 'any'>, number> = { today: 1, week: 7, month: 30, year: 365 }

/**
 * What a search inside annotations looks at: the quote, the note's words and the tags.
 * Exported so the Persian-aware search engine can index the same text.
 */
export function annotationSearchText(a: Annotation): string {
  return [a.quote ?? '', plainTextOf(a.note), a.tags.join(' ')].join('\n')
}

/**
 * Matches with the archive search's own analyser: letter variants, lost half-spaces, digits,
 * plural suffixes, "phrases" and -exclusions behave exactly as in Ctrl+K search.
 */
export function matchesText(a: Annotation, query: string): boolean {
  if (query.trim() === '') return true
  return matchesQuery(query, annotationSearchText(a))
}

/** Live annotations matching the query, sorted. `articleOrder` ranks articles for the 'article' sort. */
export function filterAnnotations(list: readonly Annotation[], q: AnnotationQuery, now: Date, articleOrder: (id: string) => string = (id) => id): Annotation[] {
  const since = q.date === 'any' ? null : now.getTime() - RANGE_DAYS[q.date] * DAY_MS
  const shown = list.filter(
    (a) =>
      a.deletedAt === null &&
      (q.colour === null || (q.colour === 'none' ? a.colour === null : a.colour === q.colour)) &&
      (q.tag === null || a.tags.includes(q.tag)) &&
      (q.articleId === null || a.articleId === q.articleId) &&
      (since === null || Date.parse(a.updatedAt) >= since) &&
      matchesText(a, q.text)
  )
  const position = (a: Annotation): number => a.target?.selectors[1].start ?? -1
  const compare: Record<AnnotationSort, (x: Annotation, y: Annotation) => number> = {
    'updated-desc': (x, y) => Date.parse(y.updatedAt) - Date.parse(x.updatedAt),
    'created-desc': (x, y) => Date.parse(y.createdAt) - Date.parse(x.createdAt),
    'created-asc': (x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt),
    article: (x, y) => articleOrder(x.articleId).localeCompare(articleOrder(y.articleId)) || position(x) - position(y)
  }
  return [...shown].sort(compare[q.sort])
}

/** Every tag in use, most used first. */
export function tagsInUse(list: readonly Annotation[]): string[] {
  const counts = new Map<string, number>()
  for (const a of list) if (a.deletedAt === null) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t)
}
