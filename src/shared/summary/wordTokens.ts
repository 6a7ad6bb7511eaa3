import { toLatinDigits } from '../dates'

/** A word or a number as written, with its folded form for matching and its offsets. */
export interface WordToken {
  raw: string
  /** No ZWNJ/diacritics, Persian ی/ک, ASCII digits. */
  key: string
  isNumber: boolean
  start: number
  end: number
  /**
   * Only spaces, or nothing, between this token and the previous one (punctuation breaks a
   * phrase). Nothing happens where digits touch letters: «۴۳۰۰میلیارد» is two joined tokens.
   */
  joinedBySpace: boolean
  /** The text between the previous token and this one («-» in «۲۷-۳۰»). */
  gap: string
}

const TOKEN = /[0-9۰-۹٠-٩]+(?:[.,٫٬/][0-9۰-۹٠-٩]+)*|[\p{L}\p{M}\u200c]+|[%٪]/gu

function foldWord(raw: string): string {
  return toLatinDigits(raw)
    // eslint-disable-next-line no-misleading-character-class -- each mark is its own member of the class, on purpose: a class of marks to drop, not a composed character
    .replace(/[\u200c\u200d\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإٱ]/g, 'ا')
    .replace(/آ/g, 'ا')
    .replace(/٪/g, '%')
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = []
  let prevEnd = 0
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0
    const raw = m[0]
    const gap = text.slice(prevEnd, start)
    out.push({
      raw,
      key: foldWord(raw),
      isNumber: /^[0-9۰-۹٠-٩]/.test(raw),
      start,
      end: start + raw.length,
      joinedBySpace: out.length > 0 && /^[ \t\u00a0]*$/.test(gap),
      gap
    })
    prevEnd = start + raw.length
  }
  return out
}

/** A digit token's value: ٫ . / as decimal point, ٬ , before three digits as grouping. */
export function parseDigits(key: string): number | undefined {
  const grouped = /^\d{1,3}([,٬]\d{3})+$/.test(key) ? key.replace(/[,٬]/g, '') : key
  const decimal = grouped.replace(/[٫/]/, '.')
  return /^\d+(\.\d+)?$/.test(decimal) ? Number(decimal) : undefined
}
