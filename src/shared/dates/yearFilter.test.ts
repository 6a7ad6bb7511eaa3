import { describe, expect, it } from 'vitest'
import { sortKeyOf } from './published'
import { expandTwoDigitJalaliYear, jalaliYearsOfGregorian, parseYearInput, yearRange } from './yearFilter'

const inRange = (r: ReturnType<typeof yearRange>, key: number) => (r.dateFrom === undefined || key >= r.dateFrom) && (r.dateTo === undefined || key <= r.dateTo)

describe('parseYearInput', () => {
  it('reads Jalali and Gregorian years in any digits, deciding by range', () => {
    for (const text of ['1403', '۱۴۰۳', '١٤٠٣', ' 1403 ']) {
      expect(parseYearInput(text)).toEqual({ ok: true, value: { year: 1403, calendar: 'jalali', jalaliFrom: 1403, jalaliTo: 1403 } })
    }
    for (const text of ['2024', '۲۰۲۴', '٢٠٢٤']) {
      expect(parseYearInput(text)).toEqual({ ok: true, value: { year: 2024, calendar: 'gregorian', jalaliFrom: 1402, jalaliTo: 1403 } })
    }
    expect(parseYearInput('1899')).toMatchObject({ ok: true, value: { calendar: 'jalali' } })
    expect(parseYearInput('1900')).toMatchObject({ ok: true, value: { calendar: 'gregorian', jalaliFrom: 1278, jalaliTo: 1279 } })
  })

  it('reads two-digit years as Persian news writes them', () => {
    expect(parseYearInput('۹۷')).toMatchObject({ ok: true, value: { year: 1397, calendar: 'jalali' } })
    expect(parseYearInput('02')).toMatchObject({ ok: true, value: { year: 1402 } })
    expect(expandTwoDigitJalaliYear(20)).toBe(1420)
    expect(expandTwoDigitJalaliYear(21)).toBe(1321)
  })

  it('refuses what is not a year and keeps the text, and treats empty as no filter', () => {
    expect(parseYearInput('')).toBeNull()
    expect(parseYearInput('  ')).toBeNull()
    for (const text of ['140', '14a3', '99999', '0999', '2300', '1403-04']) expect(parseYearInput(text)).toEqual({ ok: false, text })
  })

  it('knows which Jalali years a Gregorian year overlaps', () => {
    expect(jalaliYearsOfGregorian(2024)).toEqual({ from: 1402, to: 1403 })
    expect(jalaliYearsOfGregorian(2021)).toEqual({ from: 1399, to: 1400 })
  })
})

describe('yearRange', () => {
  const day = (year: number, month: number, d: number) => sortKeyOf({ precision: 'day', jalali: { year, month, day: d } })
  const month = (year: number, m: number) => sortKeyOf({ precision: 'month', jalali: { year, month: m } })
  const year = (y: number) => sortKeyOf({ precision: 'year', jalali: { year: y } })

  it('matches a Gregorian year to items whose Jalali year overlaps it, at every precision', () => {
    const r = yearRange('2024', '2024')
    expect(r.problems).toEqual([])
    for (const key of [day(1403, 4, 8), day(1402, 11, 1), month(1403, 12), year(1402), year(1403)]) expect(inRange(r, key)).toBe(true)
    for (const key of [year(1401), day(1401, 12, 29), year(1404), day(1404, 1, 1)]) expect(inRange(r, key)).toBe(false)
  })

  it('matches a Jalali year exactly and mixes calendars in one range', () => {
    const r = yearRange('۱۴۰۳', '')
    expect(inRange(r, year(1403))).toBe(true)
    expect(inRange(r, day(1402, 12, 29))).toBe(false)
    expect(yearRange('1400', '2024')).toMatchObject({ dateFrom: 14000000, dateTo: 14031231, problems: [] })
    expect(yearRange('', '')).toEqual({ problems: [] })
  })

  it('names a bad field and a reversed range instead of silently filtering', () => {
    expect(yearRange('14x', '1403')).toMatchObject({ problems: [{ field: 'from', code: 'not-a-year', text: '14x' }], dateTo: 14031231 })
    expect(yearRange('14x', '1403').dateFrom).toBeUndefined()
    const reversed = yearRange('1403', '2020')
    expect(reversed.problems).toEqual([{ field: 'to', code: 'before-from' }])
    expect(reversed.dateTo).toBeUndefined()
  })
})
