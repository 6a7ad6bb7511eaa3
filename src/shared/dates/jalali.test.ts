import { describe, expect, it } from 'vitest'
import {
  gregorianToJalali,
  isValidJalaliDate,
  jalaliMonthToGregorianRange,
  jalaliToGregorian,
  jalaliYearToGregorianRange
} from './jalali'

describe('jalaliToGregorian', () => {
  it.each([
    [1403, 1, 1, 2024, 3, 20],
    [1400, 1, 1, 2021, 3, 21],
    [1403, 4, 12, 2024, 7, 2],
    [1403, 4, 8, 2024, 6, 28],
    [1400, 5, 1, 2021, 7, 23],
    [1400, 5, 31, 2021, 8, 22],
    [1403, 12, 30, 2025, 3, 20] // 1403 is a leap year
  ])('%i-%i-%i is %i-%i-%i', (jy, jm, jd, gy, gm, gd) => {
    expect(jalaliToGregorian({ year: jy, month: jm, day: jd })).toEqual({ year: gy, month: gm, day: gd })
    expect(gregorianToJalali({ year: gy, month: gm, day: gd })).toEqual({ year: jy, month: jm, day: jd })
  })
})

describe('isValidJalaliDate', () => {
  it('knows leap years and month lengths', () => {
    expect(isValidJalaliDate(1403, 12, 30)).toBe(true)
    expect(isValidJalaliDate(1402, 12, 30)).toBe(false)
    expect(isValidJalaliDate(1403, 7, 31)).toBe(false) // Mehr has 30 days
    expect(isValidJalaliDate(1403, 6, 31)).toBe(true)
    expect(isValidJalaliDate(1403, 13, 1)).toBe(false)
    expect(isValidJalaliDate(1403.5, 1, 1)).toBe(false)
  })
})

describe('jalaliMonthToGregorianRange', () => {
  it('gives first and last Gregorian day of Mordad 1400', () => {
    expect(jalaliMonthToGregorianRange(1400, 5)).toEqual({
      start: { year: 2021, month: 7, day: 23 },
      end: { year: 2021, month: 8, day: 22 }
    })
  })
  it('handles Esfand of a leap year and Dey crossing the Gregorian new year', () => {
    expect(jalaliMonthToGregorianRange(1403, 12).end).toEqual({ year: 2025, month: 3, day: 20 })
    expect(jalaliMonthToGregorianRange(1402, 10)).toEqual({
      start: { year: 2023, month: 12, day: 22 },
      end: { year: 2024, month: 1, day: 20 }
    })
  })
})

describe('jalaliYearToGregorianRange', () => {
  it('spans Nowruz to Nowruz', () => {
    expect(jalaliYearToGregorianRange(1403)).toEqual({
      start: { year: 2024, month: 3, day: 20 },
      end: { year: 2025, month: 3, day: 20 }
    })
  })
})
