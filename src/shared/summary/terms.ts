import { analyse } from '../text'

/**
 * Content terms of a sentence for scoring: the shared search analyser (folding, lost-ZWNJ
 * repair, light stemming) minus Persian function words and very common reporting verbs, which
 * would otherwise make every sentence look alike. The one seam to the text pipeline: swap here.
 */
const PERSIAN_STOPWORDS: ReadonlySet<string> = new Set([
  'و', 'در', 'به', 'از', 'که', 'این', 'ان', 'با', 'را', 'برای', 'تا', 'است', 'بود', 'بوده', 'شد', 'شده',
  'شود', 'میشود', 'میشد', 'باشد', 'هست', 'نیست', 'می', 'هم', 'نیز', 'یا', 'اما', 'ولی', 'اگر', 'هر',
  'او', 'ما', 'من', 'تو', 'شما', 'انها', 'ایشان', 'وی', 'ای', 'یک', 'همچنین', 'باید', 'کرد', 'کرده',
  'کند', 'کنند', 'کردند', 'میکند', 'میکنند', 'کنیم', 'کردیم', 'دارد', 'دارند', 'داشت', 'داشته',
  'بر', 'پس', 'پیش', 'بین', 'روی', 'زیر', 'چه', 'چون', 'خود', 'دیگر', 'همه', 'بسیار', 'گفت', 'گفته',
  'داد', 'داده', 'کرده', 'بلکه', 'البته', 'فقط', 'نه', 'یعنی', 'اینکه', 'انکه', 'چنین', 'همین',
  'ان', 'انجا', 'اینجا', 'حدود', 'بیش', 'بیشتر', 'کمتر', 'طی', 'درباره', 'مورد', 'عنوان', 'بهعنوان',
  'بهطور', 'بهصورت', 'سوی', 'توسط', 'ها', 'های', 'هایی', 'اند', 'ایم', 'بودند', 'شدند', 'گرفته'
])

export function contentTerms(text: string): string[] {
  const out: string[] = []
  for (const t of analyse(text, 'fa')) {
    if (PERSIAN_STOPWORDS.has(t.surface) || PERSIAN_STOPWORDS.has(t.term)) continue
    if (t.term.length < 2 && !/^\d$/.test(t.term)) continue
    out.push(t.term)
  }
  return out
}
