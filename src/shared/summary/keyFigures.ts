import { JALALI_MONTHS_FA } from '../dates'
import { formatCount, formatRange } from './formatNumber'
import { MULTIPLIERS, NUMBER_WORDS, QUALIFIERS, qualifiedUnit, unitOf, type Unit } from './glossary'
import { describeJalali, type DateDescription } from './jalaliFigure'
import { parseDigits, wordTokens, type WordToken } from './wordTokens'

/**
 * Key figures for bilingual summaries: counts with what they count («۲۸۶ میلیون تراکنش» →
 * 286 million transactions) and Jalali dates with Gregorian equivalents, each with its source
 * offsets. Bare numbers without a unit or multiplier (تبصره ۱۸, الکامپ ۲۷) are not key figures.
 */
export interface SourceSpan {
  start: number
  end: number
}

interface FigureBase {
  /** The first occurrence as written in the article. */
  fa: string
  en: string
  start: number
  end: number
  /** Every place the same figure appears (first one included). */
  occurrences: SourceSpan[]
}

export interface QuantityFigure extends FigureBase {
  kind: 'quantity'
  value: number
  /** Upper end of a range («۱۰۰ تا ۵۰۰ میلیون»). */
  valueMax?: number
  /** Glossary key of what is counted (transactions, businesses, tomans …), if known. */
  unit?: string
  qualifier?: string
}

export interface DateFigure extends FigureBase, Omit<DateDescription, 'en'> {
  kind: 'date'
}

export type KeyFigure = QuantityFigure | DateFigure

export interface KeyFigureOptions {
  /** Jalali year the article was published in: dates like «۱۲ تیر» then get a Gregorian date. */
  contextYear?: number
}

const MONTHS = new Map<string, number>(JALALI_MONTHS_FA.map((m, i) => [m.replace(/آ/g, 'ا'), i + 1]))
MONTHS.set('امرداد', 5)

function isYear(t: WordToken | undefined): t is WordToken {
  return t !== undefined && t.isNumber && /^1[2-4]\d\d$/.test(t.key)
}

function joined(tokens: WordToken[], i: number): WordToken | undefined {
  const t = tokens[i]
  return t?.joinedBySpace ? t : undefined
}

interface Found<F> {
  figure: F
  next: number
}

function dateAt(tokens: WordToken[], i: number, opts: KeyFigureOptions): Found<DateFigure> | undefined {
  const t = tokens[i] as WordToken
  let parts: { year?: number; month?: number; day?: number } | undefined
  let last = i
  const dayNumber = t.isNumber && /^\d{1,2}$/.test(t.key) ? Number(t.key) : undefined
  const monthAfter = MONTHS.get(joined(tokens, i + 1)?.key ?? '')
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t.key)
  if (dayNumber !== undefined && monthAfter !== undefined) {
    const y = joined(tokens, i + 2)
    parts = isYear(y) ? { year: Number(y.key), month: monthAfter, day: dayNumber } : { month: monthAfter, day: dayNumber }
    last = isYear(y) ? i + 2 : i + 1
  } else if (MONTHS.has(t.key) && isYear(joined(tokens, i + 1))) {
    parts = { year: Number(tokens[i + 1]?.key), month: MONTHS.get(t.key) as number }
    last = i + 1
  } else if (t.key === 'سال' && isYear(joined(tokens, i + 1))) {
    parts = { year: Number(tokens[i + 1]?.key) }
    last = i + 1
  } else if (slashed) {
    parts = { year: Number(slashed[1]), month: Number(slashed[2]), day: Number(slashed[3]) }
  }
  if (!parts) return undefined
  if (parts.year === undefined && opts.contextYear !== undefined) parts = { ...parts, year: opts.contextYear }
  const d = describeJalali(parts)
  if (!d) return undefined
  return { figure: { kind: 'date', ...d, ...span(tokens, i, last) } as DateFigure, next: last + 1 }
}

