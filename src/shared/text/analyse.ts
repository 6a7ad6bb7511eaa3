import type { Language } from '../domain/language'
import { foldText } from './chars'
import { BOUND_TAILS, COMPOUNDS, SUFFIX_TOKENS, VERB_PREFIXES } from './lexicon'
import { AMBIGUOUS_ALONE, joinedNumberWords, numberWord, runValue, type NumberWord } from './numberWords'
import { joinsAsCompound } from './persianLexicon'
import { ENGLISH_STOPWORDS, stemEnglish } from './stemEnglish'
import { stemPersian } from './stemPersian'
import { tokenize, type RawToken } from './tokenize'

/** Bump whenever analysis output can change; stored in index snapshots to force a rebuild. */
export const ANALYSER_VERSION = 'bayegan-analyser-4'


/** One search term with the span of original text it came from. */
export interface Term {
  /** Index key: folded and stemmed; number words and grouped digits as their value (26, 7700, 14.5). */
  term: string
  /** Folded but unstemmed (prefix lookups match what was typed, e.g. تراکنشه → تراکنشها). */
  surface: string
  start: number
  end: number
  /** Word position for phrase matching; dropped stopwords still advance it. */
  pos: number
}

const COMPOUND_KEYS: ReadonlySet<string> = new Set(COMPOUNDS.map(foldText))

/** Every proper prefix of a compound key: most words are not one, which skips the join test. */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  [...COMPOUND_KEYS].flatMap((k) => Array.from({ length: k.length - 1 }, (_, i) => k.slice(0, i + 1)))
)

function isCompound(key: string): boolean {
  return COMPOUND_KEYS.has(key) || COMPOUND_KEYS.has(stemPersian(key))
}

function joinsPrevious(tok: RawToken | undefined): tok is RawToken {
  return tok !== undefined && tok.script === 'arabic' && tok.spaceBefore
}

const THOUSANDS_SEPARATORS = new Set([',', '٬'])
const DECIMAL_MARKS = new Set(['.', '٫'])

/**
 * Text → terms. Persian words written with a space where a ZWNJ belongs are merged back into one
 * term (تراکنش ها, می شود, کسب و کار, ثبت نام when the lexicon lists ثبت‌نام), so every spelling
 * yields the same terms. Number words and digit groups become their value. The same function
 * analyses documents and queries.
 */
export function analyse(text: string, lang: Language = 'fa'): Term[] {
  const terms: Term[] = []
  analyseInto(text, lang, (term, surface, start, end, pos) => {
    terms.push({ term, surface, start, end, pos })
  })
  return terms
}

/** Receives a text's terms one by one, in order (the fields of Term). */
export type TermSink = (term: string, surface: string, start: number, end: number, pos: number) => void

/**
 * analyse without the Term objects: each term goes to `emit` as it is found, and the count is
 * returned. The index takes tens of millions of terms this way when it is built.
 */
