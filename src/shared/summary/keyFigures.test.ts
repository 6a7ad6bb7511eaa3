import { describe, expect, it } from 'vitest'
import { readSeed } from '../anchoring/testSupport'
import { describeJalali } from './jalaliFigure'
import { extractKeyFigures, type KeyFigure } from './keyFigures'

const seed = await readSeed()
const only = (text: string) => {
  const figures = extractKeyFigures(text)
  expect(figures).toHaveLength(1)
  return figures[0] as KeyFigure
}

describe('extractKeyFigures: counts', () => {
  it('reads a number, its scale and what it counts', () => {
    expect(only('از ۲۸۶ میلیون تراکنش')).toMatchObject({ kind: 'quantity', value: 286_000_000, unit: 'transactions', fa: '۲۸۶ میلیون تراکنش', en: '286 million transactions', start: 3, end: 20 })
  })

  it('reads ranges and compound numbers', () => {
    expect(only('از ۱۰۰ تا ۵۰۰ میلیون تومان')).toMatchObject({ value: 100e6, valueMax: 500e6, unit: 'tomans', en: '100–500 million tomans' })
    expect(only('به ۹ میلیارد و ۲۰۰ میلیون رسید')).toMatchObject({ value: 9.2e9, en: '9.2 billion', fa: '۹ میلیارد و ۲۰۰ میلیون' })
  })

  it('handles lost, present and spaced ZWNJ in compounds and plural endings', () => {
    for (const t of ['۲۰۰ کسبوکار', '۲۰۰ کسب‌وکار', '۲۰۰ کسب و کار', '۲۰۰ کسب‌وکارهای کوچک']) {
      expect(only(t)).toMatchObject({ value: 200, unit: 'businesses', en: '200 businesses' })
    }
  })

  it('reads number words, qualifiers, multiples and Latin digits', () => {
    expect(only('پنج برابر شد')).toMatchObject({ value: 5, unit: 'times', en: '5×' })
    expect(only('بیش از 3,500 کاربر')).toMatchObject({ value: 3500, unit: 'users', qualifier: 'more than', en: 'more than 3,500 users' })
    expect(only('نرخ ۹٫۲ درصد')).toMatchObject({ value: 9.2, en: '9.2%' })
    expect(only('۱۱ دستگاه اجرایی')).toMatchObject({ en: '11 executive agencies' })
  })

  it('skips bare numbers and number words that are not counts', () => {
    expect(extractKeyFigures('در الکامپ ۲۷ و تبصره ۱۸ یک سرویس نه چندان بزرگ')).toEqual([])
  })
})

describe('extractKeyFigures: Jalali dates', () => {
  it('converts known dates exactly', () => {
    expect(describeJalali({ year: 1400, month: 5, day: 1 })?.en).toBe('23 July 2021')
    expect(describeJalali({ year: 1403, month: 1, day: 1 })?.en).toBe('20 March 2024')
    expect(describeJalali({ year: 1403, month: 4, day: 12 })?.en).toBe('2 July 2024')
    expect(describeJalali({ year: 1402, month: 12, day: 30 })).toBeUndefined() // 1402 is not leap
  })

  it('labels month, year and day-month precision', () => {
    expect(only('در مرداد ۱۴۰۰')).toMatchObject({ kind: 'date', precision: 'month', jalaliEn: 'Mordad 1400', en: 'Jul–Aug 2021' })
    expect(only('در سال ۱۴۰۲')).toMatchObject({ precision: 'year', en: '2023–24', fa: 'سال ۱۴۰۲' })
    expect(only('تا ۱۲ تیر')).toMatchObject({ precision: 'day-month', en: '12 Tir (year unknown)', gregorian: null })
    expect(only('در ۱ مرداد ۱۴۰۰')).toMatchObject({ precision: 'day', en: '23 July 2021' })
    expect(only('تاریخ ۱۴۰۳/۰۱/۰۱')).toMatchObject({ precision: 'day', en: '20 March 2024' })
    expect(only('دی ۱۴۰۲')).toMatchObject({ en: 'Dec 2023 – Jan 2024' })
  })

  it('resolves a day-month with the article’s year when given', () => {
    expect(extractKeyFigures('تا ۱۲ تیر', { contextYear: 1403 })[0]).toMatchObject({ precision: 'day', en: '2 July 2024' })
  })
})

