import type { ExportEntry, ExportLocator, ExportSummary } from './document'
import { exportDateText } from './exportDate'
import { num } from './labels'
import type { Language } from '../domain/language'

/** «بند ۴», «بند ۴، مورد ۲», «بندهای ۴–۵», «عنوان»; "para. 4", "para. 4, item 2", "paras. 4–5", "title". */
export function locatorText(locator: ExportLocator, lang: Language): string {
  if (locator.part === 'title') return lang === 'fa' ? 'عنوان' : 'title'
  if (locator.part === 'heading') return lang === 'fa' ? 'میان‌تیتر' : 'subheading'
  const from = num(locator.paragraph ?? 1, lang)
  if (locator.paragraphEnd === undefined) return (lang === 'fa' ? `بند ${from}` : `para. ${from}`) + insideText(locator, lang)
  const to = num(locator.paragraphEnd, lang)
  return lang === 'fa' ? `بندهای ${from}–${to}` : `paras. ${from}–${to}`
}

/** «، مورد ۲», ", row 3", «، زیرنویس»: the place inside a list, table or figure. */
function insideText(locator: ExportLocator, lang: Language): string {
  const sep = lang === 'fa' ? '، ' : ', '
  if (locator.item !== undefined) return `${sep}${lang === 'fa' ? 'مورد' : 'item'} ${num(locator.item, lang)}`
  if (locator.row !== undefined) return `${sep}${lang === 'fa' ? 'ردیف' : 'row'} ${num(locator.row, lang)}`
  if (locator.caption) return `${sep}${lang === 'fa' ? 'زیرنویس' : 'caption'}`
  return ''
}

/** When the note was made, or last edited when it changed since: «ویرایش: ۱۲ آذر ۱۴۰۵ (۳ دسامبر ۲۰۲۶)». */
export function entryDateText(e: Pick<ExportEntry, 'createdAt' | 'updatedAt'>, lang: Language): string {
  const edited = Date.parse(e.updatedAt) > Date.parse(e.createdAt)
  const date = exportDateText(edited ? e.updatedAt : e.createdAt, lang)
  if (lang === 'fa') return `${edited ? 'ویرایش' : 'ساخته'}: ${date}`
  return `${edited ? 'edited' : 'made'} ${date}`
}

/** Every locator of an entry in one line: paragraph (or whole article / not found), date, and the original's address. */
export function entryLocatorLine(e: ExportEntry, lang: Language, originalUrl: string | undefined): string {
  const parts: string[] = []
  if (e.locator) parts.push(locatorText(e.locator, lang))
  else if (!e.target) parts.push(lang === 'fa' ? 'کل مقاله' : 'whole article')
  else parts.push(lang === 'fa' ? 'جایش در متن پیدا نشد' : 'place in the text not found')
  parts.push(entryDateText(e, lang))
  if (originalUrl) parts.push(originalUrl)
  return parts.join(lang === 'fa' ? '، ' : ', ')
}

/** Where a summary came from: «نوشتهٔ پژوهشگر، ۱۲ آذر ۱۴۰۵ …», "model llama3 (accepted 3 Dec 2026 …)". */
export function provenanceText(s: Pick<ExportSummary, 'provenance' | 'model' | 'createdAt'>, lang: Language): string {
  const date = s.createdAt ? exportDateText(s.createdAt, lang) : null
  if (lang === 'fa') {
    switch (s.provenance) {
      case 'curated':
        return 'گزیدهٔ ویراستاران بایگانی'
      case 'extracted':
        return date ? `برگرفته خودکار از متن، ${date}` : 'برگرفته خودکار از متن'
      case 'researcher':
        return date ? `نوشتهٔ پژوهشگر، نسخهٔ ${date}` : 'نوشتهٔ پژوهشگر'
      case 'model':
        return `پیش‌نویس مدل ${s.model ?? 'نامعلوم'}${date ? `، پذیرفته در ${date}` : ''}`
    }
  }
  switch (s.provenance) {
    case 'curated':
      return 'curated by the archive’s editors'
    case 'extracted':
      return date ? `extracted from the text, ${date}` : 'extracted from the text'
    case 'researcher':
      return date ? `written by the researcher, version of ${date}` : 'written by the researcher'
    case 'model':
      return `drafted by model ${s.model ?? 'unknown'}${date ? `, accepted ${date}` : ''}`
  }
}
