/**
 * Persian number words: cardinals (یک … نهصد, هزار, میلیون, میلیارد) and ordinals (-م, -مین,
 * سوم), read as a run like «دو میلیون و پانصد هزار» or «بیست و ششمین» so they meet digits.
 * Keys are search-folded (آ → ا, ZWNJ dropped).
 */

const UNITS: Record<string, number> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, شیش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, پونزده: 15, شانزده: 16, هفده: 17,
  هجده: 18, هیجده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70,
  هشتاد: 80, نود: 90, صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400, پانصد: 500,
  ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900
}
const SCALES: Record<string, number> = { هزار: 1e3, میلیون: 1e6, میلیارد: 1e9, بیلیون: 1e9, تریلیون: 1e12 }
export interface NumberWord {
  value: number
  scale: boolean
  ordinal: boolean
}

/** Every cardinal and ordinal form → its reading. سهم (a share) and سیم (a wire) are not ordinals. */
const FORMS: ReadonlyMap<string, NumberWord> = (() => {
  const forms = new Map<string, NumberWord>()
  const add = (key: string, value: number, scale: boolean): void => {
    forms.set(key, { value, scale, ordinal: false })
    const stem = key === 'سه' ? 'سو' : key === 'سی' ? 'سیا' : key
    for (const suffix of ['م', 'مین']) forms.set(stem + suffix, { value, scale, ordinal: true })
  }
  for (const [key, value] of Object.entries(UNITS)) add(key, value, false)
  for (const [key, value] of Object.entries(SCALES)) add(key, value, true)
  return forms
})()

/** First letter × length of every form: rules out most words with one array read. */
const FILTER = new Uint8Array(0x10000)
const filterHash = (key: string, length: number): number => (key.charCodeAt(0) * 16 + Math.min(length, 15)) & 0xffff
for (const key of FORMS.keys()) FILTER[filterHash(key, key.length)] = 1

/** One number word, cardinal or ordinal; null for any other word. */
export function numberWord(key: string): NumberWord | null {
  if (FILTER[filterHash(key, key.length)] !== 1) return null
  return FORMS.get(key) ?? null
}

/** The value of a run of number words in order (e.g. [2, 1e6, 500, 1e3] → 2 500 000). */
export function runValue(words: readonly NumberWord[]): number {
  let total = 0
  let current = 0
  for (const w of words) {
    if (w.scale) {
      total += (current || 1) * w.value
      current = 0
    } else current += w.value
  }
  return total + current
}

/** Words that are also common non-number words: a number only next to another number word. */
export const AMBIGUOUS_ALONE: ReadonlySet<string> = new Set(['نه', 'سی', 'ده'])

/** Number words written as one word with و (بیست‌وششمین, folded بیستوششمین), or null. */
export function joinedNumberWords(key: string): NumberWord[] | null {
  const first = key.indexOf('و')
  if (first < 2 || FILTER[filterHash(key, first)] !== 1 || !FORMS.has(key.slice(0, first))) return null
  const parts = key.split('و')
  if (parts.length < 2) return null
  const words: NumberWord[] = []
  for (const [k, part] of parts.entries()) {
    const w = numberWord(part)
    if (!w || (w.ordinal && k < parts.length - 1)) return null
    words.push(w)
  }
  return words
}
