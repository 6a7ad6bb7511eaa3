import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parsePack } from '../archive/parsePack'
import { articleSearchDoc } from './articleDoc'
import { SearchIndex } from './searchIndex'

const packResult = await parsePack(JSON.parse(readFileSync(new URL('../../../resources/archive/elecomp.pack.json', import.meta.url), 'utf8')))
if (!packResult.ok) throw new Error('the bundled pack must be valid')
const seed = packResult.pack.items[0]!

describe('articleSearchDoc', () => {
  it('maps the seed article, its curated summaries and the researcher\'s text', () => {
    const doc = articleSearchDoc(seed, { notes: ['یادداشت دربارهٔ تسهیلات', ' '], quotes: ['۹ میلیارد'], colours: ['yellow', 'yellow'], tags: ['مهم'] })
    // The display copy (half-spaces restored) is what snippets show; the analyser folds either way.
    expect(seed.display).toBeDefined()
    expect(doc.fields.title).toBe(seed.display?.title)
    expect(doc.fields.title).toContain('کسب\u200cوکار')
    expect(doc.fields.body).toContain('آیین\u200cنامه') // restored: the lexicon lists آیین‌نامه
    expect(doc.fields.summaryEn).toContain('Khansari')
    expect(doc.fields.notes).toBe('یادداشت دربارهٔ تسهیلات')
    expect(doc.meta).toMatchObject({ source: 'زومیت', colours: ['yellow'], hasNotes: true })
    expect(doc.meta.tags).toContain('مهم')
    expect(doc.meta.tags).toContain('فیلترینگ')
  })
  it('lets an English query find the Persian article through its English summary', () => {
    const index = SearchIndex.build([articleSearchDoc(seed)])
    const result = index.search('transactions billion')
    expect(result.hits[0]?.id).toBe(seed.id)
    expect(result.hits[0]?.fields).toContain('summaryEn')
  })
  it('prefers a researcher summary over the curated one', () => {
    expect(articleSearchDoc(seed, { summaryFa: 'خلاصهٔ من' }).fields.summaryFa).toBe('خلاصهٔ من')
  })
  it('finds words in list items, table cells and captions of an imported article', () => {
    const item = {
      ...seed,
      id: 'imported-structure',
      display: undefined,
      body: [
        { kind: 'list' as const, ordered: false, items: [{ text: 'بخش کارگاه‌های تخصصی' }] },
        { kind: 'table' as const, caption: 'شمار غرفه‌ها', rows: [['دوره', 'غرفه'], ['بیست و هفتم', '۴۵۰']] },
        { kind: 'figure' as const, alt: 'نقشهٔ سالن', caption: 'سالن استارتاپ‌ها' }
      ]
    }
    const index = SearchIndex.build([articleSearchDoc(item)])
    for (const query of ['کارگاه', 'غرفه', '۴۵۰', 'استارتاپ']) expect(index.search(query).hits[0]?.id, query).toBe('imported-structure')
  })
})