describe('extractKeyFigures on the seed article', () => {
  const figures = extractKeyFigures(seed)
  const byEn = (en: string) => figures.find((f) => f.en === en)

  it('finds the article’s key figures with source offsets', () => {
    for (const en of [
      'about 286 million transactions',
      'more than 9 billion transactions',
      'more than 9.2 billion',
      '200 businesses',
      '100–500 million tomans',
      '500,000 businesses',
      '38 tasks',
      '11 executive agencies',
      '200 people',
      '20 companies',
      '5×',
      '13×',
      'Jul–Aug 2021',
      '2023–24',
      '12 Tir (year unknown)'
    ]) {
      const f = byEn(en)
      expect(f, en).toBeDefined()
      for (const o of f!.occurrences) expect(seed.slice(o.start, o.end).length).toBeGreaterThan(0)
      expect(seed.slice(f!.start, f!.end)).toBe(f!.fa)
    }
  })

  it('dedupes repeats into one figure with every occurrence', () => {
    expect(figures.filter((f) => f.en === '200 businesses')).toHaveLength(1)
    expect(byEn('200 businesses')?.occurrences).toHaveLength(3)
    // «۲۸۶ میلیون» in the lead counts the same transactions as «۲۸۶ میلیون تراکنش» later.
    expect(byEn('about 286 million transactions')?.occurrences).toHaveLength(3)
    expect(byEn('Jul–Aug 2021')?.occurrences).toHaveLength(3)
    expect(new Set(figures.map((f) => f.en)).size).toBe(figures.length)
  })
})

/** Shapes seen on real news pages, in sentences we wrote ourselves. */
describe('extractKeyFigures on real-text shapes', () => {
  const ens = (text: string, opts = {}) => extractKeyFigures(text, opts).map((f) => f.en)

  it('reads a number glued to its scale word and keeps the writer’s scale', () => {
    expect(only('بودجه این طرح ۴۳۰۰میلیارد تومان است')).toMatchObject({ value: 4.3e12, unit: 'tomans', fa: '۴۳۰۰میلیارد تومان', en: '4,300 billion tomans' })
    expect(only('سرمایه‌ای بالغ بر 1200 میلیارد ریال')).toMatchObject({ value: 1.2e12, en: '1,200 billion rials' })
    expect(only('قرارداد ۲۵۰۰ ميليارد تومانی بسته شد')).toMatchObject({ en: '2,500 billion tomans' })
  })

  it('reads «هزار و …» before a larger scale as one number', () => {
    expect(only('اعتبار ۳ هزار و ۵۰۰ میلیارد تومان تصویب شد')).toMatchObject({ value: 3.5e12, en: '3,500 billion tomans' })
    expect(only('به ۵ میلیون و ۳۰۰ هزار کاربر رسید')).toMatchObject({ value: 5.3e6, en: '5.3 million users' })
  })

  it('reads decimals with . and ٫ and the adjective forms of scales', () => {
    expect(only('وام ۱۴.۵ میلیونی به هر غرفه‌دار')).toMatchObject({ value: 14.5e6, en: '14.5 million' })
    expect(only('وام ۱۴٫۵ میلیون تومانی')).toMatchObject({ value: 14.5e6, unit: 'tomans', en: '14.5 million tomans' })
    expect(only('رشد ۲٫۷ درصدی')).toMatchObject({ value: 2.7, en: '2.7%' })
    expect(only('سهم ۳۵٪ از بازار')).toMatchObject({ value: 35, unit: 'percent', en: '35%', fa: '۳۵٪' })
  })

  it('keeps what a number counts for the nouns of exhibition and ICT news', () => {
    expect(ens('در این دوره ۴۵۰ غرفه و ۱۲۰ استارتاپ حاضر بودند و ۶۰ هزار بازدیدکننده آمدند')).toEqual(['450 booths', '120 startups', '60,000 visitors'])
    expect(ens('اینترنت ۱۲ میلیون مشترک در ۳۱ استان')).toEqual(['12 million subscribers', '31 provinces'])
    expect(ens('نمایشگاهی در ۲۰ هزار متر مربع')).toEqual(['20,000 square metres'])
  })

  it('keeps a day range a range in both calendars', () => {
    expect(only('نمایشگاه از ۲۷ تا ۳۰ خرداد ۱۴۰۳ برگزار شد')).toMatchObject({
      kind: 'date',
      precision: 'day',
      fa: '۲۷ تا ۳۰ خرداد ۱۴۰۳',
      jalali: { year: 1403, month: 3, day: 27 },
      until: { year: 1403, month: 3, day: 30 },
      jalaliEn: '27–30 Khordad 1403',
      en: '16–19 June 2024'
    })
    expect(only('نمایشگاه ۲۷-۳۰ خرداد ۱۴۰۳')).toMatchObject({ en: '16–19 June 2024' })
    expect(only('از ۲۷ تا ۳۰ خرداد')).toMatchObject({ precision: 'day-month', jalaliEn: '27–30 Khordad', en: '27–30 Khordad (year unknown)' })
    expect(extractKeyFigures('از ۲۷ تا ۳۰ خرداد', { contextYear: 1403 })[0]).toMatchObject({ en: '16–19 June 2024' })
  })

  it('keeps a range across months, and across the new year, with each end in its own year', () => {
    expect(only('از ۲۷ خرداد تا ۳ تیر ۱۴۰۳')).toMatchObject({ jalaliEn: '27 Khordad – 3 Tir 1403', en: '16–23 June 2024' })
    expect(only('از ۸ تیر تا ۱۲ مرداد ۱۴۰۳')).toMatchObject({ en: '28 June – 2 August 2024' })
    expect(only('تعطیلات ۲۸ اسفند تا ۴ فروردین ۱۴۰۳')).toMatchObject({
      jalali: { year: 1402, month: 12, day: 28 },
      until: { year: 1403, month: 1, day: 4 },
      en: '18–23 March 2024'
    })
    expect(only('از ۱۰ دی تا ۱۵ دی ۱۴۰۲')).toMatchObject({ en: '31 December 2023 – 5 January 2024' })
  })

  it('reads a month joined to ماه, with or without a year', () => {
    expect(only('در تیرماه ۱۴۰۲')).toMatchObject({ precision: 'month', jalaliEn: 'Tir 1402', en: 'Jun–Jul 2023' })
    expect(only('در اردیبهشت‌ماه ۱۴۰۳')).toMatchObject({ jalaliEn: 'Ordibehesht 1403' })
    expect(only('در مهر ماه ۱۴۰۱')).toMatchObject({ jalaliEn: 'Mehr 1401', fa: 'مهر ماه ۱۴۰۱' })
    expect(only('۱۲ تیرماه ۱۴۰۳')).toMatchObject({ precision: 'day', en: '2 July 2024' })
    expect(only('تیرماه امسال')).toMatchObject({ precision: 'month-no-year', en: 'Tir (year unknown)' })
    expect(extractKeyFigures('تیرماه امسال', { contextYear: 1403 })[0]).toMatchObject({ precision: 'month', en: 'Jun–Jul 2024' })
    // A month name alone is too often a plain word (تیر, مهر, بهمن): not a figure.
    expect(extractKeyFigures('تیر چراغ برق افتاد و مهر اداره را زدند')).toEqual([])
  })

  it('reads ordinal days in words', () => {
    expect(only('چهارم تیر ۱۴۰۳')).toMatchObject({ precision: 'day', fa: 'چهارم تیر ۱۴۰۳', en: '24 June 2024' })
    expect(only('روز چهارم تیر')).toMatchObject({ precision: 'day-month', en: '4 Tir (year unknown)' })
    expect(only('بیست و هفتم خرداد ۱۴۰۳')).toMatchObject({ jalali: { day: 27 }, en: '16 June 2024' })
    expect(only('سی‌ام شهریور ۱۴۰۲')).toMatchObject({ jalali: { day: 30, month: 6 } })
    expect(only('سوم و چهارم مهر ۱۴۰۲')).toMatchObject({ jalali: { day: 3 }, until: { day: 4 } })
    expect(only('یکم فروردین ۱۴۰۳')).toMatchObject({ en: '20 March 2024' })
  })

  it('reads two-digit years after سال and after a day and month', () => {
    expect(only('در سال ۹۷')).toMatchObject({ precision: 'year', jalali: { year: 1397 }, en: '2018–19', fa: 'سال ۹۷' })
    expect(only('از سال 02')).toMatchObject({ jalali: { year: 1402 } })
    expect(only('روز ۲۵ آبان ۹۸')).toMatchObject({ precision: 'day', jalali: { year: 1398, month: 8, day: 25 } })
    expect(only('تاریخ ۹۷/۰۴/۱۲')).toMatchObject({ jalali: { year: 1397, month: 4, day: 12 } })
    // «۹۷ سال» counts years; a two-digit number after a date that carries a unit is a count.
    expect(only('۹۷ سال سابقه')).toMatchObject({ kind: 'quantity', en: '97 years' })
  })
})

