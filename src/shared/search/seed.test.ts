import { describe, expect, it } from 'vitest'
import { SearchIndex } from './searchIndex'
import type { FieldName, SearchDoc } from './types'
import { readSeedText } from '../../testSupport/seed'

// The seed article as scraped: every ZWNJ lost (کسبوکار, تراکنشهای, بینالمللی).
const [title = '', lead = '', ...paragraphs] = readSeedText().split('\n')
const seed: SearchDoc = { id: 'seed', fields: { title, lead, body: paragraphs.join('\n') }, meta: {} }
const others: SearchDoc[] = [
  { id: 'x', fields: { title: 'ماهیگیری', body: 'کار و کارگر و ماه و کرم' }, meta: {} },
  { id: 'y', fields: { title: 'بانک', body: 'گزارش مالی سال ۱۳۹۹' }, meta: {} }
]
const index = SearchIndex.build([seed, ...others])
const getText = (id: string, field: FieldName): string | undefined => (id === 'seed' ? seed.fields[field] : undefined)

describe('the seed article is found by every spelling', () => {
  it.each([
    'کسب‌وکار', 'کسبوکار', 'کسب و کار', 'كسب و كار', 'کسب‌وکارهای', 'تراکنش‌ها', 'تراکنشها', 'تراکنش ها',
    'تراكنش', 'بین‌المللی', 'بینالمللی', 'بين المللي', '۱۴۰۰', '1400', '١٤٠٠', 'آسیب‌دیده', 'اسیب دیده',
    'می‌شد', 'میشد', 'می شد', 'می‌کنند', 'راه‌اندازی', 'ﻓﻨﺎﻭﺭﻱ', 'فَنّاوری', 'فنـــاوری', '"فناوری اطلاعات"',
    'الکامپ ۲۷', 'خوانسار', 'پیام‌رسان‌ها', 'پیامرسان ها'
  ])('%s', (query) => {
    const result = index.search(query, { getText })
    expect(result.hits.map((h) => h.id)).toEqual(['seed'])
    const snippet = result.hits[0]?.snippets[0]
    expect(snippet?.highlights.length).toBeGreaterThan(0)
  })

  it('highlights land on the scraped spelling', () => {
    const snippet = index.search('کسب‌وکار ', { getText }).hits[0]?.snippets[0]
    expect(snippet?.field).toBe('title')
    expect(snippet?.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['کسبوکار'])
  })
})
