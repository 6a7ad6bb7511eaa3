import type { Language } from '../domain/language'
import { analyse, type Term } from '../text/analyse'
import { parseQuery, type ParsedQuery, type QueryTerm } from './query'
import type { FieldName, Range, Snippet } from './types'

function termMatches(q: QueryTerm, t: Term): boolean {
  if (t.term === q.term) return true
  // The index expands prefixes of two letters or more; a lone letter matches only itself.
  return q.prefix && q.surface.length >= 2 && (t.surface.startsWith(q.surface) || t.term.startsWith(q.surface))
}

/**
 * Every span of `text` (original offsets, sorted, non-overlapping) that the query's positive
 * terms and phrases match: what the reader marks in an article.
 */
export function findHitRanges(query: string | ParsedQuery, text: string, lang: Language = 'fa'): Range[] {
  const parsed = typeof query === 'string' ? parseQuery(query) : query
  if (parsed.must.length === 0 || text === '') return []
  const terms = analyse(text, lang)
  const byPos = new Map<number, Term>()
  for (const t of terms) byPos.set(t.pos, t)
  const ranges: Range[] = []
  for (const clause of parsed.must) {
    const [first, ...rest] = clause.terms
    if (!first) continue
    for (const t of terms) {
      if (!termMatches(first, t)) continue
      let last = t
      let ok = true
      for (const q of rest) {
        const other = byPos.get(t.pos + q.offset - first.offset)
        if (!other || !termMatches(q, other)) {
          ok = false
          break
        }
        last = other
      }
      if (ok) ranges.push([t.start, last.end])
    }
  }
  return mergeRanges(ranges)
}

function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Range[] = []
  for (const r of ranges) {
    const prev = out[out.length - 1]
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

const ELLIPSIS = '…'

/** A window of about `length` characters around the densest cluster of hits. */
export function makeSnippet(field: FieldName, text: string, hits: Range[], length = 160): Snippet {
  if (text.length <= length) return { field, text, highlights: hits.map((h) => [h[0], h[1]]) }
  let bestStart = 0
  let anchor = hits[0]?.[0] ?? 0
  let bestCount = -1
  for (const h of hits.slice(0, 200)) {
    const start = Math.max(0, h[0] - Math.floor(length / 4))
    const count = hits.filter((o) => o[0] >= start && o[1] <= start + length).length
    if (count > bestCount) {
      bestCount = count
      bestStart = start
      anchor = h[0]
    }
  }
  let start = bestStart
  let end = Math.min(text.length, start + length)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < anchor && space - start < 30) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + length / 2) end = space
  }
  const lead = start > 0 ? ELLIPSIS : ''
  const snippetText = lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : '')
  const highlights: Range[] = hits
    .filter((h) => h[0] >= start && h[1] <= end)
    .map((h) => [h[0] - start + lead.length, h[1] - start + lead.length])
  return { field, text: snippetText, highlights }
}

/**
 * Whether one text satisfies the query as the index would judge it: every word or phrase found
 * (the last word as a prefix while typing), no excluded one. For filtering small lists in place.
 */
export function matchesQuery(query: string | ParsedQuery, text: string, lang: Language = 'fa'): boolean {
  const parsed = typeof query === 'string' ? parseQuery(query) : query
  const found = (clause: ParsedQuery['must'][number]): boolean => findHitRanges({ must: [clause], not: [] }, text, lang).length > 0
  return parsed.must.every(found) && !parsed.not.some(found)
}
