import type { ArchiveItem } from '../../../../shared/archive/schema'
import { readingTextOf } from '../../../../shared/article/readingText'
import { extractKeyFigures, summarize, type KeyFigure, type SummarySentence } from '../../../../shared/summary'

export interface ExtractedView {
  sentences: SummarySentence[]
  figures: KeyFigure[]
}

type Summarisable = Pick<ArchiveItem, 'title' | 'lead' | 'body' | 'display' | 'published'>

/**
 * The offline Persian summary and key figures of an article, from its reading text without the
 * title (the title steers sentence scoring instead). Pure and a few ms, so the reader computes it
 * on open rather than caching rows that would go stale when the pack changes.
 */
export function extractedFor(item: Summarisable): ExtractedView {
  const reading = readingTextOf(item)
  const bodyStart = reading.segments[1]?.start ?? reading.text.length
  const text = reading.text.slice(bodyStart)
  const title = reading.segments[0]?.text ?? ''
  // Dates like «۱۲ تیر» get a Gregorian equivalent only when the article's own year is known.
  const contextYear = item.published.jalali?.year
  return {
    sentences: summarize(text, { title }).sentences,
    figures: extractKeyFigures(text, contextYear !== undefined ? { contextYear } : {})
  }
}