describe('extractKeyFigures and page headers', () => {
  it('does not show the dateline or byline at the top of a page as a figure', () => {
    const text = [
      'سه‌شنبه ۱۲ تیر ۱۴۰۳ - ۱۰:۳۰',
      'کد خبر: ۸۴۵۱۲ | زمان مطالعه: ۴ دقیقه',
      'نمایشگاه الکامپ از ۲۷ تا ۳۰ خرداد ۱۴۰۳ با حضور ۴۵۰ غرفه برگزار شد.',
      'برگزارکنندگان گفتند نمایشگاه سال آینده نیز در تیرماه برگزار می‌شود.'
    ].join('\n')
    const ens = extractKeyFigures(text).map((f) => f.en)
    expect(ens).toEqual(['16–19 June 2024', '450 booths', 'Tir (year unknown)'])
  })

  it('drops a date-only line at the top but keeps the same date told in the text', () => {
    const text = 'تاریخ انتشار: ۱۴۰۳/۰۴/۱۲\nقرارداد در ۱۲ تیر ۱۴۰۳ امضا شد و ۲۰۰ شرکت عضو شدند.'
    const figures = extractKeyFigures(text)
    expect(figures.map((f) => f.en)).toEqual(['2 July 2024', '200 companies'])
    expect(figures[0]?.occurrences).toHaveLength(1)
    expect(figures[0]?.fa).toBe('۱۲ تیر ۱۴۰۳')
  })

  it('keeps a short first line with a date when it is a sentence, not a header', () => {
    expect(extractKeyFigures('الکامپ ۲۷ خرداد ۱۴۰۳ آغاز شد.').map((f) => f.en)).toEqual(['16 June 2024'])
  })
})
