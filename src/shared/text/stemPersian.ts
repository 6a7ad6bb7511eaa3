import { foldText } from './chars'
import { BROKEN_PLURALS, PROTECTED_WORDS } from './lexicon'
import { isAdjective, isWord, takesAn } from './persianLexicon'

/**
 * Light Persian stemmer over folded keys: strips plural, comparative and indefinite suffixes, and
 * only when the Persian lexicon confirms what remains is a word of the right kind (an -ان plural
 * of a noun that takes it, -تر of an adjective). It never strips ی (ماهی stays apart from ماه).
 * `zwnjAt` is where the written word had a half-space: it tells نام‌های (names) from نامه‌ای (a
 * letter) when the lexicon alone cannot.
 */

const PLURAL_HA = ['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها']
const COMPARATIVE = ['ترین', 'تر']
/** Indefinite / adjectival ای after a final ه (رایانه‌ای, نامه‌ای). */
const HEH_YEH = ['ایی', 'ای']
const WITH_HEH = HEH_YEH.map((s) => 'ه' + s)
/** Last letters of every suffix handled here: other words return at once. */
const SUFFIX_ENDS = new Set([...'اینتشمر'].map((c) => c.charCodeAt(0)))
/** Spelling variants of one word's stem: مسوول and مسئول (folded مسیول). */
const STEM_VARIANTS: [string, string][] = [['مسوول', 'مسیول']]

/** Folded broken plural → folded singular (مراکز → مرکز). */
const SINGULAR_OF: ReadonlyMap<string, string> = new Map(BROKEN_PLURALS.map(([p, s]) => [foldText(p), foldText(s)]))

export function stemPersian(word: string, zwnjAt = -1): string {
  const singular = SINGULAR_OF.get(word)
  if (singular !== undefined) return singular
  return stem_(unifyVariants(word), zwnjAt)
}

function unifyVariants(word: string): string {
  for (const [from, to] of STEM_VARIANTS) if (word.startsWith(from)) return to + word.slice(from.length)
  return word
}

function stem_(word: string, zwnjAt: number): string {
  if (word.length < 3 || !SUFFIX_ENDS.has(word.charCodeAt(word.length - 1)) || PROTECTED_WORDS.has(word)) return word
  // A half-space written before a known suffix says where the stem ends.
  if (zwnjAt > 1 && zwnjAt < word.length) {
    const base = word.slice(0, zwnjAt)
    const suffix = word.slice(zwnjAt)
    if (PLURAL_HA.includes(suffix) || COMPARATIVE.includes(suffix)) return stripComparative(base)
    if (HEH_YEH.includes(suffix) && base.endsWith('ه')) return base
  }
  for (let k = 0; k < HEH_YEH.length; k++) {
    // رایانهای is رایانه + ای, never a plural of رایان.
    const cut = (HEH_YEH[k] as string).length
    if (word.endsWith(WITH_HEH[k] as string) && isWord(word.slice(0, -cut))) return word.slice(0, -cut)
  }
  for (const suffix of PLURAL_HA) {
    if (!word.endsWith(suffix)) continue
    const base = word.slice(0, -suffix.length)
    if (base.length >= 2 && (isWord(base) || (!isWord(word) && base.length >= 3))) return stripComparative(base)
  }
  const comparative = stripComparative(word)
  if (comparative !== word) return comparative
  return stripArabicAndAnPlural(word)
}

function stripComparative(word: string): string {
  if (PROTECTED_WORDS.has(word)) return word
  for (const suffix of COMPARATIVE) {
    if (!word.endsWith(suffix)) continue
    const base = word.slice(0, -suffix.length)
    if (base.length >= 2 && isAdjective(base)) return base // فیلتر, کامپیوتر: no adjective فیل/کامپیو
  }
  return word
}

/** -ان, -ین, -ات plurals, each only when the lexicon knows the singular. */
function stripArabicAndAnPlural(word: string): string {
  const n = word.length
  if (word.endsWith('گان')) {
    const singular = word.slice(0, -3) + 'ه' // نمایندگان → نماینده
    if (isWord(singular)) return singular
  }
  if (word.endsWith('یان')) {
    const base = word.slice(0, -3)
    const before = word[n - 4]
    if ((before === 'و' || before === 'ا') && isWord(base)) return base // دانشجویان → دانشجو
    // Listed -یان words are mostly names (پزشکیان) or words of their own (دانشبنیان).
    if (isWord(word)) return word
  }
  if (word.endsWith('ان')) {
    const base = word.slice(0, -2)
    // A word listed in its own right (بحران, همزمان) loses -ان only from a 4+ letter noun.
    return takesAn(base) && (base.length >= 4 || !isWord(word)) ? base : word
  }
  if (word.endsWith('ین')) {
    const base = word.slice(0, -2) // Arabic plural of a noun that takes -ان: مسئولین
    return base.length >= 4 && takesAn(base) ? base : word
  }
  if (word.endsWith('ات') && !word.endsWith('یات') && n - 2 >= 3) {
    const base = word.slice(0, -2)
    if (isWord(base + 'ه')) return base + 'ه' // مذاکرات → مذاکره, حملات → حمله
    if (base.length >= 4 && isWord(base)) return base // انتخابات → انتخاب
  }
  return word
}
