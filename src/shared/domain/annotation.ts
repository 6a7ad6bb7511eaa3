import type { Target } from '../anchoring/types'

/** The four default colours; their meanings are the researcher's to rename (stored in settings). */
export const COLOURS = ['yellow', 'blue', 'green', 'red'] as const
export type Colour = (typeof COLOURS)[number]

/** Default meanings, as i18n keys: key fact, question, quote, disagree. */
export const DEFAULT_COLOUR_MEANING_KEYS: Record<Colour, string> = {
  yellow: 'colours.keyFact',
  blue: 'colours.question',
  green: 'colours.quote',
  red: 'colours.disagree'
}

/**
 * A researcher's annotation. A highlight has a target (W3C selectors + content hash) and a quote;
 * an article-level note has neither. Deletion is a tombstone (deletedAt) so undo and merging work.
 */
export interface Annotation {
  id: string
  articleId: string
  target: Target | null
  /** The exact text highlighted, kept so an orphan can still be shown and re-attached. */
  quote: string | null
  colour: Colour | null
  /** Plain text with light Markdown. */
  note: string
  tags: string[]
  /** True when the current article text no longer contains the target. */
  orphan: boolean
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}
