import { toLatinDigits } from './digits'
import { gregorianToJalali, isValidGregorianDate, isValidJalaliDate } from './jalali'

export type DatePrecision = 'day' | 'month' | 'year' | 'event'

export interface JalaliParts {
  year: number
  month?: number
  day?: number
}

/**
 * When an article appeared, only as precisely as the source supports. 'event' means no calendar
 * date is known and the item's event (e.g. an exhibition) is the only time reference.
 */
export interface PublishedDate {
  precision: DatePrecision
  jalali?: JalaliParts
  /** Free-text facts about timing that fit no field, e.g. "second day of the exhibition". */
  note?: string
}

export type ParsedPublished = { ok: true; published: PublishedDate } | { ok: false; message: string }

const DATE_PATTERN = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/
// Years below this are Jalali (currently ~1400), at or above Gregorian (currently ~2020).
const FIRST_GREGORIAN_YEAR = 1700

/**
 * Reads a date as written in source front matter: Jalali `1403-04-08`, `1403-04` or `1403`
 * (precision follows the parts given), or a Gregorian ISO day `2024-06-28` (converted to Jalali).
 * A Gregorian month or year alone is refused: it does not map onto one Jalali month or year.
 */
export function parsePublishedDate(text: string): ParsedPublished {
  const match = DATE_PATTERN.exec(toLatinDigits(text.trim()))
  if (!match) {
    return { ok: false, message: `"${text}" is not a date; write 1403-04-08, 1403-04, 1403 or 2024-06-28` }
  }
  const year = Number(match[1])
  const month = match[2] === undefined ? undefined : Number(match[2])
  const day = match[3] === undefined ? undefined : Number(match[3])

  if (year >= FIRST_GREGORIAN_YEAR) {
    if (month === undefined || day === undefined) {
      return { ok: false, message: `Gregorian date "${text}" needs a day; for a month or year give the Jalali month or year` }
    }
    if (!isValidGregorianDate(year, month, day)) return { ok: false, message: `Gregorian date "${text}" does not exist` }
    const j = gregorianToJalali({ year, month, day })
    return { ok: true, published: { precision: 'day', jalali: { year: j.year, month: j.month, day: j.day } } }
  }

  const published: PublishedDate =
    day !== undefined && month !== undefined
      ? { precision: 'day', jalali: { year, month, day } }
      : month !== undefined
        ? { precision: 'month', jalali: { year, month } }
        : { precision: 'year', jalali: { year } }
  const problem = describePublishedProblem(published)
  return problem ? { ok: false, message: `"${text}": ${problem}` } : { ok: true, published }
}

/** Why a published date is inconsistent with its precision, or undefined when it is fine. */
export function describePublishedProblem(published: PublishedDate): string | undefined {
  const { precision, jalali } = published
  if (precision === 'event') {
    return jalali ? 'precision "event" must not have a jalali date (use day, month or year instead)' : undefined
  }
  if (!jalali) return `precision "${precision}" needs a jalali date`
  const { year, month, day } = jalali
  if (precision === 'year' && (month !== undefined || day !== undefined)) {
    return 'precision "year" must not have a month or day'
  }
  if (precision === 'month') {
    if (month === undefined) return 'precision "month" needs jalali year and month'
    if (day !== undefined) return 'precision "month" must not have a day'
  }
  if (precision === 'day' && (month === undefined || day === undefined)) {
    return 'precision "day" needs jalali year, month and day'
  }
  if (!isValidJalaliDate(year, month ?? 1, day ?? 1)) {
    return `Jalali date ${[year, month, day].filter((n) => n !== undefined).join('-')} does not exist`
  }
  return undefined
}

/**
 * A number for sorting: Jalali yyyymmdd, with missing month/day as 00 so a month or year sorts
 * at the start of its period. Event-only items (no date) get 0: last when newest-first,
 * first when oldest-first.
 */
export function sortKeyOf(published: PublishedDate): number {
  const j = published.jalali
  if (!j || published.precision === 'event') return 0
  return j.year * 10000 + (j.month ?? 0) * 100 + (j.day ?? 0)
}
