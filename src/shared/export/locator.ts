import type { ReadingText } from '../article/readingText'
import type { ExportLocator } from './document'

interface NumberedSegment {
  start: number
  end: number
  part: ExportLocator['part']
  /** Paragraph number; a quote's attribution shares its quote's number. */
  paragraph?: number
}

/**
 * Numbers the article's paragraphs the way a reader counts them in the reader: the lead and each
 * body paragraph or quote from 1, the title and subheadings named rather than numbered.
 */
export function numberParagraphs(reading: ReadingText): NumberedSegment[] {
  let n = 0
  return reading.segments.map((s) => {
    const end = s.start + s.text.length
    if (s.kind === 'title') return { start: s.start, end, part: 'title' }
    if (s.kind === 'heading') return { start: s.start, end, part: 'heading' }
    if (s.kind !== 'attribution') n += 1
    return { start: s.start, end, part: 'paragraph', paragraph: Math.max(1, n) }
  })
}

/**
 * Where a highlight [start, end) sits: the first paragraph it touches and, when it runs on, the
 * last one. Null when the range lies outside the text (a position that cannot be trusted).
 */
export function locate(numbered: NumberedSegment[], start: number, end: number): ExportLocator | null {
  const touched = numbered.filter((s) => start < Math.max(s.end, s.start + 1) && end > s.start)
  const first = touched[0]
  if (!first) return null
  const paragraphs = touched.flatMap((s) => (s.paragraph === undefined ? [] : [s.paragraph]))
  const from = paragraphs[0]
  const to = paragraphs[paragraphs.length - 1]
  if (from === undefined) return { part: first.part }
  return to !== undefined && to > from ? { part: 'paragraph', paragraph: from, paragraphEnd: to } : { part: 'paragraph', paragraph: from }
}
