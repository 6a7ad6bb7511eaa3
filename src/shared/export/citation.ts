import { formatPublishedParts, jalaliMonthToGregorianRange, jalaliToGregorian, jalaliYearToGregorianRange, toPersianDigits, type CalendarDate } from '../dates'
import type { ExportArticle, ExportIssued } from './document'

/**
 * One default style for every citation the export writes: Chicago's bibliography form for a
 * news item without a named author (outlet, “title”, date, address), with the Jalali date the
 * archive knows and its Gregorian equivalent at the same precision, and the archive and its id
 * so the item can be found again. A digest says that it is our editors' summary and of whose report.
 */
export interface CitationContext {
  archiveTitle: string
}

/**
 * A citation as runs: plain text, and names, titles and addresses to be set apart ({ isolate }) so a
 * Persian title inside an English citation (or an address inside a Persian one) keeps its own
 * direction and does not drag the punctuation around it. Plain-text files just join the runs.
 */
export type CitePart = string | { isolate: string }

export function citationParts(a: ExportArticle, ctx: CitationContext, lang: 'fa' | 'en'): CitePart[] {
  const iso = (text: string): CitePart => ({ isolate: text })
  const parts: CitePart[] = []
  if (lang === 'fa') {
    parts.push(...(a.kind === 'digest' ? ['چکیدهٔ ویراستاران بایگان از گزارش ', iso(a.source.name)] : [iso(a.source.name)]))
    parts.push('. «', iso(a.title), `». ${dateFa(a.issued)}.`)
    if (a.url) parts.push(' ', iso(a.url), '.')
    parts.push(' در: ', iso(ctx.archiveTitle), '، بایگان، شناسهٔ ', iso(a.id), '.')
    return parts
  }
  const outlet: CitePart[] = a.source.nameEn ? [iso(a.source.nameEn), ' (', iso(a.source.name), ')'] : [iso(a.source.name)]
  parts.push(...(a.kind === 'digest' ? ['Bayegan editors’ digest of a report by ', ...outlet] : outlet))
  parts.push('. “', iso(a.title), `.” ${dateEn(a.issued)}.`)
  if (a.url) parts.push(' ', iso(a.url), '.')
  parts.push(' In ', iso(ctx.archiveTitle), ', Bayegan, id ', iso(a.id), '.')
  return parts
}

export const citationText = (parts: readonly CitePart[]): string => parts.map((p) => (typeof p === 'string' ? p : p.isolate)).join('')

export function citationFa(a: ExportArticle, ctx: CitationContext): string {
  return citationText(citationParts(a, ctx, 'fa'))
}

export function citationEn(a: ExportArticle, ctx: CitationContext): string {
  return citationText(citationParts(a, ctx, 'en'))
}

/** «۸ تیر ۱۴۰۳ (۲۹ ژوئن ۲۰۲۴)», a month or year as a span, or the event with «تاریخ ذکر نشده». */
export function dateFa(issued: ExportIssued): string {
  if (!issued.jalali) return issued.event ? `${issued.event.fa}، تاریخ ذکر نشده` : 'بی‌تاریخ'
  const p = formatPublishedParts(issued, undefined, 'fa')
  return p.secondary ? `${p.primary} (${p.secondary})` : p.primary
}

export function dateEn(issued: ExportIssued): string {
  if (!issued.jalali) return issued.event ? `${issued.event.en}, date not stated` : 'undated'
  const p = formatPublishedParts(issued, undefined, 'en')
  return p.secondary ? `${p.primary} (${p.secondary})` : p.primary
}

/** The Gregorian span an item's date covers: one day, a Jalali month's days or a Jalali year's. */
export interface GregorianSpan {
  precision: 'day' | 'month' | 'year'
  start: CalendarDate
  end: CalendarDate
}

export function gregorianSpan(issued: ExportIssued): GregorianSpan | null {
  const j = issued.jalali
  if (!j || issued.precision === 'event') return null
  if (issued.precision === 'day' && j.month !== undefined && j.day !== undefined) {
    const g = jalaliToGregorian({ year: j.year, month: j.month, day: j.day })
    return { precision: 'day', start: g, end: g }
  }
  if (issued.precision !== 'year' && j.month !== undefined) return { precision: 'month', ...jalaliMonthToGregorianRange(j.year, j.month) }
  return { precision: 'year', ...jalaliYearToGregorianRange(j.year) }
}

/** The Jalali date as written in Persian at its precision («تیر ۱۴۰۳»), for notes in the citation files. */
export function jalaliText(issued: ExportIssued): string | null {
  if (!issued.jalali) return null
  return formatPublishedParts(issued, undefined, 'fa').primary
}

export const faDigits = toPersianDigits
