import { JALALI_MONTHS_FA, expandTwoDigitJalaliYear } from '../dates'
import { NUMBER_WORDS, multiplierOf, ordinalWordValue, unitOf } from './glossary'
import type { JalaliParts } from './jalaliFigure'
import type { WordToken } from './wordTokens'

/**
 * Jalali dates as news writes them, found in word tokens: «۱۲ تیر ۱۴۰۳», «چهارم تیر»,
 * «تیرماه ۱۴۰۲», «۲۵ آبان ۹۸», «سال ۹۷», «۱۴۰۳/۰۴/۱۲», and spans of days «۲۷ تا ۳۰ خرداد»,
 * «۲۸ اسفند تا ۴ فروردین ۱۴۰۳». A month name alone is not a date (تیر, مهر, بهمن are also words);
 * with «ماه» joined or beside it, it is.
 */
export interface DateMatch {
  from: JalaliParts
  /** The last day of a span. */
  until?: JalaliParts
  first: number
  last: number
}

const MONTHS = new Map<string, number>(JALALI_MONTHS_FA.map((m, i) => [m.replace(/آ/g, 'ا'), i + 1]))
MONTHS.set('امرداد', 5)
const MAH = 'ماه'
const RANGE_WORDS = new Set(['تا', 'الی'])
const DASHES = /^\s*[-–—]\s*$/

export function joined(tokens: readonly WordToken[], i: number): WordToken | undefined {
  const t = tokens[i]
  return t?.joinedBySpace ? t : undefined
}

export function isFourDigitYear(t: WordToken | undefined): boolean {
  return t !== undefined && t.isNumber && /^1[2-4]\d\d$/.test(t.key)
}

interface At<T> {
  value: T
  next: number
}

/** «تیر», «تیرماه», «تیر‌ماه», «تیر ماه». */
function monthAt(tokens: readonly WordToken[], i: number): At<{ month: number; withMah: boolean }> | undefined {
  const t = tokens[i]
  if (!t) return undefined
  const plain = MONTHS.get(t.key)
  if (plain !== undefined) {
    return joined(tokens, i + 1)?.key === MAH ? { value: { month: plain, withMah: true }, next: i + 2 } : { value: { month: plain, withMah: false }, next: i + 1 }
  }
  const glued = t.key.endsWith(MAH) ? MONTHS.get(t.key.slice(0, -MAH.length)) : undefined
  return glued === undefined ? undefined : { value: { month: glued, withMah: true }, next: i + 1 }
}

/** A day of the month: «۱۲», «چهارم», «بیست و هفتم», «سی‌ام». */
function dayAt(tokens: readonly WordToken[], i: number): At<number> | undefined {
  const t = tokens[i]
  if (!t) return undefined
  if (t.isNumber) {
    const n = /^\d{1,2}$/.test(t.key) ? Number(t.key) : 0
    return n >= 1 && n <= 31 ? { value: n, next: i + 1 } : undefined
  }
  const ordinal = ordinalWordValue(t.key)
  if (ordinal !== undefined) return ordinal <= 31 ? { value: ordinal, next: i + 1 } : undefined
  const tens = NUMBER_WORDS[t.key]
  if ((tens === 20 || tens === 30) && joined(tokens, i + 1)?.key === 'و') {
    const unit = ordinalWordValue(joined(tokens, i + 2)?.key ?? '')
    if (unit !== undefined && unit < 10 && tens + unit <= 31) return { value: tens + unit, next: i + 3 }
  }
  return undefined
}

/**
 * A year after a date: four digits (13xx, 14xx), or two digits where news uses them («۲۵ آبان ۹۸»),
 * unless a unit or scale follows, which makes it a count («۲۵ آبان ۹۸ درصد» would not be a year).
 */
function yearAt(tokens: readonly WordToken[], i: number, allowTwoDigits: boolean): At<number> | undefined {
  let k = i
  if (joined(tokens, k)?.key === 'سال') k++
  const t = joined(tokens, k)
  if (!t) return undefined
  if (isFourDigitYear(t)) return { value: Number(t.key), next: k + 1 }
  if (allowTwoDigits && t.isNumber && /^\d{2}$/.test(t.key) && !countWordAt(tokens, k + 1)) {
    return { value: expandTwoDigitJalaliYear(Number(t.key)), next: k + 1 }
  }
  return undefined
}

