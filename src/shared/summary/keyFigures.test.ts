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
