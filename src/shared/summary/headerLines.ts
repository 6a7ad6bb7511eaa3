import type { SourceSpan } from './keyFigures'

/**
 * The dateline and byline lines at the top of a saved page («سه‌شنبه ۱۲ تیر ۱۴۰۳ - ۱۰:۳۰»,
 * «کد خبر: ۸۴۵۱۲ | زمان مطالعه: ۴ دقیقه»): page furniture, not what the article reports, so
 * their numbers are not key figures. Only short lines before the first sentence are looked at.
 */
const MAX_LINES = 4
const MAX_WORDS = 14
const WEEKDAYS = ['شنبه', 'یکشنبه', 'دوشنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']
const LABELS = ['تاریخ', 'انتشار', 'کد خبر', 'کدخبر', 'شناسه خبر', 'نویسنده', 'خبرنگار', 'منبع', 'زمان مطالعه', 'بروزرسانی', 'بهروزرسانی', 'دقیقه پیش', 'ساعت پیش']
const MONTH_WORDS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'امرداد', 'شهریور', 'مهر', 'آبان', 'ابان', 'آذر', 'اذر', 'دی', 'بهمن', 'اسفند', 'ماه', 'سال']

function fold(line: string): string {
  return line.replace(/[\u200c\u200d]/g, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک')
}

function isHeaderLine(line: string): boolean {
  const folded = fold(line)
  const words = folded.split(/\s+/).filter(Boolean)
  if (words.some((w) => WEEKDAYS.includes(w.replace(/[،,:]$/, '')))) return true
  if (/[0-9۰-۹٠-٩]{1,2}:[0-9۰-۹٠-٩]{2}/.test(folded) || folded.includes('|')) return true
  if (LABELS.some((l) => folded.includes(l))) return /[0-9۰-۹٠-٩]/.test(folded)
  // Nothing but a date: digits, month names, separators.
  const rest = words.filter((w) => !/^[0-9۰-۹٠-٩/.\-–—،,:]+$/.test(w) && !MONTH_WORDS.includes(w))
  return rest.length === 0 && /[0-9۰-۹٠-٩]/.test(folded)
}

export function headerSpans(text: string): SourceSpan[] {
  const out: SourceSpan[] = []
  let start = 0
  for (let n = 0; n < MAX_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const line = text.slice(start, end).trim()
    // A page header sits above the article: a text of one line has none.
    if (nl === -1) break
    if (line !== '') {
      // The first sentence or long paragraph is the article itself: stop looking.
      if (/[.!?؟…]$/.test(line) || line.split(/\s+/).length > MAX_WORDS) break
      if (isHeaderLine(line)) out.push({ start, end })
    }
    start = nl + 1
  }
  return out
}
