const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹'

/** ASCII digits → Persian (U+06F0…U+06F9). Other characters are untouched. */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d)
}

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits → ASCII, for parsing typed dates. */
export function toLatinDigits(value: string): string {
  return value.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) & 0xf))
}
