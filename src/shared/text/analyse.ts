import type { Language } from '../domain/language'
import { foldText } from './chars'
import { COMPOUNDS, SUFFIX_TOKENS, VERB_PREFIXES } from './lexicon'
import { ENGLISH_STOPWORDS, stemEnglish } from './stemEnglish'
import { stemPersian } from './stemPersian'
import { tokenize, type RawToken } from './tokenize'

/** Bump whenever analysis output can change; stored in index snapshots to force a rebuild. */
export const ANALYSER_VERSION = 'bayegan-analyser-1'


/** One search term with the span of original text it came from. */
export interface Term {
  /** Index key: folded and stemmed. */
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

/**
 * Text → terms. Persian words written with a space where a ZWNJ belongs are merged back into one
 * term (تراکنش ها, می شود, کسب و کار), so every spelling yields the same terms. The same function
 * analyses documents and queries.
 */
export function analyse(text: string, lang: Language = 'fa'): Term[] {
  const raw = tokenize(text)
  const terms: Term[] = []
  let pos = 0
  let i = 0
  while (i < raw.length) {
    const tok = raw[i] as RawToken
    let key = tok.key
    let end = tok.end
    let j = i + 1
    if (tok.script === 'arabic') {
      const a = raw[j]
      const b = raw[j + 1]
      const head = COMPOUND_HEADS.has(key)
      if (head && joinsPrevious(a) && a.key === 'و' && joinsPrevious(b) && isCompound(key + 'و' + b.key)) {
        key += 'و' + b.key
        end = b.end
        j += 2
      } else if (joinsPrevious(a) && ((head && isCompound(key + a.key)) || (VERB_PREFIXES.has(key) && a.key.length >= 2))) {
        key += a.key
        end = a.end
        j += 1
      }
      for (let s = raw[j]; joinsPrevious(s) && SUFFIX_TOKENS.has(s.key); s = raw[j]) {
        key += s.key
        end = s.end
        j += 1
      }
      terms.push({ term: stemPersian(key), surface: key, start: tok.start, end, pos })
    } else if (tok.script === 'latin') {
      if (!(lang === 'en' && ENGLISH_STOPWORDS.has(key))) {
        terms.push({ term: stemEnglish(key), surface: key, start: tok.start, end, pos })
      }
    } else {
      const digits = key.length > 1 ? key.replace(/^0+(?=\d)/, '') : key
      terms.push({ term: digits, surface: digits, start: tok.start, end, pos })
    }
    pos++
    i = j
  }
  return terms
}

/** The index keys of a text, in order (convenience for tests and the benchmark's other engines). */
export function analyseTerms(text: string, lang: Language = 'fa'): string[] {
  return analyse(text, lang).map((t) => t.term)
}
