// Calendar arithmetic is delegated to jalaali-js (Borkowski's algorithm); this module only
// adapts it to our { year, month, day } shape and adds month/year ranges.
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js'

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export interface GregorianRange {
  start: CalendarDate
  end: CalendarDate
}

export const JALALI_MONTHS_FA = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور',
  'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'
] as const

export const JALALI_MONTHS_EN = [
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar',
  'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'
] as const

export const GREGORIAN_MONTHS_FA = [
  'ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن',
  'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'
] as const

export const GREGORIAN_MONTHS_EN_SHORT = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'
] as const

/** Years jalaali-js computes exactly; outside it throws, so we refuse earlier. */
export const MIN_JALALI_YEAR = 1
export const MAX_JALALI_YEAR = 3177

export function isValidJalaliDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_JALALI_YEAR && year <= MAX_JALALI_YEAR &&
    isValidJalaaliDate(year, month, day)
  )
}

export function jalaliToGregorian(date: CalendarDate): CalendarDate {
  const g = toGregorian(date.year, date.month, date.day)
  return { year: g.gy, month: g.gm, day: g.gd }
}

export function gregorianToJalali(date: CalendarDate): CalendarDate {
  const j = toJalaali(date.year, date.month, date.day)
  return { year: j.jy, month: j.jm, day: j.jd }
}

/** A Jalali month always straddles two Gregorian months, so callers need both ends. */
export function jalaliMonthToGregorianRange(year: number, month: number): GregorianRange {
  return {
    start: jalaliToGregorian({ year, month, day: 1 }),
    end: jalaliToGregorian({ year, month, day: jalaaliMonthLength(year, month) })
  }
}

export function jalaliYearToGregorianRange(year: number): GregorianRange {
  return {
    start: jalaliToGregorian({ year, month: 1, day: 1 }),
    end: jalaliToGregorian({ year, month: 12, day: jalaaliMonthLength(year, 12) })
  }
}

/** True when (year, month, day) exists in the proleptic Gregorian calendar. */
export function isValidGregorianDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= (lengths[month - 1] ?? 0)
}
