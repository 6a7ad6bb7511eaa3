import { CharClass, charClass, foldText, ZWNJ } from './chars'
import { COMPOUNDS, PROTECTED_WORDS } from './lexicon'
import { isWord, sureBreaks, takesHa } from './persianLexicon'

/**
 * Display helper: puts U+200C back where scraped text lost it. Precision first: it only inserts
 * ZWNJ (never changes another character), only inside whole words of plain Arabic-script
 * letters, and only where the Persian lexicon confirms the result: a word listed with a
 * half-space (and not also listed joined), a plural ها/های/هایی whose singular is a word, the
 * ای of a word ending in ه, or می/نمی + a known verb form. Where two readings are possible
 * (نامهای: نام‌های or نامه‌ای) the text is left as it was.
 */

const DUAL_JOINING = new Set('بپتثجچحخسشصضطظعغفقکگلمنهیيكئ')

const PRESENT_STEMS = 'شو کن ده گوی رو آی توان خواه باش گیر رس دان یاب ساز زن بین مان پرداز خور نویس خوان گذار گرد کوش افت آور بر کش فرست پذیر ریز گذر شناس خر فروش پوش دار'.split(' ')
const PAST_STEMS = 'شد کرد داد گفت رفت آمد توانست خواست بود گرفت رسید دانست یافت ساخت زد دید ماند پرداخت خورد نوشت خواند گذاشت گشت کوشید افتاد آورد برد کشید فرستاد پذیرفت ریخت گذشت شناخت خرید فروخت پوشید داشت'.split(' ')

const VERB_FORMS: ReadonlySet<string> = new Set([
  ...PRESENT_STEMS.flatMap((s) => ['م', 'ی', 'د', 'یم', 'ید', 'ند'].map((e) => foldText(s + e))),
  ...PAST_STEMS.flatMap((s) => ['', 'م', 'ی', 'یم', 'ید', 'ند'].map((e) => foldText(s + e)))
])

/** Compound key → indices (in the key) before which a ZWNJ goes. */
const COMPOUND_BREAKS: ReadonlyMap<string, number[]> = new Map(
  COMPOUNDS.map((word) => {
    const breaks: number[] = []
    let key = ''
    for (const ch of word) {
      if (ch === ZWNJ) breaks.push(key.length)
      else key += foldText(ch)
    }
    return [key, breaks]
  })
)

const PLURALS = ['هایی', 'های', 'ها']
const HEH_YEH = ['ایی', 'ای']

function wordBreaks(key: string): readonly number[] | undefined {
  return COMPOUND_BREAKS.get(key) ?? sureBreaks(key)
}

/**
 * Whether the word also reads as a noun + ها/های/هایی: the lexicon lists خریده‌ای (you have
 * bought) but خریدهای in news is nearly always خرید‌های (purchases). Only nouns that take ها
 * count, so گسترده‌ای is not put in doubt by the verb stem گسترد.
 */
function readsAsPlural(key: string): boolean {
  for (const suffix of PLURALS) {
    if (key.endsWith(suffix) && takesHa(key.slice(0, -suffix.length))) return true
  }
  return false
}

/** The break list ends with a half-space before a final ای/ایی after ه (…ه‌ای). */
function endsInHehYeh(key: string, breaks: readonly number[]): boolean {
  const last = breaks[breaks.length - 1]
  return last !== undefined && key[last - 1] === 'ه' && HEH_YEH.includes(key.slice(last))
}

/** The half-spaces a lost-ZWNJ word needs, by key index; [] when not sure. */
function breaksFor(key: string): readonly number[] {
  const listed = wordBreaks(key)
  if (listed) return endsInHehYeh(key, listed) && readsAsPlural(key) ? [] : listed
  if (isWord(key) || PROTECTED_WORDS.has(key)) return [] // already a word as written (تنها, نهایی)
  const plural = pluralBreak(key)
  const hehYeh = hehYehBreak(key)
  if (plural && hehYeh) return [] // نامهای: names or a letter; leave it
  if (plural) return plural
  if (hehYeh) return hehYeh
  for (const prefix of ['نمی', 'می']) {
    if (key.startsWith(prefix) && VERB_FORMS.has(key.slice(prefix.length))) return [prefix.length]
  }
  return []
}

function pluralBreak(key: string): number[] | null {
  for (const suffix of PLURALS) {
    if (!key.endsWith(suffix)) continue
    const base = key.slice(0, -suffix.length)
    // انتهای is انتها + ی, not انت + های: a word ending in ها is read as that word.
    if (base.length < 2 || isWord(base + 'ها') || PROTECTED_WORDS.has(base + 'ها')) return null
    const baseBreaks = wordBreaks(base)
    if (baseBreaks) return [...baseBreaks, base.length]
    return isWord(base) ? [base.length] : null
  }
  return null
}

function hehYehBreak(key: string): number[] | null {
  // بهای is بها + ی (the price of), never به + ای: a word ending in ا takes the ی directly.
  const withoutYeh = key.slice(0, -1)
  if (isWord(withoutYeh) || PROTECTED_WORDS.has(withoutYeh)) return null
  for (const suffix of HEH_YEH) {
    if (!key.endsWith('ه' + suffix)) continue
    const base = key.slice(0, -suffix.length)
    const baseBreaks = wordBreaks(base)
    if (baseBreaks) return [...baseBreaks, base.length]
    return isWord(base) ? [base.length] : null
  }
  return null
}

function isPlainLetter(code: number): boolean {
  return charClass(code) === CharClass.Arabic
}

export function restoreZwnj(text: string): string {
  let out = ''
  let copied = 0
  let i = 0
  while (i < text.length) {
    if (!isPlainLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < text.length && isPlainLetter(text.charCodeAt(j))) j++
    const before = i > 0 ? charClass(text.charCodeAt(i - 1)) : CharClass.Separator
    const after = j < text.length ? charClass(text.charCodeAt(j)) : CharClass.Separator
    const word = text.slice(i, j)
    const key = foldText(word)
    // Skip words touching ZWNJ/diacritics/other letters, and words whose key is not 1:1 with them.
    if (before === CharClass.Separator && after === CharClass.Separator && key.length === word.length) {
      for (const at of breaksFor(key)) {
        if (at <= 0 || at >= word.length || !DUAL_JOINING.has(word[at - 1] ?? '')) continue
        out += text.slice(copied, i + at) + ZWNJ
        copied = i + at
      }
    }
    i = j
  }
  return out + text.slice(copied)
}