function countWordAt(tokens: readonly WordToken[], i: number): boolean {
  const t = joined(tokens, i)
  return t !== undefined && (multiplierOf(t.key) !== undefined || unitOf(t.key) !== undefined)
}

/** «تا», «الی», «و» or a dash between two days. */
function rangeLinkAt(tokens: readonly WordToken[], i: number, allowAnd: boolean): number | undefined {
  const t = tokens[i]
  if (!t) return undefined
  if (DASHES.test(t.gap) && (t.isNumber || ordinalWordValue(t.key) !== undefined)) return i
  const link = joined(tokens, i)
  if (link && (RANGE_WORDS.has(link.key) || (allowAnd && link.key === 'و')) && joined(tokens, i + 1)) return i + 1
  return undefined
}

interface DayMonth {
  day: number
  month: number
  year?: number
  next: number
}

/** day [month [year]] */
function dayMonthAt(tokens: readonly WordToken[], i: number): DayMonth | undefined {
  const day = dayAt(tokens, i)
  if (!day || !joined(tokens, day.next)) return undefined
  const month = monthAt(tokens, day.next)
  if (!month) return undefined
  const year = yearAt(tokens, month.next, true)
  return { day: day.value, month: month.value.month, ...(year ? { year: year.value } : {}), next: year?.next ?? month.next }
}

function withYear(p: { day: number; month: number }, year: number | undefined): JalaliParts {
  return year === undefined ? { month: p.month, day: p.day } : { year, month: p.month, day: p.day }
}

/** A span's missing years: a year written once covers both ends; a span over Nowruz crosses one. */
function spanYears(from: { month: number; year?: number }, to: { month: number; year?: number }): [number | undefined, number | undefined] {
  const wraps = from.month > to.month
  const a = from.year ?? (to.year === undefined ? undefined : wraps ? to.year - 1 : to.year)
  const b = to.year ?? (from.year === undefined ? undefined : wraps ? from.year + 1 : from.year)
  return [a, b]
}

function spanAt(tokens: readonly WordToken[], i: number): DateMatch | undefined {
  const first = dayAt(tokens, i)
  if (!first) return undefined
  const linkAfterDay = rangeLinkAt(tokens, first.next, true)
  // «۲۷ تا ۳۰ خرداد [۱۴۰۳]», «سوم و چهارم مهر»: one month for both days.
  if (linkAfterDay !== undefined) {
    const second = dayMonthAt(tokens, linkAfterDay)
    if (second && second.day > first.value) {
      return {
        from: withYear({ day: first.value, month: second.month }, second.year),
        until: withYear(second, second.year),
        first: i,
        last: second.next - 1
      }
    }
  }
  const start = dayMonthAt(tokens, i)
  if (!start) return undefined
  // «۲۷ خرداد تا ۳ تیر ۱۴۰۳»
  const link = rangeLinkAt(tokens, start.next, false)
  const end = link === undefined ? undefined : dayMonthAt(tokens, link)
  if (end && (end.month !== start.month || end.day > start.day)) {
    const [fromYear, untilYear] = spanYears(start, end)
    return { from: withYear(start, fromYear), until: withYear(end, untilYear), first: i, last: end.next - 1 }
  }
  return { from: withYear(start, start.year), first: i, last: start.next - 1 }
}

export function dateAt(tokens: readonly WordToken[], i: number): DateMatch | undefined {
  const t = tokens[i] as WordToken
  const span = spanAt(tokens, i)
  if (span) return span
  const month = monthAt(tokens, i)
  if (month) {
    const year = yearAt(tokens, month.next, month.value.withMah)
    if (year) return { from: { year: year.value, month: month.value.month }, first: i, last: year.next - 1 }
    if (month.value.withMah) return { from: { month: month.value.month }, first: i, last: month.next - 1 }
    return undefined
  }
  if (t.key === 'سال') {
    const year = yearAt(tokens, i + 1, true)
    return year && { from: { year: year.value }, first: i, last: year.next - 1 }
  }
  const slashed = /^(\d{4}|\d{2})\/(\d{1,2})\/(\d{1,2})$/.exec(t.key)
  if (slashed) {
    const y = Number(slashed[1])
    const year = (slashed[1] as string).length === 2 ? expandTwoDigitJalaliYear(y) : y
    return { from: { year, month: Number(slashed[2]), day: Number(slashed[3]) }, first: i, last: i }
  }
  return undefined
}
