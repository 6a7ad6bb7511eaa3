// Small helpers shared by the page and feed readers: web addresses, dates and ids.
import { PACK_LIMITS } from '../../shared/archive/limits'
import type { Published } from '../../shared/archive/schema'
import { parsePublishedDate, toLatinDigits } from '../../shared/dates'

/**
 * An http(s) address fit to store and compare: no fragment, no utm_* tracking, at most the pack's
 * URL length. Anything else (javascript:, data:, file:, relative) gives undefined.
 */
export function webAddress(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined
  let url: URL
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.username || url.password) return undefined
  url.hash = ''
  for (const key of [...url.searchParams.keys()]) if (/^utm_/i.test(key)) url.searchParams.delete(key)
  const href = url.href
  return href.length <= PACK_LIMITS.urlChars ? href : undefined
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The publication day as the publisher wrote it: ISO 8601 (`2024-06-28T10:00:00+03:30`, the date
 * in the stated offset), RFC 822 (`Fri, 28 Jun 2024 10:00:00 +0330`) or a Jalali date (`۱۴۰۳/۰۴/۰۸`).
 */
export function publishedFrom(raw: string | null | undefined): Published | undefined {
  if (!raw) return undefined
  const text = toLatinDigits(raw.trim()).slice(0, 100)
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(text)
  const jalali = /^(1[2-4]\d\d)[/-](\d{1,2})[/-](\d{1,2})/.exec(text)
  let candidate: string | undefined
  if (iso) candidate = `${iso[1]}-${iso[2]}-${iso[3]}`
  else if (jalali) candidate = `${jalali[1]}-${jalali[2]}-${jalali[3]}`
  else if (rfc) {
    const month = MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1
    if (month > 0) candidate = `${rfc[3]}-${String(month).padStart(2, '0')}-${(rfc[1] as string).padStart(2, '0')}`
  }
  if (!candidate) return undefined
  const parsed = parsePublishedDate(candidate)
  return parsed.ok ? parsed.published : undefined
}

export const UNDATED_NOTE = 'تاریخ انتشار در پرونده نیامده بود؛ این تاریخِ ذخیرهٔ پرونده است.'

/** When a file names no date: the day the file was last saved, said so in the note. */
export function fallbackPublished(lastModified: number): Published {
  const day = new Date(Number.isFinite(lastModified) && lastModified > 0 ? lastModified : Date.now())
  const iso = day.toISOString().slice(0, 10)
  const parsed = parsePublishedDate(iso)
  if (!parsed.ok) throw new Error(`cannot date ${iso}`)
  return { ...parsed.published, note: UNDATED_NOTE }
}

export { importedId } from '../../shared/host/fileImport'

/** Collapses runs of white space and trims; keeps ZWNJ (U+200C), which Persian words need. */
export function cleanText(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined
  const clean = text.replace(/[\s\u00a0]+/g, ' ').trim()
  if (!clean) return undefined
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}
