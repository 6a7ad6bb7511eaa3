import { toLatinDigits } from './digits'
import { gregorianToJalali } from './jalali'

/**
 * Years as a researcher types them into a filter: Jalali (1403) or Gregorian (2024), in Persian,
 * Arabic-Indic or Latin digits, or a two-digit Jalali year (۹۷ = 1397) as Persian news writes it.
 * A Gregorian year spans two Jalali years, and many items are dated only to the year, so a
 * Gregorian year matches every item whose Jalali year overlaps it: inclusive rather than lose one.
 */
export type YearCalendar = 'jalali' | 'gregorian'

export interface YearInput {
  /** The year as understood, in its own calendar. */
  year: number
  calendar: YearCalendar
  /** The Jalali years it covers (one for a Jalali year, two for a Gregorian one). */
  jalaliFrom: number
  jalaliTo: number
}

export type YearInputResult = { ok: true; value: YearInput } | { ok: false; text: string }

/** At or above this a four-digit year is Gregorian; Jalali years are now around 1400. */
export const FIRST_GREGORIAN_FILTER_YEAR = 1900
const LAST_YEAR = 2199
const FIRST_JALALI_YEAR = 1000

/** Two-digit years up to this one are 14xx (۰۲ = 1402), later ones 13xx (۹۷ = 1397). */
export const TWO_DIGIT_PIVOT = 20

export function expandTwoDigitJalaliYear(twoDigits: number, pivot = TWO_DIGIT_PIVOT): number {
  return twoDigits <= pivot ? 1400 + twoDigits : 1300 + twoDigits
}

/** The Jalali years a Gregorian year overlaps: 2024 → 1402 (to Nowruz) and 1403. */
export function jalaliYearsOfGregorian(year: number): { from: number; to: number } {
  return { from: gregorianToJalali({ year, month: 1, day: 1 }).year, to: gregorianToJalali({ year, month: 12, day: 31 }).year }
}

/** Empty input → null (no filter); anything else is a year or a refusal that keeps the text. */
export function parseYearInput(text: string): YearInputResult | null {
  const trimmed = toLatinDigits(text.trim())
  if (trimmed === '') return null
  if (/^\d{1,2}$/.test(trimmed)) {
    const year = expandTwoDigitJalaliYear(Number(trimmed))
    return { ok: true, value: { year, calendar: 'jalali', jalaliFrom: year, jalaliTo: year } }
  }
  if (!/^\d{4}$/.test(trimmed)) return { ok: false, text }
  const year = Number(trimmed)
  if (year < FIRST_JALALI_YEAR || year > LAST_YEAR) return { ok: false, text }
  if (year >= FIRST_GREGORIAN_FILTER_YEAR) {
    const j = jalaliYearsOfGregorian(year)
    return { ok: true, value: { year, calendar: 'gregorian', jalaliFrom: j.from, jalaliTo: j.to } }
  }
  return { ok: true, value: { year, calendar: 'jalali', jalaliFrom: year, jalaliTo: year } }
}

export type YearProblem = { field: 'from' | 'to'; code: 'not-a-year'; text: string } | { field: 'to'; code: 'before-from' }

export interface YearRange {
  /** Bounds on the Jalali yyyymmdd sort key (sortKeyOf), inclusive; absent when not set. */
  dateFrom?: number
  dateTo?: number
  from?: YearInput
  to?: YearInput
  /** Inputs that could not be used; they filter nothing, and the UI says why. */
  problems: YearProblem[]
}

/**
 * The from/to year fields → a date range on the index's Jalali sort key. A year known only to
 * the year or month sorts as yyyy0000 / yyyymm00, so the lower bound is yyyy0000.
 */
export function yearRange(fromText: string, toText: string): YearRange {
  const out: YearRange = { problems: [] }
  const from = parseYearInput(fromText)
  const to = parseYearInput(toText)
  if (from && !from.ok) out.problems.push({ field: 'from', code: 'not-a-year', text: from.text })
  if (to && !to.ok) out.problems.push({ field: 'to', code: 'not-a-year', text: to.text })
  if (from?.ok && to?.ok && to.value.jalaliTo < from.value.jalaliFrom) {
    out.problems.push({ field: 'to', code: 'before-from' })
    out.from = from.value
    out.dateFrom = from.value.jalaliFrom * 10000
    return out
  }
  if (from?.ok) {
    out.from = from.value
    out.dateFrom = from.value.jalaliFrom * 10000
  }
  if (to?.ok) {
    out.to = to.value
    out.dateTo = to.value.jalaliTo * 10000 + 1231
  }
  return out
}
