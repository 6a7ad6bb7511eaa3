import { CharClass, CLASS_TABLE, foldCode, IDENTITY_TABLE, isSpaceCode } from './chars'

const SEPARATOR: number = CharClass.Separator
const ARABIC: number = CharClass.Arabic
const LATIN: number = CharClass.Latin
const IGNORABLE: number = CharClass.Ignorable
const ZWNJ_CLASS: number = CharClass.Zwnj
const isSpace = isSpaceCode
const fold = foldCode

// Local copies: module bindings can compile to getters, too slow for a per-character loop.
const classes = CLASS_TABLE
const identity = IDENTITY_TABLE

export type Script = 'arabic' | 'latin' | 'digit'

/** A word as written: folded key plus [start, end) offsets into the original text. */
export interface RawToken {
  key: string
  start: number
  end: number
  script: Script
  /** Only whitespace separates it from the previous token: a lost-ZWNJ candidate (تراکنش ها). */
  spaceBefore: boolean
  /** Index in `key` where the word's last ZWNJ stood (تراکنش‌ها → 6), -1 without one. */
  zwnjAt: number
}

/**
 * Splits on separators; ZWNJ, diacritics and tatweel stay inside a word and vanish from its key.
 * Arabic letters never share a token with Latin letters or digits (الکامپ۲۷ → الکامپ, 27);
 * Latin letters and digits do (covid19).
 */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = []
  let start = 0
  let end = 0
  let script: Script | null = null
  let gapIsSpace = true
  /** The word's characters are already their own search form: slice instead of rebuilding. */
  let verbatim = true
  let lastZwnj = -1

  const flush = (): void => {
    if (script !== null) {
      const key = verbatim ? text.slice(start, end) : foldRange(text, start, end)
      const zwnjAt = lastZwnj > start && lastZwnj < end ? foldRange(text, start, lastZwnj).length : -1
      if (key !== '') tokens.push({ key, start, end, script, spaceBefore: gapIsSpace && tokens.length > 0, zwnjAt })
    }
    script = null
    gapIsSpace = true
    verbatim = true
    lastZwnj = -1
  }

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const cls = classes[code] as number
    if (cls === SEPARATOR) {
      if (script !== null) flush()
      if (!isSpace(code)) gapIsSpace = false
      continue
    }
    if (cls === IGNORABLE || cls === ZWNJ_CLASS) {
      if (script !== null) {
        if (cls === ZWNJ_CLASS) lastZwnj = i
        verbatim = false
        end = i + 1 // marks after the last letter belong to the word
      }
      continue
    }
    const next: Script = cls === ARABIC ? 'arabic' : cls === LATIN ? 'latin' : 'digit'
    if (script !== null && next !== script) {
      if (next === 'arabic' || script === 'arabic') {
        flush()
        gapIsSpace = false // a script change is not a lost ZWNJ
      } else {
        script = 'latin'
      }
    }
    if (script === null) {
      script = next
      start = i
    }
    if (verbatim && identity[code] === 0) verbatim = false
    end = i + 1
  }
  flush()
  return tokens
}

function foldRange(text: string, start: number, end: number): string {
  let key = ''
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (classes[code] !== SEPARATOR) key += fold(code)
  }
  return key
}
