/**
 * Folding for anchoring: a comparison form of the text that ignores differences a re-import or
 * an editor introduces without changing the words — ZWNJ present or lost (کسب‌وکار / کسبوکار),
 * bidi marks, tatweel, diacritics, Arabic letter variants (ي ك), Persian/Arabic-Indic digits,
 * and runs of whitespace. Every folded character keeps the offset of its source character, so a
 * match found in folded space maps back onto the original text.
 *
 * Kept local on purpose: src/shared/text normalises for search (stemming, compounds), which is
 * too aggressive for placing a highlight. This only drops or swaps single characters.
 */
export interface FoldedText {
  folded: string
  /** map[i] = offset in the original text of folded[i]. */
  map: number[]
  originalLength: number
}

// ZWNJ, ZWJ, LRM/RLM, ALM, bidi embeddings/isolates, BOM, soft hyphen, tatweel, harakat, superscript alef.
const DROPPED =
  // eslint-disable-next-line no-misleading-character-class -- each mark is its own member of the class, on purpose: a class of marks to drop, not a composed character
  /[\u200c\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u0640\u064b-\u065f\u0670]/

const SWAPPED: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ۀ: 'ه',
  ة: 'ه',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا'
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48)
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48)
  return SWAPPED[ch] ?? ch
}

export function fold(text: string): FoldedText {
  let folded = ''
  const map: number[] = []
  let lastWasSpace = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (DROPPED.test(ch)) continue
    if (/\s/.test(ch)) {
      if (lastWasSpace) continue
      lastWasSpace = true
      folded += ' '
      map.push(i)
      continue
    }
    lastWasSpace = false
    folded += foldChar(ch)
    map.push(i)
  }
  return { folded, map, originalLength: text.length }
}

/** Just the folded string, for comparing short pieces (quotes, prefixes). */
export function foldString(text: string): string {
  return fold(text).folded
}

/** Original offset where folded offset `i` starts (i may equal folded.length). */
export function toOriginalStart(f: FoldedText, i: number): number {
  return i < f.map.length ? (f.map[i] as number) : f.originalLength
}

/** Original offset just after the folded range ending at folded offset `i` (exclusive). */
export function toOriginalEnd(f: FoldedText, i: number): number {
  if (i <= 0) return 0
  return (f.map[i - 1] as number) + 1
}

/** Folded offset of the first folded char at or after original offset `o`. */
export function toFoldedOffset(f: FoldedText, o: number): number {
  // map is strictly increasing: binary search.
  let lo = 0
  let hi = f.map.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((f.map[mid] as number) < o) lo = mid + 1
    else hi = mid
  }
  return lo
}
