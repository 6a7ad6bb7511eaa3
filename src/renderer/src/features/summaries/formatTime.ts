/** A version's time for the history list: Jalali with Persian digits in Persian, day-month-year in English. */
export function formatVersionTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-GB'
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