/** A 13xx/14xx number standing alone («فیلترینگ ۱۴۰۱») is a year in Persian news. */
function bareYearAt(tokens: WordToken[], i: number): Found<DateFigure> | undefined {
  const t = tokens[i] as WordToken
  if (!isYear(t) || Number(t.key) < 1300) return undefined
  const d = describeJalali({ year: Number(t.key) })
  return d && { figure: { kind: 'date', ...d, ...span(tokens, i, i) } as DateFigure, next: i + 1 }
}

interface ParsedNumber {
  value: number
  /** Largest multiplier applied (میلیون …), or 1. */
  multiplier: number
  fromWords: boolean
  next: number
}

/** «۲۸۶ میلیون», «پنج», «بیست و هفت», or a lone «هزار» (as in «هزار روز»). */
function numberPartAt(tokens: WordToken[], i: number): ParsedNumber | undefined {
  const t = tokens[i]
  if (!t) return undefined
  let value: number | undefined
  let fromWords = false
  let j = i + 1
  if (t.isNumber) value = parseDigits(t.key)
  else if (NUMBER_WORDS[t.key] !== undefined) {
    value = NUMBER_WORDS[t.key] as number
    fromWords = true
    // بیست و هفت: a smaller number word after «و» adds on.
    while (joined(tokens, j)?.key === 'و' && (NUMBER_WORDS[joined(tokens, j + 1)?.key ?? ''] ?? Infinity) < value) {
      value += NUMBER_WORDS[tokens[j + 1]?.key as string] as number
      j += 2
    }
  } else if (MULTIPLIERS[t.key] !== undefined) {
    return { value: MULTIPLIERS[t.key] as number, multiplier: MULTIPLIERS[t.key] as number, fromWords: true, next: i + 1 }
  }
  if (value === undefined) return undefined
  let multiplier = 1
  for (let m = MULTIPLIERS[joined(tokens, j)?.key ?? '']; m !== undefined; m = MULTIPLIERS[joined(tokens, j)?.key ?? '']) {
    value *= m
    multiplier = Math.max(multiplier, m)
    j++
  }
  return { value, multiplier, fromWords, next: j }
}

/** «۹ میلیارد و ۲۰۰ میلیون» → 9.2e9: smaller parts joined by «و» add on. */
function numberAt(tokens: WordToken[], i: number): ParsedNumber | undefined {
  const first = numberPartAt(tokens, i)
  if (!first || first.multiplier === 1) return first
  let total = first
  while (joined(tokens, total.next)?.key === 'و') {
    const more = numberPartAt(tokens, total.next + 1)
    if (!more || !joined(tokens, total.next + 1) || more.value >= total.multiplier || more.multiplier === 1) break
    total = { ...total, value: total.value + more.value, next: more.next }
  }
  return total
}

function unitAt(tokens: WordToken[], i: number): { unit: Unit; next: number } | undefined {
  const t = joined(tokens, i)
  if (!t) return undefined
  // «کسب و کار» written with spaces.
  if (t.key === 'کسب' && joined(tokens, i + 1)?.key === 'و') {
    const rest = joined(tokens, i + 2)
    const u = rest && unitOf('کسبو' + rest.key)
    if (u) return { unit: u.unit, next: i + 3 }
  }
  const u = unitOf(t.key)
  if (!u) return undefined
  const qualified = qualifiedUnit(u.stem, joined(tokens, i + 1)?.key)
  return qualified ? { unit: qualified, next: i + 2 } : { unit: u.unit, next: i + 1 }
}

function qualifierAt(tokens: WordToken[], i: number): { en: string; next: number } | undefined {
  for (const q of QUALIFIERS) {
    if (q.words.every((w, k) => tokens[i + k]?.key === w && (k === 0 || tokens[i + k]?.joinedBySpace))) {
      return joined(tokens, i + q.words.length) ? { en: q.en, next: i + q.words.length } : undefined
    }
  }
  return undefined
}