export function analyseInto(text: string, lang: Language, emit: TermSink): number {
  const raw = tokenize(text)
  let count = 0
  let pos = 0
  let i = 0
  while (i < raw.length) {
    const tok = raw[i] as RawToken
    let key = tok.key
    let end = tok.end
    let j = i + 1
    if (tok.script === 'arabic') {
      const number = readNumberWords(raw, i)
      if (number) {
        emit(String(number.value), number.surface, tok.start, number.end, pos++)
        count++
        i = number.next
        continue
      }
      let zwnjAt = tok.zwnjAt
      const a = raw[j]
      const b = raw[j + 1]
      const head = COMPOUND_HEADS.has(key)
      if (head && joinsPrevious(a) && a.key === 'و' && joinsPrevious(b) && isCompound(key + 'و' + b.key)) {
        key += 'و' + b.key
        end = b.end
        j += 2
        zwnjAt = -1
      } else if (joinsPrevious(a) && ((head && isCompound(key + a.key)) || (VERB_PREFIXES.has(key) && a.key.length >= 2) ||
          (BOUND_TAILS.has(a.key) && key.length >= 2) || joinsAsCompound(key, a.key))) {
        key += a.key
        end = a.end
        j += 1
        zwnjAt = -1
      }
      for (let s = raw[j]; joinsPrevious(s) && (SUFFIX_TOKENS.has(s.key) || (key.endsWith('ه') && HEH_YEH_TOKENS.has(s.key))); s = raw[j]) {
        zwnjAt = key.length // the space stood where the half-space belongs
        key += s.key
        end = s.end
        j += 1
      }
      emit(stemPersian(key, zwnjAt), key, tok.start, end, pos)
      count++
    } else if (tok.script === 'latin') {
      if (!(lang === 'en' && ENGLISH_STOPWORDS.has(key))) {
        emit(stemEnglish(key), key, tok.start, end, pos)
        count++
      }
    } else {
      const number = readDigits(text, raw, i)
      emit(number.value, number.value, tok.start, number.end, pos)
      count++
      j = number.next
    }
    pos++
    i = j
  }
  return count
}

/** «رایانه ای»: the indefinite/adjectival ای typed apart from a word ending in ه. */
const HEH_YEH_TOKENS: ReadonlySet<string> = new Set(['ای', 'ایی'])

function numberWords(key: string): NumberWord[] | null {
  const single = numberWord(key)
  return single ? [single] : joinedNumberWords(key)
}

/** A run of number words from raw[i] («بیست و ششمین», «دو میلیون و پانصد هزار»), or null. */
function readNumberWords(raw: RawToken[], i: number): { value: number; surface: string; end: number; next: number } | null {
  const first = raw[i] as RawToken
  const found = numberWords(first.key)
  if (!found) return null
  const words: NumberWord[] = [...found]
  const firstWord = found[0] as NumberWord
  const joined = found.length > 1
  let surface = first.key
  let end = first.end
  let next = i + 1
  while (!(words[words.length - 1] as NumberWord).ordinal) {
    let k = next
    let joiner = ''
    if (joinsPrevious(raw[k]) && raw[k]?.key === 'و') {
      joiner = 'و'
      k++
    }
    const tok = raw[k]
    if (!joinsPrevious(tok)) break
    const w = numberWords(tok.key)
    if (!w) break
    words.push(...w)
    surface += joiner + tok.key
    end = tok.end
    next = k + 1
  }
  if (words.length === 1 && !firstWord.ordinal && !joined && AMBIGUOUS_ALONE.has(first.key)) return null
  return { value: runValue(words), surface, end, next }
}

/** Digits with thousands separators (۷,۷۰۰ → 7700) and a decimal mark (۱۴٫۵ → 14.5). */
function readDigits(text: string, raw: RawToken[], i: number): { value: string; end: number; next: number } {
  const first = raw[i] as RawToken
  let digits = first.key
  let end = first.end
  let next = i + 1
  const gapTo = (tok: RawToken | undefined): string | null =>
    tok && tok.script === 'digit' && tok.start === end + 1 ? (text[end] as string) : null
  if (digits.length <= 3) {
    for (let tok = raw[next]; tok && tok.key.length === 3 && THOUSANDS_SEPARATORS.has(gapTo(tok) ?? ''); tok = raw[next]) {
      digits += tok.key
      end = tok.end
      next++
    }
  }
  let value = digits.length > 1 ? digits.replace(/^0+(?=\d)/, '') : digits
  const fraction = raw[next]
  if (DECIMAL_MARKS.has(gapTo(fraction) ?? '') && fraction) {
    const decimals = fraction.key.replace(/0+$/, '')
    if (decimals !== '') value += '.' + decimals
    end = fraction.end
    next++
  }
  return { value, end, next }
}

/** The index keys of a text, in order (convenience for tests and the benchmark's other engines). */
export function analyseTerms(text: string, lang: Language = 'fa'): string[] {
  return analyse(text, lang).map((t) => t.term)
}
