/** English analysis for summaryEn: lowercase is done by the char folding; here stopwords and an
 * S-stemmer (Harman). Porter's -ed/-ing rules need e-restoration (based→bas vs base), so they are
 * left out: plural recall without over-stemming. */

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be by for from has have in is it its of on or that the this to was were will with ' +
    'not but into than then there these they their which who whom been being over about after').split(' ')
)

export function stemEnglish(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1)
  }
  return word
}
