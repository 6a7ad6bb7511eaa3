// An edition's dates, given in Jalali at the precision of the report (a day, a month or a year,
// possibly a from–to span), shown in both calendars like formatPublishedParts: Persian UI Jalali
// first in Persian digits, English UI Gregorian first.
import { toPersianDigits } from './digits'
import {
  GREGORIAN_MONTHS_EN_SHORT,
  GREGORIAN_MONTHS_FA,
  JALALI_MONTHS_EN,
  JALALI_MONTHS_FA,
  jalaliMonthToGregorianRange,
  jalaliToGregorian,
  jalaliYearToGregorianRange,
  type CalendarDate
} from './jalali'
import type { JalaliParts } from './published'
import type { PublishedParts, UiLanguage } from './formatPublished'

export interface JalaliSpanInput {
  from: JalaliParts
  to?: JalaliParts | undefined
}

export function formatJalaliSpanParts(span: JalaliSpanInput, lang: UiLanguage): PublishedParts {
  const to = span.to ?? span.from
  const jalali = jalaliText(span.from, to, lang)
  const gregorian = gregorianText(span.from, to, lang)
  return lang === 'fa'
    ? { primary: toPersianDigits(jalali), secondary: toPersianDigits(gregorian) }
    : { primary: gregorian, secondary: jalali }
}

export function formatJalaliSpan(span: JalaliSpanInput, lang: UiLanguage): string {
  const { primary, secondary } = formatJalaliSpanParts(span, lang)
  return secondary ? `${primary} (${secondary})` : primary
}

const jMonth = (m: number, lang: UiLanguage): string => (lang === 'fa' ? JALALI_MONTHS_FA : JALALI_MONTHS_EN)[m - 1] ?? String(m)
const gMonth = (m: number, lang: UiLanguage): string => (lang === 'fa' ? GREGORIAN_MONTHS_FA : GREGORIAN_MONTHS_EN_SHORT)[m - 1] ?? String(m)
const until = (lang: UiLanguage): string => (lang === 'fa' ? ' تا ' : '–')

function jalaliText(from: JalaliParts, to: JalaliParts, lang: UiLanguage): string {
  const same = (a: JalaliParts, b: JalaliParts): boolean => a.year === b.year && a.month === b.month && a.day === b.day
  const one = (d: JalaliParts): string =>
    [d.day, d.month === undefined ? undefined : jMonth(d.month, lang), d.year].filter((p) => p !== undefined).join(' ')
  if (same(from, to)) return one(from)
  if (from.day !== undefined && to.day !== undefined && from.year === to.year && from.month === to.month) {
    return `${from.day}${until(lang)}${to.day} ${jMonth(to.month as number, lang)} ${to.year}`
  }
  if (from.year === to.year && from.month !== undefined && to.month !== undefined) {
    const head = [from.day, jMonth(from.month, lang)].filter((p) => p !== undefined).join(' ')
    return `${head}${until(lang)}${one(to)}`
  }
  return `${one(from)}${until(lang)}${one(to)}`
}

function gregorianText(from: JalaliParts, to: JalaliParts, lang: UiLanguage): string {
  const start = startOf(from)
  const end = endOf(to)
  const days = from.day !== undefined && to.day !== undefined
  if (days) {
    if (start.year === end.year && start.month === end.month) {
      return start.day === end.day ? `${start.day} ${gMonth(start.month, lang)} ${start.year}` : `${start.day}–${end.day} ${gMonth(end.month, lang)} ${end.year}`
    }
    return start.year === end.year
      ? `${start.day} ${gMonth(start.month, lang)}–${end.day} ${gMonth(end.month, lang)} ${end.year}`
      : `${start.day} ${gMonth(start.month, lang)} ${start.year}–${end.day} ${gMonth(end.month, lang)} ${end.year}`
  }
  if (start.year === end.year) {
    return start.month === end.month ? `${gMonth(start.month, lang)} ${start.year}` : `${gMonth(start.month, lang)}–${gMonth(end.month, lang)} ${end.year}`
  }
  return `${gMonth(start.month, lang)} ${start.year}–${gMonth(end.month, lang)} ${end.year}`
}

function startOf(d: JalaliParts): CalendarDate {
  if (d.month === undefined) return jalaliYearToGregorianRange(d.year).start
  if (d.day === undefined) return jalaliMonthToGregorianRange(d.year, d.month).start
  return jalaliToGregorian({ year: d.year, month: d.month, day: d.day })
}

function endOf(d: JalaliParts): CalendarDate {
  if (d.month === undefined) return jalaliYearToGregorianRange(d.year).end
  if (d.day === undefined) return jalaliMonthToGregorianRange(d.year, d.month).end
  return jalaliToGregorian({ year: d.year, month: d.month, day: d.day })
}

/** The Gregorian years a Jalali span touches: an edition in Mordad 1397 is in 2018. */
export function gregorianYearsOf(span: JalaliSpanInput): number[] {
  const first = startOf(span.from).year
  const last = endOf(span.to ?? span.from).year
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}
