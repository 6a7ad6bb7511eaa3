/**
 * A version's time for the history list: Jalali with Persian digits in Persian, day-month-year in
 * English; to the second, so two versions saved in the same minute do not show the same time.
 */
export function formatVersionTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-GB'
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date)
}
