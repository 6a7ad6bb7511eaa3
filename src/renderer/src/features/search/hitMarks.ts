import type { Mark } from '../../../../shared/article/marks'
import type { ReadingText } from '../../../../shared/article/readingText'
import type { CuratedSummary } from '../../../../shared/archive/schema'
import type { SummaryVersion } from '../../../../shared/domain/summary'
import { findHitRanges } from '../../../../shared/search/hits'
import { currentSummary } from '../../../../shared/summary/currentSummary'
import type { Language } from '../../../../shared/domain/language'

export interface ArticleHit {
  id: string
  segmentKey: string
  start: number
  end: number
}

/** Text shown beside the article that find also searches, in its own language. */
export interface FindSegment {
  key: string
  text: string
  lang: Language
}

/**
 * The summaries the reader shows, as search indexes them (the one current-summary rule): an
 * English query found "in the English summary" must be found there again when the article opens.
 */
export function summaryFindSegments(curated: readonly CuratedSummary[], versions: readonly SummaryVersion[]): FindSegment[] {
  const out: FindSegment[] = []
  for (const lang of ['fa', 'en'] as const) {
    const current = currentSummary(lang, curated, versions)
    if (current) out.push({ key: summarySegmentKey(lang), text: current.text, lang })
  }
  return out
}

export function summarySegmentKey(lang: 'fa' | 'en'): string {
  return `summary.${lang}`
}

/** Every hit of the query in the article, then in the segments beside it, in reading order. */
export function articleHits(reading: ReadingText, query: string, beside: readonly FindSegment[] = []): ArticleHit[] {
  if (query.trim() === '') return []
  const hits: ArticleHit[] = []
  const segments: FindSegment[] = [...reading.segments.map((s) => ({ key: s.key, text: s.text, lang: 'fa' as const })), ...beside]
  for (const segment of segments) {
    for (const [start, end] of findHitRanges(query, segment.text, segment.lang)) {
      hits.push({ id: `hit-${hits.length}`, segmentKey: segment.key, start, end })
    }
  }
  return hits
}

/** Hit marks grouped by segment; the current hit is marked so it stands out and can be scrolled to. */
export function hitMarksBySegment(hits: readonly ArticleHit[], currentIndex: number): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>()
  hits.forEach((hit, i) => {
    const list = out.get(hit.segmentKey) ?? []
    list.push({ start: hit.start, end: hit.end, id: hit.id, kind: 'hit', ...(i === currentIndex ? { colour: 'current' } : {}) })
    out.set(hit.segmentKey, list)
  })
  return out
}

/** Joins mark maps (annotations, hits) into one. */
export function mergeMarks(...maps: (ReadonlyMap<string, readonly Mark[]> | undefined)[]): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>()
  for (const map of maps) {
    if (!map) continue
    for (const [key, marks] of map) out.set(key, [...(out.get(key) ?? []), ...marks])
  }
  return out
}
