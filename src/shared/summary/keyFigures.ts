import { formatCount, formatRange } from './formatNumber'
import { NUMBER_WORDS, QUALIFIERS, multiplierOf, qualifiedUnit, unitOf, type Unit } from './glossary'
import { headerSpans } from './headerLines'
import { describeJalali, describeJalaliRange, type DateDescription, type JalaliParts } from './jalaliFigure'
import { dateAt, isFourDigitYear, joined } from './textDates'
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
  /** The last day of a span («۲۷ تا ۳۰ خرداد»); `jalali` is the first. */
  until?: JalaliParts
}

export type KeyFigure = QuantityFigure | DateFigure

export interface KeyFigureOptions {
  /** Jalali year the article was published in: dates like «۱۲ تیر» then get a Gregorian date. */
  contextYear?: number
  /** Keep figures in the dateline/byline lines at the top of a page (dropped by default). */
  keepHeader?: boolean
}

interface Found<F> {
  figure: F
  next: number
}

function dateFigureAt(tokens: WordToken[], i: number, opts: KeyFigureOptions): Found<DateFigure> | undefined {
  const m = dateAt(tokens, i)
  if (!m) return undefined
  const ctx = opts.contextYear
  let from = m.from
  let until = m.until
  // The article's own year resolves «۱۲ تیر»; a span over Nowruz ends in the following year.
  if (from.year === undefined && ctx !== undefined) {
    from = { ...from, year: ctx }
    if (until) until = { ...until, year: (until.month ?? 0) < (from.month ?? 0) ? ctx + 1 : ctx }
  }
  const d = until ? describeJalaliRange(from, until) : describeJalali(from)
  if (!d) return undefined
  const figure = { kind: 'date', ...span(tokens, i, m.last), ...d, ...(until ? { until } : {}) } as DateFigure
  return { figure, next: m.last + 1 }
}

/** A 13xx/14xx number standing alone («فیلترینگ ۱۴۰۱») is a year in Persian news. */
function bareYearAt(tokens: WordToken[], i: number): Found<DateFigure> | undefined {
  const t = tokens[i] as WordToken
  if (!isFourDigitYear(t) || Number(t.key) < 1300) return undefined
  const d = describeJalali({ year: Number(t.key) })
  return d && { figure: { kind: 'date', ...span(tokens, i, i), ...d } as DateFigure, next: i + 1 }
}

interface ParsedNumber {
  value: number
  /** Largest multiplier applied (میلیون …), or 1. */
  multiplier: number
  fromWords: boolean
  next: number
}

/** A number without scale: digits, or number words joined by «و» («سیصد و بیست و پنج»). */
function atomAt(tokens: WordToken[], i: number): { value: number; fromWords: boolean; next: number } | undefined {
  const t = tokens[i]
  if (!t) return undefined
  if (t.isNumber) {
    const value = parseDigits(t.key)
    return value === undefined ? undefined : { value, fromWords: false, next: i + 1 }
  }
  let value = NUMBER_WORDS[t.key]
  if (value === undefined) return undefined
  let j = i + 1
  // بیست و هفت: a smaller number word after «و» adds on.
  while (joined(tokens, j)?.key === 'و' && (NUMBER_WORDS[joined(tokens, j + 1)?.key ?? ''] ?? Infinity) < value) {
    value += NUMBER_WORDS[tokens[j + 1]?.key as string] as number
    j += 2
  }
  return { value, fromWords: true, next: j }
}

/** Scale words after a number multiply it: «۳ هزار میلیارد» is 3e12. */
function scalesAt(tokens: WordToken[], i: number): { factor: number; largest: number; next: number } {
  let factor = 1
  let largest = 1
  let j = i
  for (let m = multiplierOf(joined(tokens, j)?.key); m !== undefined; m = multiplierOf(joined(tokens, j)?.key)) {
    factor *= m
    largest = Math.max(largest, m)
    j++
  }
  return { factor, largest, next: j }
}

/**
 * «۲۸۶ میلیون», «۹ میلیارد و ۲۰۰ میلیون», «۳ هزار و ۵۰۰ میلیارد», «۴۳۰۰میلیارد», or a lone
 * scale word («هزار روز»). Parts joined by «و» add on when each is smaller than the scale before
 * it; a larger scale after them («… و ۵۰۰ میلیارد» after «۳ هزار») applies to the whole.
 */
function numberAt(tokens: WordToken[], i: number): ParsedNumber | undefined {
  const lone = multiplierOf(tokens[i]?.key)
  if (lone !== undefined) return { value: lone, multiplier: lone, fromWords: true, next: i + 1 }
  const atom = atomAt(tokens, i)
  if (!atom) return undefined
  const scale = scalesAt(tokens, atom.next)
  let value = atom.value * scale.factor
  let last = scale.largest
  let largest = scale.largest
  let next = scale.next
  while (last > 1 && joined(tokens, next)?.key === 'و' && joined(tokens, next + 1)) {
    const more = atomAt(tokens, next + 1)
    if (!more || more.value >= last) break
    const s = scalesAt(tokens, more.next)
    if (s.largest === 1) value += more.value
    else if (s.largest < last) value += more.value * s.factor
    else if (s.largest > last) value = (value + more.value) * s.factor
    else break
    last = s.largest === 1 ? 1 : Math.min(last, s.largest)
    largest = Math.max(largest, s.largest)
    next = s.next
  }
  return { value, multiplier: largest, fromWords: atom.fromWords, next }
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
  // English keeps the writer's scale: «۴۳۰۰ میلیارد» is "4,300 billion", not "4.3 trillion".
  const last = (unit?.next ?? next) - 1
  const figure: QuantityFigure = {
    ...span(tokens, i, last),
    kind: 'quantity',
    value,
    ...(high ? { valueMax: high.value } : {}),
    ...(unit ? { unit: unit.unit.key } : {}),
    ...(qualifier ? { qualifier: qualifier.en } : {}),
    en: englishQuantity(value, high?.value, unit?.unit, qualifier?.en, multiplier)
  }
  return { figure, next: last + 1 }
}

function englishQuantity(value: number, max: number | undefined, unit: Unit | undefined, qualifier: string | undefined, scale: number): string {
  const n = max === undefined ? formatCount(value, scale) : formatRange(value, max, scale)
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
    ? `d:${f.precision}:${f.jalali.year ?? ''}:${f.jalali.month ?? ''}:${f.jalali.day ?? ''}:${f.until ? `${f.until.year ?? ''}:${f.until.month}:${f.until.day}` : ''}`
    : `q:${f.value}:${f.valueMax ?? ''}:${f.unit ?? ''}`
}

export function extractKeyFigures(text: string, opts: KeyFigureOptions = {}): KeyFigure[] {
  const tokens = wordTokens(text)
  const header = opts.keepHeader ? [] : headerSpans(text)
  const inHeader = (f: KeyFigure): boolean => header.some((h) => f.start >= h.start && f.end <= h.end)
  const found: KeyFigure[] = []
  for (let i = 0; i < tokens.length; ) {
    const hit = dateFigureAt(tokens, i, opts) ?? quantityAt(tokens, i) ?? bareYearAt(tokens, i)
    if (!hit) {
      i++
      continue
    }
    const f = hit.figure
    f.fa = text.slice(f.start, f.end)
    if (!inHeader(f)) found.push(f)
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
