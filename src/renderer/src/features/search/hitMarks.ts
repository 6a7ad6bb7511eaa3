import type { Mark } from '../../../../shared/article/marks'
import type { ReadingText } from '../../../../shared/article/readingText'
import { findHitRanges } from '../../../../shared/search/hits'

export interface ArticleHit {
  id: string
  segmentKey: string
  start: number
  end: number
}

/** Every hit of the query in the article, segment by segment, in reading order. */
export function articleHits(reading: ReadingText, query: string): ArticleHit[] {
  if (query.trim() === '') return []
  const hits: ArticleHit[] = []
  for (const segment of reading.segments) {
    for (const [start, end] of findHitRanges(query, segment.text, 'fa')) {
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
