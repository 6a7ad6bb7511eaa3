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

/** The setting that holds renamed colour meanings; a colour missing from it uses its default key. */
export const SETTING_COLOUR_MEANINGS = 'annotations.colourMeanings'

export interface ColourMeanings {
  meanings: Partial<Record<Colour, string>>
  /** When the researcher last renamed one: lets a backup merge keep the newest naming. */
  updatedAt: string
}

/** Size limits, enforced by the schemas at every boundary (bridge, journal, backup). */
export const ANNOTATION_LIMITS = {
  idLength: 100,
  quoteLength: 20_000,
  noteLength: 50_000,
  tagLength: 80,
  tagCount: 40,
  meaningLength: 60
} as const

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

/** Tags as the researcher typed them, trimmed, without empties or duplicates, in first-seen order. */
/** Commas (Latin or Persian) separate several tags typed at once. */
export const TAG_SEPARATORS = /[,،]/

/**
 * A tag field's text with each tag in it held to the tag limit, as `maxLength` holds a field:
 * what is past the limit is not taken (the field's counter says so), the separators are kept.
 */
export function clampTagInput(text: string): string {
  return text
    .split(/([,،])/)
    .map((part, i) => {
      if (i % 2 === 1) return part
      // Spaces after a comma are not part of the tag (cleanTags trims them).
      const lead = /^\s*/.exec(part)?.[0].length ?? 0
      return part.slice(0, lead + ANNOTATION_LIMITS.tagLength)
    })
    .join('')
}

export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, ANNOTATION_LIMITS.tagLength)
    if (tag && !seen.has(tag)) {
      seen.add(tag)
      out.push(tag)
    }
  }
  return out.slice(0, ANNOTATION_LIMITS.tagCount)
}
