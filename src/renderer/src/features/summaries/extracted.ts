import type { ArchiveItem } from '../../../../shared/archive/schema'
import { readingTextOf } from '../../../../shared/article/readingText'
import { extractKeyFigures, summarize, type KeyFigure, type SummarySentence } from '../../../../shared/summary'

export interface ExtractedView {
  sentences: SummarySentence[]
  figures: KeyFigure[]
  /** Set when the article was longer than the summariser reads: it summarised only this many characters from the start. */
  summarisedChars?: number
}

/**
 * The summariser compares sentences pairwise, so its time grows with the square of the text: about
 * 0.2 s for 60,000 characters here, but 37 s for 1.2 million (bench/longArticle.ts). A longer
 * article is summarised from its beginning, where news puts what matters, and the view says so.
 */
export const SUMMARISE_MAX_CHARS = 60_000
/** Key figures are found in linear time; this only bounds a pathological article. */
export const FIGURES_MAX_CHARS = 1_000_000

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
  const cut = text.length > SUMMARISE_MAX_CHARS
  return {
    sentences: summarize(cut ? text.slice(0, SUMMARISE_MAX_CHARS) : text, { title }).sentences,
    figures: extractKeyFigures(text.slice(0, FIGURES_MAX_CHARS), contextYear !== undefined ? { contextYear } : {}),
    ...(cut ? { summarisedChars: SUMMARISE_MAX_CHARS } : {})
  }
}
