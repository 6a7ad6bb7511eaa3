import { describe, expect, it } from 'vitest'
import { formatJalaliSpan, gregorianYearsOf } from './formatSpan'

describe('formatJalaliSpan', () => {
  const mordad = { from: { year: 1397, month: 5, day: 6 }, to: { year: 1397, month: 5, day: 9 } }
  it('shows a span of days in both calendars, the UI calendar first', () => {
    expect(formatJalaliSpan(mordad, 'fa')).toBe('۶ تا ۹ مرداد ۱۳۹۷ (۲۸–۳۱ ژوئیه ۲۰۱۸)')
    expect(formatJalaliSpan(mordad, 'en')).toBe('28–31 Jul 2018 (6–9 Mordad 1397)')
  })
  it('crosses Gregorian months and Jalali months', () => {
    const span = { from: { year: 1398, month: 4, day: 31 }, to: { year: 1398, month: 5, day: 3 } }
    expect(formatJalaliSpan(span, 'en')).toBe('22–25 Jul 2019 (31 Tir–3 Mordad 1398)')
    const acrossGregorian = { from: { year: 1403, month: 5, day: 8 }, to: { year: 1403, month: 5, day: 12 } }
    expect(formatJalaliSpan(acrossGregorian, 'en')).toBe('29 Jul–2 Aug 2024 (8–12 Mordad 1403)')
  })
  it('keeps the precision of the report: a single day, a month, a year', () => {
    expect(formatJalaliSpan({ from: { year: 1403, month: 4, day: 8 } }, 'en')).toBe('28 Jun 2024 (8 Tir 1403)')
    expect(formatJalaliSpan({ from: { year: 1397, month: 5 } }, 'fa')).toBe('مرداد ۱۳۹۷ (ژوئیه–اوت ۲۰۱۸)')
    expect(formatJalaliSpan({ from: { year: 1397 } }, 'en')).toBe('Mar 2018–Mar 2019 (1397)')
  })
})

describe('gregorianYearsOf', () => {
  it('names every Gregorian year the span touches', () => {
    expect(gregorianYearsOf({ from: { year: 1397, month: 5, day: 6 } })).toEqual([2018])
    expect(gregorianYearsOf({ from: { year: 1397 } })).toEqual([2018, 2019])
  })
})
