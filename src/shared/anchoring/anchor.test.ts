import { describe as suite, expect, it } from 'vitest'
import { anchor } from './anchor'
import { describe } from './describe'
import { countOf, nthIndexOf, readSeed, withZwnj, ZWNJ } from './testSupport'

const seed = await readSeed()

/** Selectors for the n-th occurrence of `phrase` in `text`. */
function annotate(text: string, phrase: string, n = 0) {
  const start = nthIndexOf(text, phrase, n)
  return describe(text, start, start + phrase.length)
}

suite('describe', () => {
  it('keeps the exact text with up to 32 characters of context', () => {
    const start = nthIndexOf(seed, 'الکامپ ۲۷', 0)
    const [quote, position] = describe(seed, start, start + 'الکامپ ۲۷'.length)
    expect(quote.exact).toBe('الکامپ ۲۷')
    expect(quote.prefix).toBe(seed.slice(start - 32, start))
    expect(quote.suffix).toBe(seed.slice(position.end, position.end + 32))
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 9 })
  })

  it('clips context at the text edges and rejects impossible ranges', () => {
    const [quote] = describe(seed, 0, 5)
    expect(quote.prefix).toBe('')
    expect(() => describe(seed, 10, 5)).toThrow(RangeError)
    expect(() => describe(seed, 0, seed.length + 1)).toThrow(RangeError)
  })
})

