import type { Language } from '../domain/language'
import { formatPublishedParts, gregorianToJalali } from '../dates'

/**
 * The export's date in both calendars («۹ آذر ۱۴۰۵ (۳۰ نوامبر ۲۰۲۶)»), taken from the local
 * calendar day written at the start of the ISO date-time.
 */
export function exportDateText(exportedAt: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(exportedAt)
  if (!match) return exportedAt
  const jalali = gregorianToJalali({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) })
  const parts = formatPublishedParts({ precision: 'day', jalali }, undefined, lang)
  return parts.secondary ? `${parts.primary} (${parts.secondary})` : parts.primary
}
