import type { DatePrecision } from '../dates/published'
import {
  GREGORIAN_MONTHS_EN_SHORT,
  JALALI_MONTHS_EN,
  isValidJalaliDate,
  jalaliMonthToGregorianRange,
  jalaliToGregorian,
  jalaliYearToGregorianRange,
  type CalendarDate,
  type GregorianRange
} from '../dates'

/** English labels for a Jalali date found in text, with its Gregorian equivalent. */
/** How much of a date a figure in the text gives: the archive's precisions, less 'event', plus a day without its year or a month without its year. */
export type FigurePrecision = Exclude<DatePrecision, 'event'> | 'day-month' | 'month-no-year'

export interface JalaliParts {
  year?: number
  month?: number
  day?: number
}

export interface DateDescription {
  precision: FigurePrecision
  jalali: JalaliParts
  /** e.g. "Mordad 1400", "12 Tir". */
  jalaliEn: string
  /** Null when the year is unknown. */
  gregorian: GregorianRange | null
  /** e.g. "23 July 2021", "Jul–Aug 2021", "2023–24", "12 Tir (year unknown)". */
  en: string
}

const GREGORIAN_MONTHS_EN_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
] as const

const short = (d: CalendarDate): string => GREGORIAN_MONTHS_EN_SHORT[d.month - 1] ?? '?'
const long = (d: CalendarDate): string => `${d.day} ${GREGORIAN_MONTHS_EN_LONG[d.month - 1] ?? '?'} ${d.year}`
const jalaliMonth = (m: number): string => JALALI_MONTHS_EN[m - 1] ?? '?'

function monthRangeEn(r: GregorianRange): string {
  return r.start.year === r.end.year
    ? `${short(r.start)}–${short(r.end)} ${r.start.year}`
    : `${short(r.start)} ${r.start.year} – ${short(r.end)} ${r.end.year}`
}

/** Returns undefined for impossible dates (31 Esfand in a common year, month 13 …). */
export function describeJalali(parts: JalaliParts): DateDescription | undefined {
  const { year, month, day } = parts
  if (year !== undefined && month !== undefined && day !== undefined) {
    if (!isValidJalaliDate(year, month, day)) return undefined
    const g = jalaliToGregorian({ year, month, day })
    return { precision: 'day', jalali: parts, jalaliEn: `${day} ${jalaliMonth(month)} ${year}`, gregorian: { start: g, end: g }, en: long(g) }
  }
  if (year !== undefined && month !== undefined) {
    if (!isValidJalaliDate(year, month, 1)) return undefined
    const r = jalaliMonthToGregorianRange(year, month)
    return { precision: 'month', jalali: parts, jalaliEn: `${jalaliMonth(month)} ${year}`, gregorian: r, en: monthRangeEn(r) }
  }
  if (year !== undefined) {
    if (!isValidJalaliDate(year, 1, 1)) return undefined
    const r = jalaliYearToGregorianRange(year)
    return { precision: 'year', jalali: parts, jalaliEn: String(year), gregorian: r, en: `${r.start.year}–${String(r.end.year).slice(-2)}` }
  }
  if (month !== undefined && day !== undefined) {
    // Any leap year accepts every valid day-of-month; the year itself is unknown.
    if (!isValidJalaliDate(1403, month, day)) return undefined
    const label = `${day} ${jalaliMonth(month)}`
    return { precision: 'day-month', jalali: parts, jalaliEn: label, gregorian: null, en: `${label} (year unknown)` }
  }
  if (month !== undefined) {
    if (month < 1 || month > 12) return undefined
    return { precision: 'month-no-year', jalali: parts, jalaliEn: jalaliMonth(month), gregorian: null, en: `${jalaliMonth(month)} (year unknown)` }
  }
  return undefined
}

/**
 * A span of days («۲۷ تا ۳۰ خرداد ۱۴۰۳»), kept a span in both calendars: "27–30 Khordad 1403",
 * "16–19 June 2024". Both ends need a month and day, and a year on both or on neither.
 */
export function describeJalaliRange(from: JalaliParts, to: JalaliParts): DateDescription | undefined {
  const a = describeJalali(from)
  const b = describeJalali(to)
  if (!a || !b || a.precision !== b.precision || (a.precision !== 'day' && a.precision !== 'day-month')) return undefined
  const fromMonth = jalaliMonth(from.month as number)
  const toMonth = jalaliMonth(to.month as number)
  const sameMonth = from.month === to.month && from.year === to.year
  const yearLabel = (y: number | undefined): string => (y === undefined ? '' : ` ${y}`)
  const jalaliEn = sameMonth
    ? `${from.day}–${to.day} ${toMonth}${yearLabel(to.year)}`
    : from.year === to.year
      ? `${from.day} ${fromMonth} – ${to.day} ${toMonth}${yearLabel(to.year)}`
      : `${from.day} ${fromMonth}${yearLabel(from.year)} – ${to.day} ${toMonth}${yearLabel(to.year)}`
  if (!a.gregorian || !b.gregorian) {
    return { precision: 'day-month', jalali: from, jalaliEn, gregorian: null, en: `${jalaliEn} (year unknown)` }
  }
  const start = a.gregorian.start
  const end = b.gregorian.end
  if (start.year > end.year || (start.year === end.year && (start.month > end.month || (start.month === end.month && start.day >= end.day)))) return undefined
  return { precision: 'day', jalali: from, jalaliEn, gregorian: { start, end }, en: gregorianSpanEn(start, end) }
}

function gregorianSpanEn(start: CalendarDate, end: CalendarDate): string {
  const month = (d: CalendarDate): string => GREGORIAN_MONTHS_EN_LONG[d.month - 1] ?? '?'
  if (start.year === end.year && start.month === end.month) return `${start.day}–${end.day} ${month(end)} ${end.year}`
  if (start.year === end.year) return `${start.day} ${month(start)} – ${end.day} ${month(end)} ${end.year}`
  return `${long(start)} – ${long(end)}`
}
