// How much of a digest's wording comes from its source: the longest run of consecutive words the
// two share, compared after the search normaliser (src/shared/text) folds letter variants (ي/ی,
// ك/ک), digits (۱۲۳ = 123), diacritics and ZWNJ, and drops punctuation. Half-spaces written as
// spaces are joined back (تراکنش ها = تراکنش‌ها, می شود = می‌شود), so respacing hides nothing.
import { tokenize } from '../text/tokenize'
import type { ArchiveItemDraft } from './schema'
import { blockTexts } from './plainText'

export interface Word {
  /** Normalised form, compared. */
  key: string
  /** As written, for the report. */
  text: string
}

export interface SharedRun {
  /** Number of words in the longest shared run (0 when nothing is shared). */
  length: number
  /** The run as written in the item. */
  words: string[]
}

/** Affixes Persian writes with a half-space, which copies often respace. */
const JOINING_PREFIXES = new Set(['می', 'نمی'])
const JOINING_SUFFIXES = new Set(['ها', 'های', 'هایی', 'هایش', 'هایشان', 'ای', 'ی', 'تر', 'ترین', 'اش', 'ام', 'ات', 'مان', 'تان', 'شان', 'اند', 'ایم', 'اید'])

export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  let joinNext = false
  for (const token of tokenize(text)) {
    const previous = words.at(-1)
    const written = text.slice(token.start, token.end)
    const joins = previous && token.spaceBefore && token.script === 'arabic' && (joinNext || JOINING_SUFFIXES.has(token.key))
    if (joins && previous) {
      previous.key += token.key
      previous.text += ` ${written}`
    } else {
      words.push({ key: token.key, text: written })
    }
    joinNext = token.script === 'arabic' && JOINING_PREFIXES.has(token.key)
  }
  return words
}

/**
 * Longest run of consecutive words of any one item segment that also occurs, consecutively, in the
 * source. Segments (title, paragraphs, summaries) are compared separately so a run never spans
 * two of them. Dynamic programming over (segment word, source word): O(n·m) time, O(m) memory.
 */
export function longestSharedRun(segments: readonly string[], source: string): SharedRun {
  const sourceKeys = wordsOf(source).map((w) => w.key)
  let best: SharedRun = { length: 0, words: [] }
  for (const segment of segments) {
    const words = wordsOf(segment)
    let previous = new Uint32Array(sourceKeys.length + 1)
    let current = new Uint32Array(sourceKeys.length + 1)
    for (let i = 1; i <= words.length; i++) {
      const key = (words[i - 1] as Word).key
      for (let j = 1; j <= sourceKeys.length; j++) {
        const run = sourceKeys[j - 1] === key ? (previous[j - 1] as number) + 1 : 0
        current[j] = run
        if (run > best.length) best = { length: run, words: words.slice(i - run, i).map((w) => w.text) }
      }
      ;[previous, current] = [current, previous]
      current.fill(0)
    }
  }
  return best
}

/** The item's own words: title, lead, body blocks and curated summaries, one segment each. */
export function itemSegments(item: Pick<ArchiveItemDraft, 'title' | 'lead' | 'body' | 'summaries'>): string[] {
  return [item.title, ...(item.lead === undefined ? [] : [item.lead]), ...item.body.flatMap((b) => ('text' in b ? [b.text] : blockTexts(b))), ...item.summaries.map((s) => s.text)]
}

export function wordCount(item: Pick<ArchiveItemDraft, 'title' | 'lead' | 'body' | 'summaries'>): number {
  return itemSegments(item).reduce((n, segment) => n + wordsOf(segment).length, 0)
}
