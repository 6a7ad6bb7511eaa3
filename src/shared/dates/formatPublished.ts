import type { Language } from '../domain/language'
import { toPersianDigits } from './digits'
import {
  GREGORIAN_MONTHS_EN_SHORT,
  GREGORIAN_MONTHS_FA,
  JALALI_MONTHS_EN,
  JALALI_MONTHS_FA,
  jalaliMonthToGregorianRange,
  jalaliToGregorian,
  jalaliYearToGregorianRange,
  type CalendarDate,
  type GregorianRange
} from './jalali'
import type { PublishedDate } from './published'

export interface EventName {
  fa: string
  en: string
}

/** The date in the reader's main calendar, and the other calendar as a gloss (absent for events). */
export interface PublishedParts {
  primary: string
  secondary?: string
}

const UNDATED: Record<Language, string> = { fa: 'بی‌تاریخ', en: 'Undated' }

/**
 * Persian UI: Jalali first in Persian digits («۸ تیر ۱۴۰۳»), Gregorian second.
 * English UI: Gregorian first ("29 Jun 2024"), Jalali second ("8 Tir 1403").
 * A Jalali year reads the same in both orders: "1403 (Mar 2024–Mar 2025)".
 */
export function formatPublishedParts(
  published: PublishedDate,
  event: EventName | undefined,
  lang: Language
): PublishedParts {
  const j = published.jalali
  if (!j || published.precision === 'event') return { primary: event ? event[lang] : UNDATED[lang] }

  if (j.month !== undefined && j.day !== undefined && published.precision === 'day') {
    const jalali = { year: j.year, month: j.month, day: j.day }
    const gregorian = jalaliToGregorian(jalali)
    return lang === 'fa'
      ? { primary: faNumbers(`${j.day} ${monthFa(j.month)} ${j.year}`), secondary: faNumbers(gregorianDayFa(gregorian)) }
      : { primary: gregorianDayEn(gregorian), secondary: `${j.day} ${monthEn(j.month)} ${j.year}` }
  }

  if (j.month !== undefined && published.precision !== 'year') {
    const range = jalaliMonthToGregorianRange(j.year, j.month)
    return lang === 'fa'
      ? { primary: faNumbers(`${monthFa(j.month)} ${j.year}`), secondary: faNumbers(gregorianMonthsSpan(range, 'fa')) }
      : { primary: gregorianMonthsSpan(range, 'en'), secondary: `${monthEn(j.month)} ${j.year}` }
  }

  const span = gregorianMonthsSpan(jalaliYearToGregorianRange(j.year), lang)
  return lang === 'fa'
    ? { primary: faNumbers(String(j.year)), secondary: faNumbers(span) }
    : { primary: String(j.year), secondary: span }
}

/** One line: "primary (secondary)". */
export function formatPublished(published: PublishedDate, event: EventName | undefined, lang: Language): string {
  const { primary, secondary } = formatPublishedParts(published, event, lang)
  return secondary ? `${primary} (${secondary})` : primary
}

const faNumbers = toPersianDigits
const monthFa = (m: number): string => JALALI_MONTHS_FA[m - 1] ?? String(m)
const monthEn = (m: number): string => JALALI_MONTHS_EN[m - 1] ?? String(m)
const gMonth = (m: number, lang: Language): string =>
  (lang === 'fa' ? GREGORIAN_MONTHS_FA[m - 1] : GREGORIAN_MONTHS_EN_SHORT[m - 1]) ?? String(m)

const gregorianDayFa = (g: CalendarDate): string => `${g.day} ${gMonth(g.month, 'fa')} ${g.year}`
const gregorianDayEn = (g: CalendarDate): string => `${g.day} ${gMonth(g.month, 'en')} ${g.year}`

/** "Jul–Aug 2021", or "Dec 2023–Jan 2024" when the span crosses a Gregorian year. */
function gregorianMonthsSpan({ start, end }: GregorianRange, lang: Language): string {
  const from = gMonth(start.month, lang)
  const to = gMonth(end.month, lang)
  return start.year === end.year ? `${from}–${to} ${end.year}` : `${from} ${start.year}–${to} ${end.year}`
}
