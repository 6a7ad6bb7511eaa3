/** A date and time in the interface language: Jalali with Persian digits in Persian, Gregorian in English. */
export function formatWhen(iso: string, language: string): string {
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB'
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
}
