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
  // Lexicon-confirmed joins and stems (issue 13)
  ['ثبت نام', 'ثبت‌نام'],
  ['ثبتنام', 'ثبت‌نام'],
  ['دیجی کالا', 'دیجیکالا'],
  ['استارت آپ', 'استارتاپ'],
  ['رایانه ای', 'رایانه‌ای'],
  ['رایانهای', 'رایانه‌ای'],
  ['رایانه‌ای', 'رایانه'],
  ['نامهای', 'نامه'],
  ['مسئولان', 'مسئول'],
  ['مسوولان', 'مسئول'],
  ['مسئولین', 'مسئولان'],
  ['پیام‌رسان‌ها', 'پیام‌رسان'],
  ['پیامرسانها', 'پیام رسان'],
  ['مذاکرات', 'مذاکره'],
  ['حملات', 'حمله'],
  ['هم زمان', 'همزمان'],
  ['خبرنگاران', 'خبرنگار'],
  // -افزار is never a word of its own: new compounds missing from the word list still join
  ['باج افزار', 'باج‌افزار'],
  ['باج افزار', 'باجافزار'],
  ['جاسوس افزار', 'جاسوس‌افزار'],
  ['نرم افزارها', 'نرم‌افزار'],
  // Broken plurals meet their singular
  ['مراکز داده', 'مرکز داده'],
  ['قوانین', 'قانون'],
  ['مسائل', 'مسئله'],
  ['اعضای', 'عضو'],
  // Number words and digit groups meet digits
  ['بیست و ششمین', '۲۶'],
  ['بیست‌وششمین', '26'],
  ['ششمین', '6'],
  ['سومین', '۳'],
  ['دو میلیون و پانصد هزار', '2500000'],
  ['۷,۷۰۰', '7700'],
  ['۷٬۷۰۰', '۷۷۰۰'],
  ['1,234,567', '1234567'],
  ['۱۴٫۵', '14.5'],
  ['14.50', '۱۴٫۵'],
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
  ['1400', '140'],
  // Not plurals, comparatives or -ان words (issue 13)
  ['رایان', 'رایانه‌ای'],
  ['نام', 'نامه‌ای'],
  ['پزشکی', 'پزشکیان'],
  ['همز', 'همزمان'],
  ['دانشبنی', 'دانش‌بنیان'],
  ['میتو', 'میتوان'],
  ['فیل', 'فیلتر'],
  ['کامپیو', 'کامپیوتر'],
  ['پیامرس', 'پیام‌رسان'],
  ['بحر', 'بحران'],
  ['ماش', 'ماشین'],
  ['اطلاع', 'اطلاعات'],
  ['9', 'نه تنها'],
  ['7', '۷,۷۰۰']
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

  it('number words keep the span of the original text', () => {
    const text = 'در بیست و ششمین الکامپ با ۷,۷۰۰ غرفه'
    const terms = analyse(text)
    expect(terms.map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['در', 'در'], ['26', 'بیست و ششمین'], ['الکامپ', 'الکامپ'], ['با', 'با'], ['7700', '۷,۷۰۰'], ['غرفه', 'غرفه']
    ])
    expect(terms.map((t) => t.pos)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('a list of numbers stays a list (2, 3 is not 2.3 or 23)', () => {
    expect(analyseTerms('۲، ۳ و ۴')).toEqual(['2', '3', 'و', '4'])
    expect(analyseTerms('2,3')).toEqual(['2', '3'])
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
