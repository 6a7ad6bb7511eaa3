import { describe, expect, it } from 'vitest'
import { analyse, analyseTerms } from './analyse'

const keys = (text: string): string => analyseTerms(text).join(' ')

/** Each pair must analyse to the same terms: a query typed one way finds text written the other. */
const MUST_MATCH: [string, string][] = [
  ['تراکنش‌ها', 'تراکنش'],
  ['تراکنشها', 'تراکنش‌ها'],
  ['تراکنش ها', 'تراکنش‌ها'],
  ['تراکنشهای', 'تراکنش‌های'],
  ['تراکنش های', 'تراکنشهایی'],
  ['كسب و كار', 'کسب‌وکار'],
  ['کسبوکار', 'کسب‌وکار'],
  ['کسب وکار', 'کسب‌وکار'],
  ['کسب و کارهای', 'کسب‌وکار'],
  ['بين‌المللي', 'بین‌المللی'],
  ['بینالمللی', 'بین المللی'],
  ['آسیبدیده', 'آسیب دیده'],
  ['راهاندازی', 'راه‌اندازی'],
  ['می‌شود', 'میشود'],
  ['می شود', 'میشود'],
  ['نمی شود', 'نمی‌شود'],
  ['۱۴۰۰', '1400'],
  ['١٤٠٠', '1400'],
  ['ﻛﺘﺎﺏ', 'کتاب'], // presentation forms
  ['ﻻ', 'لا'], // lam-alef ligature
  ['مُحَمَّدٌ', 'محمد'], // harakat, shadda, tanwin
  ['رحمٰن', 'رحمن'], // superscript alef
  ['کتـــاب', 'کتاب'], // tatweel
  ['يكي', 'یکی'],
  ['مدرسة', 'مدرسه'],
  ['خانۀ', 'خانه'],
  ['مؤسسه', 'موسسه'],
  ['أحمد إبراهيم', 'احمد ابراهیم'],
  ['آب', 'اب'], // آ folds to ا
  ['رئیس', 'رییس'],
  ['بزرگترین', 'بزرگ'],
  ['بزرگ‌تر', 'بزرگ'],
  ['بزرگ تر', 'بزرگ'],
  ['کاربران', 'کاربر'],
  ['انتخابات', 'انتخاب'],
  ['نمایندگان', 'نماینده'],
  ['دانشجویان', 'دانشجو'],
  ['ماهها', 'ماه'],
  ['Companies', 'company'],
  ['INTERNET', 'internet']
]

/** Different words must stay different. */
const MUST_NOT_MATCH: [string, string][] = [
  ['ماه', 'ماهی'],
  ['گرم', 'کرم'],
  ['کار', 'کسبوکار'],
  ['کار', 'کسب و کار'],
  ['ایران', 'ایر'],
  ['تهران', 'تهر'],
  ['باران', 'بار'],
  ['سازمان', 'سازم'],
  ['دختر', 'دخ'],
  ['دفتر', 'دف'],
  ['تنها', 'تن'],
  ['مالیات', 'مالی'],
  ['صادرات', 'صادر'],
  ['میز', 'مز'],
  ['1400', '140']
]

describe('analyse: spellings that must meet', () => {
  it.each(MUST_MATCH)('%s ≡ %s', (a, b) => {
    expect(keys(a)).toBe(keys(b))
  })
})

describe('analyse: words that must stay apart', () => {
  it.each(MUST_NOT_MATCH)('%s ≠ %s', (a, b) => {
    expect(keys(b).split(' ')).not.toContain(keys(a))
  })
})

describe('analyse: offsets into the original text', () => {
  it('a spaced suffix becomes one term spanning both words', () => {
    const text = 'همه تراکنش ها ثبت شد'
    const [, t] = analyse(text)
    expect(t?.term).toBe('تراکنش')
    expect(text.slice(t?.start, t?.end)).toBe('تراکنش ها')
  })

  it('a lost-ZWNJ compound keeps its exact span, diacritics and tatweel included', () => {
    const text = '«کسبوکارهای» و کتـــابِ'
    const terms = analyse(text)
    expect(terms.map((t) => text.slice(t.start, t.end))).toEqual(['کسبوکارهای', 'و', 'کتـــابِ'])
  })

  it('positions count words so phrases can be checked', () => {
    expect(analyse('الف ب می شود ج').map((t) => t.pos)).toEqual([0, 1, 2, 3])
  })

  it('English analysis drops stopwords but keeps their positions', () => {
    const terms = analyse('The state of the art', 'en')
    expect(terms.map((t) => [t.term, t.pos])).toEqual([['state', 1], ['art', 4]])
  })

  it('Persian analysis keeps English stopwords (they may be content in Persian text)', () => {
    expect(analyseTerms('the', 'fa')).toEqual(['the'])
  })
})