suite('anchor on the seed article', () => {
  it('uses the position when the text is unchanged', () => {
    const selectors = annotate(seed, 'کسبوکار', 3)
    const start = nthIndexOf(seed, 'کسبوکار', 3)
    expect(anchor(seed, selectors)).toEqual({ start, end: start + 7, method: 'position' })
  })

  it('finds the same words after ZWNJ half-spaces are restored', () => {
    // Second of three «کسبوکارهای آسیبدیده»: «… به کسبوکارهای آسیبدیده وعده داده شده بود».
    const selectors = annotate(seed, 'کسبوکارهای آسیبدیده', 1)
    const restored = withZwnj(seed)
    const got = anchor(restored, selectors)
    expect(got?.method).toBe('quote')
    expect(restored.slice(got!.start, got!.end)).toBe(`کسب${ZWNJ}وکارهای آسیب${ZWNJ}دیده`)
    expect(restored.slice(got!.end, got!.end + 10)).toBe(' وعده داده')
  })

  it('finds the same words when the half-spaces are lost again', () => {
    const restored = withZwnj(seed)
    const selectors = annotate(restored, `کسب${ZWNJ}وکارهای آسیب${ZWNJ}دیده`, 2)
    const got = anchor(seed, selectors)
    expect(got?.method).toBe('quote')
    expect(seed.slice(got!.start, got!.end)).toBe('کسبوکارهای آسیبدیده')
    expect(got!.start).toBe(nthIndexOf(seed, 'کسبوکارهای آسیبدیده', 2))
  })

  it('accepts the spaced compound «کسب و کار» for «کسبوکار» as a fuzzy match on the same words', () => {
    const selectors = annotate(seed, 'حمایت از کسبوکارهای آسیبدیده پس از موج', 0)
    const spaced = seed.replace('حمایت از کسبوکارهای آسیبدیده پس از موج', 'حمایت از کسب و کارهای آسیب دیده پس از موج')
    const got = anchor(spaced, selectors)
    expect(got?.method).toBe('fuzzy')
    expect(spaced.slice(got!.start, got!.end)).toBe('حمایت از کسب و کارهای آسیب دیده پس از موج')
  })

  it('picks the annotated one of many repeated «کسبوکار» by its context after text is inserted before it', () => {
    expect(countOf(seed, 'کسبوکار')).toBeGreaterThan(10)
    const start = nthIndexOf(seed, '۲۰۰ کسبوکار از ۱۰۰', 0) + 4
    const selectors = describe(seed, start, start + 7)
    const edited = 'یادداشت: این گزارش درباره کسبوکار است.\n' + seed
    const got = anchor(edited, selectors)
    expect(got?.method).toBe('quote')
    expect(edited.slice(got!.start - 4, got!.end + 3)).toBe('۲۰۰ کسبوکار از')
    expect(got!.start).toBe(start + edited.length - seed.length)
  })

  it('uses closeness to the old position when two occurrences share their context', () => {
    // The lead sentence is repeated verbatim as a quotation in the first paragraph.
    const phrase = 'حدود ۲۸۶ میلیون در مرداد ۱۴۰۰'
    expect(countOf(seed, phrase)).toBe(2)
    const selectors = annotate(seed, phrase, 1)
    const edited = 'سطر تازه.\n' + seed
    const got = anchor(edited, selectors)
    expect(got!.start).toBe(nthIndexOf(edited, phrase, 1))
  })

  it('places a span by fuzzy quote after an edit inside it, not on an exact copy elsewhere', () => {
    const phrase = 'مجموع تمام تراکنشهای مرکز ملی تبادل اطلاعات'
    const selectors = annotate(seed, phrase, 1) // inside «…» in the first paragraph
    const at = nthIndexOf(seed, phrase, 1)
    const edited = seed.slice(0, at) + 'مجموع تمامی تراکنشهای مرکز ملی تبادل اطلاعات' + seed.slice(at + phrase.length)
    const shifted = '— ' + edited // and something before, so the position no longer holds
    const got = anchor(shifted, selectors)
    expect(got?.method).toBe('fuzzy')
    expect(shifted.slice(got!.start, got!.end)).toBe('مجموع تمامی تراکنشهای مرکز ملی تبادل اطلاعات')
    expect(got!.start).toBe(at + 2)
  })

  it('keeps the position when only text after the span changed', () => {
    const selectors = annotate(seed, 'پنجره ملی خدمات دولت هوشمند', 0)
    const edited = seed + '\nافزوده‌ای در پایان.'
    expect(anchor(edited, selectors)?.method).toBe('position')
  })

  it('orphans a span whose sentence was deleted', () => {
    const sentence = 'او این آمار را در نشستی خبری در الکامپ ۲۷ مطرح کرد. '
    const selectors = annotate(seed, 'این آمار را در نشستی خبری در الکامپ ۲۷ مطرح کرد', 0)
    const edited = seed.replace(sentence, '')
    expect(edited).not.toBe(seed)
    expect(anchor(edited, selectors)).toBeNull()
  })

  it('orphans a short phrase removed from its context even though similar words remain', () => {
    const selectors = annotate(seed, 'ایتا', 0)
    expect(anchor(seed.replace('در ایتا افزایش', 'در آن افزایش'), selectors)).toBeNull()
  })
})

suite('anchor on mixed Persian/English text', () => {
  const base = 'در نمایشگاه Elecomp 2024 در تهران، شرکت Snapp از سرویس تازه‌ای رونمایی کرد. ' + seed.slice(0, 400)

  it('ignores digit script and bidi marks in the quote', () => {
    const selectors = annotate(base, 'Elecomp 2024 در تهران', 0)
    const edited = 'خبر: ' + base.replace('Elecomp 2024 در', '\u200fElecomp ۲۰۲۴\u200f در')
    const got = anchor(edited, selectors)
    expect(got?.method).toBe('quote')
    expect(edited.slice(got!.start, got!.end)).toBe('Elecomp ۲۰۲۴\u200f در تهران')
  })

  it('follows a corrected English word inside the span', () => {
    const typo = base.replace('Snapp از سرویس', 'Snap از سرویس')
    const selectors = annotate(typo, 'شرکت Snap از سرویس تازه‌ای', 0)
    const edited = 'خبر: ' + base
    const got = anchor(edited, selectors)
    expect(got?.method).toBe('fuzzy')
    expect(edited.slice(got!.start, got!.end)).toBe('شرکت Snapp از سرویس تازه‌ای')
  })
})
