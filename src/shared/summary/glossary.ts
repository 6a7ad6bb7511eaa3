/**
 * What a number counts: Persian nouns (search-key spelling: no ZWNJ, Persian ی/ک) with English.
 * Small on purpose; unknown nouns leave a figure without a unit rather than guess.
 */
export interface Unit {
  /** Glossary key, stable for UIs and dedupe. */
  key: string
  one: string
  many: string
  /** Rendered as a suffix on the number (5×, 9.2%) instead of a noun. */
  symbol?: string
}

const UNITS: Record<string, Unit> = {
  تراکنش: { key: 'transactions', one: 'transaction', many: 'transactions' },
  کسبوکار: { key: 'businesses', one: 'business', many: 'businesses' },
  شرکت: { key: 'companies', one: 'company', many: 'companies' },
  تومان: { key: 'tomans', one: 'toman', many: 'tomans' },
  ریال: { key: 'rials', one: 'rial', many: 'rials' },
  دلار: { key: 'dollars', one: 'dollar', many: 'dollars' },
  یورو: { key: 'euros', one: 'euro', many: 'euros' },
  کاربر: { key: 'users', one: 'user', many: 'users' },
  نفر: { key: 'people', one: 'person', many: 'people' },
  برابر: { key: 'times', one: 'time', many: 'times', symbol: '×' },
  درصد: { key: 'percent', one: 'percent', many: 'percent', symbol: '%' },
  تکلیف: { key: 'tasks', one: 'task', many: 'tasks' },
  تکالیف: { key: 'tasks', one: 'task', many: 'tasks' },
  دستگاه: { key: 'devices', one: 'device', many: 'devices' },
  کشور: { key: 'countries', one: 'country', many: 'countries' },
  سال: { key: 'years', one: 'year', many: 'years' },
  ماه: { key: 'months', one: 'month', many: 'months' },
  هفته: { key: 'weeks', one: 'week', many: 'weeks' },
  روز: { key: 'days', one: 'day', many: 'days' },
  '%': { key: 'percent', one: 'percent', many: 'percent', symbol: '%' },
  // Exhibition and ICT news.
  غرفه: { key: 'booths', one: 'booth', many: 'booths' },
  غرفهدار: { key: 'exhibitors', one: 'exhibitor', many: 'exhibitors' },
  استارتاپ: { key: 'startups', one: 'startup', many: 'startups' },
  استارتآپ: { key: 'startups', one: 'startup', many: 'startups' },
  بازدیدکننده: { key: 'visitors', one: 'visitor', many: 'visitors' },
  بازدیدکنندگان: { key: 'visitors', one: 'visitor', many: 'visitors' },
  مشترک: { key: 'subscribers', one: 'subscriber', many: 'subscribers' },
  مشترکین: { key: 'subscribers', one: 'subscriber', many: 'subscribers' },
  استان: { key: 'provinces', one: 'province', many: 'provinces' },
  شهر: { key: 'cities', one: 'city', many: 'cities' },
  کارمند: { key: 'employees', one: 'employee', many: 'employees' },
  کارکنان: { key: 'employees', one: 'employee', many: 'employees' },
  پروژه: { key: 'projects', one: 'project', many: 'projects' },
  سامانه: { key: 'systems', one: 'system', many: 'systems' },
  اپلیکیشن: { key: 'apps', one: 'app', many: 'apps' },
  پیامرسان: { key: 'messengers', one: 'messenger', many: 'messengers' },
  سکو: { key: 'platforms', one: 'platform', many: 'platforms' },
  پلتفرم: { key: 'platforms', one: 'platform', many: 'platforms' },
  مجوز: { key: 'licences', one: 'licence', many: 'licences' },
  گیگابایت: { key: 'gigabytes', one: 'GB', many: 'GB' },
  ترابایت: { key: 'terabytes', one: 'TB', many: 'TB' },
  مگابیت: { key: 'megabits', one: 'Mbit', many: 'Mbit' },
  متر: { key: 'metres', one: 'metre', many: 'metres' },
  کیلومتر: { key: 'kilometres', one: 'kilometre', many: 'kilometres' },
  ساعت: { key: 'hours', one: 'hour', many: 'hours' },
  دقیقه: { key: 'minutes', one: 'minute', many: 'minutes' }
}

/** «دستگاه اجرایی» in government news means an executive agency, not a device. */
const QUALIFIED: Record<string, Record<string, Unit>> = {
  دستگاه: {
    اجرایی: { key: 'executive-agencies', one: 'executive agency', many: 'executive agencies' },
    دولتی: { key: 'government-agencies', one: 'government agency', many: 'government agencies' }
  },
  متر: {
    مربع: { key: 'square-metres', one: 'square metre', many: 'square metres' }
  }
}

const INFLECTIONS = ['', 'ها', 'های', 'هایی', 'ی', 'ان', 'یان', 'ه']

/** The unit a (folded) word names, allowing plural and ezafe endings: کسبوکارهای → businesses. */
export function unitOf(word: string): { stem: string; unit: Unit } | undefined {
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, word.length - ending.length)
    const unit = UNITS[stem]
    if (unit) return { stem, unit }
  }
  return undefined
}

export function qualifiedUnit(stem: string, nextWord: string | undefined): Unit | undefined {
  return nextWord === undefined ? undefined : QUALIFIED[stem]?.[nextWord]
}

export const MULTIPLIERS: Record<string, number> = {
  هزار: 1e3,
  میلیون: 1e6,
  میلیارد: 1e9,
  تریلیون: 1e12
}

/** A scale word, also as an adjective («۱۴.۵ میلیونی», «۲۰ میلیاردی»). */
export function multiplierOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined
  return MULTIPLIERS[word] ?? (word.endsWith('ی') ? MULTIPLIERS[word.slice(0, -1)] : undefined)
}

/** Number words; یک and نه are also "a" and "no", so they only count before a multiplier or unit. */
export const NUMBER_WORDS: Record<string, number> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, شانزده: 16, هفده: 17, هجده: 18, هیجده: 18, نوزده: 19,
  بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70, هشتاد: 80, نود: 90,
  صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400, پانصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900
}

export const QUALIFIERS: { words: string[]; en: string }[] = [
  { words: ['بیش', 'از'], en: 'more than' },
  { words: ['بیشتر', 'از'], en: 'more than' },
  { words: ['کمتر', 'از'], en: 'less than' },
  { words: ['نزدیک', 'به'], en: 'nearly' },
  { words: ['حدود'], en: 'about' },
  { words: ['حدودا'], en: 'about' },
  { words: ['تقریبا'], en: 'about' }
]

/** Ordinals whose form is not «cardinal + م». */
const IRREGULAR_ORDINALS: Record<string, number> = { اول: 1, یکم: 1, سوم: 3, سیام: 30 }

/** «چهارم» → 4, «بیستم» → 20, «سیام» (سی‌ام) → 30; undefined for anything else. */
export function ordinalWordValue(word: string): number | undefined {
  if (IRREGULAR_ORDINALS[word] !== undefined) return IRREGULAR_ORDINALS[word]
  if (!word.endsWith('م')) return undefined
  const base = NUMBER_WORDS[word.slice(0, -1)]
  return base !== undefined && base < 100 ? base : undefined
}
