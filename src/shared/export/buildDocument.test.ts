import { describe, expect, it } from 'vitest'
import { buildExportDocument, ExportCancelled } from './buildDocument'
import { exportDocumentSchema, type ExportDocument } from './document'
import { INCLUDE_ALL } from './options'
import { annotate, NOW, options, otherItem, seedItem, source } from './testSupport'

const seed = seedItem()
const older = otherItem('older', 'خبر قدیمی', 1399)
const items = [seed, older]

const late = annotate(seed, 'پنجره ملی خدمات دولت هوشمند', { colour: 'blue', note: 'چرا؟', createdAt: '2026-11-01T10:00:00.000Z', tags: ['پرسش'] })
const early = annotate(seed, 'رئیس سازمان فناوری اطلاعات ایران گفت', { colour: 'red', note: 'مطمئن نیستم', createdAt: '2026-11-20T10:00:00.000Z' })
const middle = annotate(seed, '۹ میلیارد تراکنش', { colour: 'yellow', createdAt: '2026-11-05T10:00:00.000Z' })
const whole = annotate(seed, null, { colour: null, note: 'یادداشتی دربارهٔ کل مقاله', createdAt: '2026-11-25T10:00:00.000Z' })
const lost = annotate(seed, 'خوانساری', { orphan: true, createdAt: '2026-10-01T10:00:00.000Z' })
const deleted = annotate(seed, 'الکامپ', { deletedAt: '2026-11-02T10:00:00.000Z' })
const onOlder = annotate(older, 'گزارش', { colour: 'green', tags: ['انتخابات'], createdAt: '2026-10-15T10:00:00.000Z' })
const all = [late, early, middle, whole, lost, deleted, onOlder]

const ids = (doc: ExportDocument, article = 0): string[] => doc.articles[article]?.groups.flatMap((g) => g.entries.map((e) => e.id)) ?? []

