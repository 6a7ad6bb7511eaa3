/**
 * Sentence splitting for Persian news with offsets into the original text.
 *
 * Boundaries: a newline (paragraph), or a run of . ! ? ؟ … followed by whitespace or the end
 * (closing quotes and brackets right after the run stay with the sentence). Not boundaries:
 * decimals and dotted abbreviations (۹.۲, 3.5, ج.ا.ا, U.S.) since no space follows the inner dots;
 * a dot after a single letter or a known abbreviation (م. / Dr.); ؛ (Persian semicolon), which
 * joins clauses like English ';' — Hazm's splitter does not split on it either.
 *
 * Quotations: speeches in news are often whole paragraphs «… . … . …», so we do split inside
 * «…» at real sentence ends; otherwise one quote would become a giant "sentence" that dominates
 * an extractive summary. Each sentence records whether it starts or ends inside an open quotation
 * so a display can restore the guillemets (see `withQuoteMarks`). A quotation without a full stop
 * inside («زومیت», «… شود») is never split.
 */
export interface Sentence {
  text: string
  start: number
  end: number
  index: number
  /** Starts inside a «…» opened by an earlier sentence. */
  opensInQuote: boolean
  /** Ends inside a «…» that a later sentence closes. */
  closesInQuote: boolean
  /** A whole line without final punctuation. */
  unpunctuated: boolean
  /**
   * A short unpunctuated line (a title or subheading) or a dash attribution: not a sentence.
   * A longer unpunctuated line is a sentence: pages often drop the lead's full stop.
   */
  isHeadingLike: boolean
}

/** Headlines and subheadings in Persian news rarely run past this; leads almost always do. */
export const MAX_HEADING_WORDS = 16

const TERMINATORS = new Set(['.', '!', '?', '؟', '…'])
const CLOSERS = new Set(['»', '”', '"', "'", ')', ']', '’'])
const OPEN_QUOTES = new Set(['«', '“'])
const CLOSE_QUOTES = new Set(['»', '”'])
const DASHES = new Set(['-', '–', '—'])

/** Words before a dot that don't end a sentence (compared in lower case, without the dot). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'jr', 'sr', 'st', 'vs', 'no', 'e.g', 'i.e', 'cf', 'fig', 'دکتر', 'مهندس'])

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch)
}

function isLowerLatin(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z'
}

/** The word just before offset `dot` (back to whitespace or an opening bracket/quote). */
function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && !isSpace(text[i - 1]) && !OPEN_QUOTES.has(text[i - 1] as string) && text[i - 1] !== '(') i--
  return text.slice(i, dot)
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot)
  if (word.length === 0) return false
  if (/^\p{L}$/u.test(word)) return true // single letter: م. ق. J.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true // a dotted chain: ج.ا.ا. U.S.
  return ABBREVIATIONS.has(word.toLowerCase())
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let segmentStart = 0
  let depth = 0
  let depthAtStart = 0

  const emit = (end: number, closesInQuote: boolean, endsParagraph: boolean): void => {
    let s = segmentStart
    let e = end
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    if (e > s) {
      const body = text.slice(s, e)
      const lineStart = s === 0 || /\n\s*$/.test(text.slice(Math.max(0, s - 8), s))
      const attribution = DASHES.has(body[0] as string) // «.- محمد خوانساری، …» after a quote
      const unpunctuated = endsParagraph && lineStart && !/[.!?؟…:»”)]$/.test(body)
      const short = body.split(/\s+/).length <= MAX_HEADING_WORDS
      sentences.push({
        text: body,
        start: s,
        end: e,
        index: sentences.length,
        opensInQuote: depthAtStart > 0,
        closesInQuote,
        unpunctuated,
        isHeadingLike: (unpunctuated && short) || (endsParagraph && attribution && !/[.!?؟…:»”)]$/.test(body))
      })
    }
    segmentStart = end
    depthAtStart = depth
  }

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '\n') {
      depth = 0 // an unclosed quotation does not run past its paragraph
      emit(i, false, true)
      continue
    }
    if (OPEN_QUOTES.has(ch)) depth++
    else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1)
    if (!TERMINATORS.has(ch)) continue
    if (ch === '.' && isAbbreviationDot(text, i)) continue

    let j = i
    while (j + 1 < text.length && (TERMINATORS.has(text[j + 1] as string) || text[j + 1] === '.')) j++
    while (j + 1 < text.length && CLOSERS.has(text[j + 1] as string)) {
      j++
      if (CLOSE_QUOTES.has(text[j] as string)) depth = Math.max(0, depth - 1)
    }
    const next = text[j + 1]
    const endsHere = next === undefined || isSpace(next) || DASHES.has(next)
    if (!endsHere) continue
    // "e.g. this" / "... and so on": lower-case Latin after the run continues the sentence.
    let k = j + 1
    while (k < text.length && text[k] === ' ') k++
    if (isLowerLatin(text[k])) continue
    emit(j + 1, depth > 0, false)
    i = j
  }
  emit(text.length, false, true)
  return sentences
}

/** The sentence as a reader should see it alone: guillemets restored where it was cut from a quote. */
export function withQuoteMarks(s: Pick<Sentence, 'text' | 'opensInQuote' | 'closesInQuote'>): string {
  return (s.opensInQuote ? '«' : '') + s.text + (s.closesInQuote ? '»' : '')
}
