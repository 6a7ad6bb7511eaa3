import { PROTECTED_WORDS } from './lexicon'

/**
 * Light Persian stemmer over folded keys: strips plural and comparative suffixes only. It never
 * strips ی (ماهی must stay apart from ماه) and requires long stems where a suffix is ambiguous.
 */

const PLURAL_HA = ['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها']
const COMPARATIVE = ['ترین', 'تر']

export function stemPersian(word: string): string {
  if (word.length < 4 || PROTECTED_WORDS.has(word)) return word
  for (const suffix of PLURAL_HA) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) {
      return stripComparative(word.slice(0, -suffix.length))
    }
  }
  const comparative = stripComparative(word)
  if (comparative !== word) return comparative
  return stripArabicAndAnPlural(word)
}

function stripComparative(word: string): string {
  if (PROTECTED_WORDS.has(word)) return word
  for (const suffix of COMPARATIVE) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length)
  }
  return word
}

/** ان / ات plurals: stems of 4+ letters only; the short ones are mostly real words (ایران, باران). */
function stripArabicAndAnPlural(word: string): string {
  const n = word.length
  if (word.endsWith('گان') && n - 3 >= 3) return word.slice(0, -3) + 'ه' // نمایندگان → نماینده
  if (word.endsWith('یان') && n - 3 >= 3) {
    const before = word[n - 4]
    if (before === 'و' || before === 'ا') return word.slice(0, -3) // دانشجویان → دانشجو
  }
  if (n - 2 < 4) return word
  if (word.endsWith('ان')) {
    if (word.endsWith('ستان') || word.endsWith('بان')) return word
    return word.slice(0, -2)
  }
  if (word.endsWith('ات')) {
    if (word.endsWith('یات')) return word // عملیات, مالیات, ادبیات are not plurals of عملی ...
    return word.slice(0, -2)
  }
  return word
}