function quantityAt(tokens: WordToken[], i: number): Found<QuantityFigure> | undefined {
  const qualifier = qualifierAt(tokens, i)
  const numStart = qualifier?.next ?? i
  const low = numberAt(tokens, numStart)
  if (!low) return undefined
  let high: ParsedNumber | undefined
  let next = low.next
  if (['تا', 'الی'].includes(joined(tokens, next)?.key ?? '') && joined(tokens, next + 1)) {
    high = numberAt(tokens, next + 1)
    if (high) next = high.next
  }
  const unit = unitAt(tokens, next)
  const multiplier = Math.max(low.multiplier, high?.multiplier ?? 1)
  // Words like یک/نه/سه are too often not numbers; digits need a unit or a scale to be a figure.
  if (!unit && multiplier === 1) return undefined
  if (!unit && low.fromWords) return undefined
  if (low.fromWords && low.value === 1 && multiplier === 1) return undefined // «یک شرکت» is "a company"
  let value = low.value
  // «۱۰۰ تا ۵۰۰ میلیون»: the scale after the upper end applies to both ends.
  if (high && low.multiplier === 1 && high.multiplier > 1) value *= high.multiplier
  const last = (unit?.next ?? next) - 1
  const figure: QuantityFigure = {
    ...span(tokens, i, last),
    kind: 'quantity',
    value,
    ...(high ? { valueMax: high.value } : {}),
    ...(unit ? { unit: unit.unit.key } : {}),
    ...(qualifier ? { qualifier: qualifier.en } : {}),
    en: englishQuantity(value, high?.value, unit?.unit, qualifier?.en)
  }
  return { figure, next: last + 1 }
}

function englishQuantity(value: number, max: number | undefined, unit: Unit | undefined, qualifier: string | undefined): string {
  const n = max === undefined ? formatCount(value) : formatRange(value, max)
  const counted = unit === undefined ? n : unit.symbol ? `${n}${unit.symbol}` : `${n} ${value === 1 && max === undefined ? unit.one : unit.many}`
  return qualifier ? `${qualifier} ${counted}` : counted
}

/** Offsets of tokens first..last; `fa` (and a date's `en`) are filled in by the caller. */
function span(tokens: WordToken[], first: number, last: number): FigureBase {
  const start = (tokens[first] as WordToken).start
  const end = (tokens[last] as WordToken).end
  return { fa: '', en: '', start, end, occurrences: [{ start, end }] }
}

function dedupeKey(f: KeyFigure): string {
  return f.kind === 'date'
    ? `d:${f.precision}:${f.jalali.year ?? ''}:${f.jalali.month ?? ''}:${f.jalali.day ?? ''}`
    : `q:${f.value}:${f.valueMax ?? ''}:${f.unit ?? ''}`
}

export function extractKeyFigures(text: string, opts: KeyFigureOptions = {}): KeyFigure[] {
  const tokens = wordTokens(text)
  const found: KeyFigure[] = []
  for (let i = 0; i < tokens.length; ) {
    const hit = dateAt(tokens, i, opts) ?? quantityAt(tokens, i) ?? bareYearAt(tokens, i)
    if (!hit) {
      i++
      continue
    }
    const f = hit.figure
    f.fa = text.slice(f.start, f.end)
    if (f.kind === 'date') f.en = (describeJalali(f.jalali) as DateDescription).en
    found.push(f)
    i = hit.next
  }
  return dedupe(found)
}

/** Same figure twice → one entry with both occurrences; a unitless count joins its united twin. */
function dedupe(figures: KeyFigure[]): KeyFigure[] {
  const byKey = new Map<string, KeyFigure>()
  for (const f of figures) {
    const existing = byKey.get(dedupeKey(f))
    if (existing) existing.occurrences.push(...f.occurrences)
    else byKey.set(dedupeKey(f), f)
  }
  const out = [...byKey.values()]
  const quantities = out.filter((f): f is QuantityFigure => f.kind === 'quantity')
  const merged = new Set<KeyFigure>()
  for (const bare of quantities.filter((q) => q.unit === undefined)) {
    const twin = quantities.find((q) => q.unit !== undefined && q.value === bare.value && q.valueMax === bare.valueMax)
    if (!twin) continue
    twin.occurrences.push(...bare.occurrences)
    twin.occurrences.sort((a, b) => a.start - b.start)
    merged.add(bare)
  }
  return out.filter((f) => !merged.has(f)).sort((a, b) => (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0))
}