describe('buildExportDocument', () => {
  it('orders by reading order: whole-article notes first, then by position, orphans last; deleted notes never appear', async () => {
    const doc = await buildExportDocument(source(items, all), options(), NOW)
    expect(exportDocumentSchema.safeParse(doc).success).toBe(true)
    expect(doc.articles.map((a) => a.id)).toEqual(['zoomit-e942ce09813ba0d2', 'older'])
    expect(ids(doc)).toEqual([whole.id, middle.id, early.id, late.id, lost.id]) // the figure is in the lead, before the body
    expect(doc.articles[0]?.groups).toHaveLength(1)
  })

  it('orders by date: notes by when they were made, articles by their first note', async () => {
    const doc = await buildExportDocument(source(items, all), options({ order: 'date' }), NOW)
    expect(doc.articles.map((a) => a.id)).toEqual(['zoomit-e942ce09813ba0d2', 'older'])
    expect(ids(doc)).toEqual([lost.id, late.id, middle.id, early.id, whole.id])
    const noOrphan = await buildExportDocument(source(items, all.filter((a) => a !== lost)), options({ order: 'date' }), NOW)
    expect(noOrphan.articles.map((a) => a.id)).toEqual(['older', 'zoomit-e942ce09813ba0d2'])
  })

  it('groups by colour meaning in the colours’ order, with the researcher’s own names', async () => {
    const src = { ...source(items, all), colourMeanings: { blue: 'پرسش باز' } }
    const doc = await buildExportDocument(src, options({ order: 'colour' }), NOW)
    const groups = doc.articles[0]?.groups ?? []
    expect(groups.map((g) => [g.colour, g.label, g.entries.map((e) => e.id)])).toEqual([
      ['yellow', 'واقعیت کلیدی', [middle.id, lost.id]],
      ['blue', 'پرسش باز', [late.id]],
      // The app's own table (src/shared/domain/colourMeanings.ts), not a copy of it.
      ['red', 'مخالفم', [early.id]],
      [null, 'بی‌رنگ', [whole.id]]
    ])
  })

  it('writes headings, scope and dates in English for an English export', async () => {
    const doc = await buildExportDocument(source(items, all), options({ lang: 'en', order: 'colour', scope: { kind: 'colour', colour: 'red' } }), NOW)
    expect(doc.scopeLabel).toBe('Colour: Disagree')
    expect(doc.articles.map((a) => a.id)).toEqual(['zoomit-e942ce09813ba0d2'])
    expect(doc.articles[0]?.groups[0]?.label).toBe('Disagree')
    expect(doc.articles[0]?.published.primary).toMatch(/Elecomp|Undated|\d/)
    const older = await buildExportDocument(source(items, all), options({ lang: 'en', scope: { kind: 'article', articleId: 'older' } }), NOW)
    expect(older.articles[0]?.published).toEqual({ primary: '28 Jun 2020', secondary: '8 Tir 1399' })
    const fa = await buildExportDocument(source(items, all), options({ scope: { kind: 'article', articleId: 'older' } }), NOW)
    expect(fa.articles[0]?.published.primary).toBe('۸ تیر ۱۳۹۹')
    expect(fa.scopeLabel).toBe('این مقاله: خبر قدیمی')
  })

  it('chooses by scope: one article (even without notes), selected articles, a tag on the note or on the article, everything', async () => {
    const bare = otherItem('bare', 'بی‌یادداشت', 1402)
    const src = source([...items, bare], all)
    const one = await buildExportDocument(src, options({ scope: { kind: 'article', articleId: 'bare' } }), NOW)
    expect(one.articles.map((a) => a.id)).toEqual(['bare'])
    expect(one.articles[0]?.groups).toEqual([])
    const several = await buildExportDocument(src, options({ scope: { kind: 'articles', articleIds: ['older', 'bare'] } }), NOW)
    expect(several.articles.map((a) => a.id)).toEqual(['older', 'bare'])
    expect(several.scopeLabel).toBe('مقاله‌های برگزیده (۲)')
    const noteTag = await buildExportDocument(src, options({ scope: { kind: 'tag', tag: 'پرسش' } }), NOW)
    expect(ids(noteTag)).toEqual([late.id])
    const articleTag = await buildExportDocument(src, options({ scope: { kind: 'tag', tag: 'فیلترینگ' } }), NOW)
    expect(ids(articleTag)).toHaveLength(5)
    const everything = await buildExportDocument(src, options(), NOW)
    expect(everything.articles.map((a) => a.id)).toEqual(['zoomit-e942ce09813ba0d2', 'older'])
  })

  it('leaves out what the researcher unticked', async () => {
    const include = { ...INCLUDE_ALL, quotes: false, tags: false, summaryEn: false, keyFigures: false }
    const doc = await buildExportDocument(source(items, all), options({ include }), NOW)
    const entries = doc.articles[0]?.groups.flatMap((g) => g.entries) ?? []
    expect(entries.every((e) => e.quote === null && e.tags.length === 0 && e.note)).toBe(true)
    expect(entries.map((e) => e.id)).toEqual([whole.id, early.id, late.id]) // notes only: bare highlights drop out
    expect(doc.articles[0]?.summaries.map((s) => s.lang)).toEqual(['fa'])
    expect(doc.articles[0]?.keyFigures).toEqual([])
    expect(doc.articles[0]?.tags).toEqual([])
  })

  it('adds key figures and prefers the newest summary version over the curated one', async () => {
    const src = {
      ...source(items, all),
      summaries: [
        { id: 's1', articleId: seed.id, lang: 'en' as const, provenance: 'researcher' as const, text: 'old', createdAt: '2026-11-01T00:00:00Z' },
        { id: 's2', articleId: seed.id, lang: 'en' as const, provenance: 'researcher' as const, text: 'new', createdAt: '2026-11-02T00:00:00Z' }
      ]
    }
    const doc = await buildExportDocument(src, options(), NOW)
    const article = doc.articles[0]
    expect(article?.summaries.find((s) => s.lang === 'en')?.text).toBe('new')
    expect(article?.summaries.find((s) => s.lang === 'fa')?.text).toContain('خوانساری')
    expect(article?.keyFigures.some((f) => f.en.includes('286 million'))).toBe(true)
  })

  it('works in chunks, reports progress and stops when cancelled', async () => {
    const many = Array.from({ length: 10 }, (_, i) => otherItem(`item-${i}`, `خبر ${i}`, 1400))
    const notes = many.map((item) => annotate(item, 'گزارش'))
    const seen: [number, number][] = []
    await buildExportDocument(source(many, notes), options(), NOW, { chunkSize: 4, onProgress: (d, t) => seen.push([d, t]) })
    expect(seen).toEqual([[4, 10], [8, 10], [10, 10]])
    let checks = 0
    const cancelled = buildExportDocument(source(many, notes), options(), NOW, { chunkSize: 4, isCancelled: () => ++checks > 1 })
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled)
  })
})
