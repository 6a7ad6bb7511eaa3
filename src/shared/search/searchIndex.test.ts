import { describe, expect, it } from 'vitest'
import { ANALYSER_VERSION } from '../text/analyse'
import { SearchIndex } from './searchIndex'
import type { FieldName, SearchDoc } from './types'

const docs: SearchDoc[] = [
  { id: 'a', fields: { title: 'گزارش تراکنش‌های بانکی', body: 'متن درباره پول.' }, meta: { date: 14000101, source: 'zoomit', tags: ['bank'], colours: ['yellow'] } },
  { id: 'b', fields: { title: 'خبر اقتصادی', body: 'در این ماه تراکنشها افزایش یافت و بانک مرکزی گزارش داد.' }, meta: { date: 14010505, source: 'isna', tags: ['bank', 'economy'], hasNotes: true } },
  { id: 'c', fields: { title: 'ماهی‌گیری در خزر', body: 'صید ماهی در دریای خزر کاهش یافت.' }, meta: { date: 14020101, source: 'isna' } },
  { id: 'd', fields: { title: 'کسب و کار دیجیتال', lead: 'فناوری اطلاعات و کسب‌وکارهای آسیبدیده', body: 'اطلاعات بیشتر', summaryEn: 'Digital businesses hurt by internet filtering' }, meta: { date: 14010101, source: 'zoomit', colours: ['green'] } },
  { id: 'e', fields: { title: 'هوا گرم شد', body: 'کرم‌ها در باغ دیده شدند. اطلاعات فناوری نو.' }, meta: { date: 13990101 } }
]

const ids = (index: SearchIndex, q: string, opts = {}): string[] => index.search(q, opts).hits.map((h) => h.id)
const build = (): SearchIndex => SearchIndex.build(docs)
const textOf = (id: string, field: FieldName): string | undefined => docs.find((d) => d.id === id)?.fields[field]

describe('SearchIndex', () => {
  it('ranks a title hit above a body hit and finds every spelling', () => {
    const index = build()
    for (const q of ['تراکنش‌ها ', 'تراکنشها ', 'تراکنش ها ', 'تراکنش ']) expect(ids(index, q)).toEqual(['a', 'b'])
  })

  it('ranks articles with every word first, then those with some (any-word matching)', () => {
    const index = build()
    expect(ids(index, 'تراکنش بانک ')).toEqual(['b', 'a'])
    expect(ids(index, 'تراکنش بانک ', { match: 'all' })).toEqual(['b'])
    expect(ids(index, 'ماهی تراکنش ').sort()).toEqual(['a', 'b', 'c'])
  })

  it('requires +words and quoted words', () => {
    const index = build()
    expect(ids(index, 'تراکنش +بانک ')).toEqual(['b'])
    expect(ids(index, 'تراکنش "بانک"')).toEqual(['b'])
    expect(ids(index, '+ماهی تراکنش ')).toEqual(['c'])
    expect(ids(index, '+نیست تراکنش ')).toEqual([])
  })

  it('excludes a -word whose documents all come before the candidates (past the end of its doc set)', () => {
    // The -word is in documents 0 and 3 only; candidates run to document 99, far past its last.
    const many: SearchDoc[] = Array.from({ length: 100 }, (_, i) => ({
      id: `n${i}`, fields: { title: i === 0 || i === 3 ? 'بانک ماهی' : 'بانک مرکزی' }, meta: {}
    }))
    const index = SearchIndex.build(many)
    const result = index.search('بانک -ماهی', { limit: 200 })
    expect(result.total).toBe(98)
    expect(result.hits.map((h) => h.id)).not.toContain('n0')
    expect(result.hits.map((h) => h.id)).not.toContain('n3')
    expect(result.hits.map((h) => h.id)).toContain('n99')
    // The same with a prefix being typed (the path that scores only what can reach the page).
    expect(index.search('-ماهی بان', { limit: 200 }).total).toBe(98)
  })

  it('combines a phrase with other clauses (a phrase no longer empties the result)', () => {
    const index = build()
    expect(ids(index, '"فناوری اطلاعات" کسب ')).toEqual(['d'])
    expect(ids(index, '"فناوری اطلاعات" "کسب و کار"')).toEqual(['d'])
    expect(ids(index, 'کسب "فناوری اطلاعات" دیجیتال ')).toEqual(['d'])
    expect(ids(index, '"فناوری اطلاعات" اطلاعات ', { match: 'all' })).toEqual(['d'])
  })

  it('ranks words side by side in typed order above scattered ones', () => {
    const index = SearchIndex.build([
      { id: 'far', fields: { title: 'گزارش', body: 'نمایشگاه در شهر برگزار شد و بعدها گفتند که بین‌المللی بود' }, meta: {} },
      { id: 'near', fields: { title: 'گزارش', body: 'در شهر گفتند که بعدها نمایشگاه بین‌المللی برگزار شد و بود' }, meta: {} }
    ])
    expect(ids(index, 'نمایشگاه بین‌المللی ')).toEqual(['near', 'far'])
  })

  it('does not confuse different words', () => {
    const index = build()
    expect(ids(index, 'ماه ')).toEqual(['b'])
    expect(ids(index, 'ماهی ')).toEqual(['c'])
    expect(ids(index, 'گرم ')).toEqual(['e'])
    expect(ids(index, 'کار ')).toEqual([])
  })

  it('matches the last word as a prefix while typing, not after a space', () => {
    const index = build()
    expect(ids(index, 'تراکن')).toEqual(['a', 'b'])
    expect(ids(index, 'تراکنشه')).toEqual(['a', 'b']) // typing تراکنشها
    expect(ids(index, 'تراکن ')).toEqual([])
    expect(ids(index, 'کسب و کار')).toEqual(['d'])
  })

  it('ranks a typed word above longer words it begins, even rarer ones in a title', () => {
    const index = SearchIndex.build([
      { id: 'exact', fields: { title: 'گزارش سالانه', body: 'کاربران از کندی اینترنت گله دارند و اینترنت کند است.' }, meta: {} },
      { id: 'longer', fields: { title: 'فروشگاه اینترنتی', body: 'خبر کوتاه.' }, meta: {} },
      { id: 'other1', fields: { title: 'اینترنت', body: 'یک' }, meta: {} },
      { id: 'other2', fields: { title: 'اینترنت', body: 'دو' }, meta: {} }
    ])
    const hits = ids(index, 'اینترنت')
    expect(hits).toContain('longer') // still found while typing
    expect(hits.indexOf('exact')).toBeLessThan(hits.indexOf('longer'))
  })

  it('matches quoted phrases only when consecutive', () => {
    const index = build()
    expect(ids(index, '"فناوری اطلاعات"')).toEqual(['d'])
    expect(ids(index, '"اطلاعات فناوری"')).toEqual(['e'])
    expect(ids(index, 'فناوری اطلاعات ').sort()).toEqual(['d', 'e'])
  })

  it('excludes -words and -"phrases"', () => {
    const index = build()
    expect(ids(index, 'تراکنش -بانک')).toEqual(['a'])
    expect(ids(index, 'اطلاعات -"فناوری اطلاعات"')).toEqual(['e'])
  })

  it('applies filters, and lists filtered docs by date when the query is empty', () => {
    const index = build()
    expect(ids(index, 'تراکنش ', { filters: { sources: ['isna'] } })).toEqual(['b'])
    expect(ids(index, 'تراکنش ', { filters: { dateFrom: 14010000, dateTo: 14019999 } })).toEqual(['b'])
    expect(ids(index, '', { filters: { tags: ['bank'] } })).toEqual(['b', 'a'])
    expect(ids(index, '', { filters: { colours: ['green', 'yellow'] } })).toEqual(['d', 'a'])
    expect(ids(index, '', { filters: { hasNotes: true } })).toEqual(['b'])
  })

  it('finds the Persian article from an English query on its English summary', () => {
    const result = build().search('business filtering')
    expect(result.hits.map((h) => h.id)).toEqual(['d'])
    expect(result.hits[0]?.fields).toEqual(['summaryEn'])
  })

  it('reports which fields matched', () => {
    const hit = build().search('کسب‌وکار ').hits[0]
    expect(hit?.fields).toEqual(['title', 'lead'])
  })

  it('returns snippets whose highlights cover the exact original characters', () => {
    const hit = build().search('کسب و کار ', { getText: textOf }).hits[0]
    const lead = hit?.snippets.find((s) => s.field === 'lead')
    expect(lead?.highlights.map(([s, e]) => lead.text.slice(s, e))).toEqual(['کسب‌وکارهای'])
    const title = hit?.snippets.find((s) => s.field === 'title')
    expect(title?.highlights.map(([s, e]) => title.text.slice(s, e))).toEqual(['کسب و کار'])
  })

  it('updates and removes in place', () => {
    const index = build()
    index.update({ id: 'c', fields: { title: 'تراکنش جدید' }, meta: {} })
    expect(ids(index, 'ماهی ')).toEqual([])
    expect(ids(index, 'تراکنش ')).toContain('c')
    expect(index.remove('a')).toBe(true)
    expect(ids(index, 'تراکنش ')).not.toContain('a')
    expect(index.size).toBe(4)
    index.compact()
    expect(ids(index, 'تراکنش ').sort()).toEqual(['b', 'c'])
  })

  it('serialises to typed arrays and loads back with the same results', () => {
    const index = build()
    index.remove('e')
    const snapshot = index.serialize()
    expect(snapshot.analyserVersion).toBe(ANALYSER_VERSION)
    expect(Object.values(snapshot).every((v) => typeof v !== 'string' || v.length < 64)).toBe(true)
    const loaded = SearchIndex.load(structuredClone(snapshot))
    for (const q of ['تراکنش ', 'کسب', '"فناوری اطلاعات"', 'ماهی -خزر', 'business']) {
      expect(loaded.search(q)).toEqual(index.search(q))
    }
    loaded.add({ id: 'f', fields: { title: 'تراکنش‌های تازه' }, meta: {} })
    expect(ids(loaded, 'تراکنش ')).toContain('f')
    // Only words the loaded index knows (this used to loop forever: no indexing scratch for them).
    const again = SearchIndex.load(structuredClone(snapshot))
    again.add({ id: 'g', fields: { title: 'بانک مرکزی', body: 'گزارش تراکنش بانک' }, meta: {} })
    expect(again.search('"بانک مرکزی"').hits.map((h) => h.id).sort()).toEqual(['b', 'g'])
    expect(again.search('گزارش تراکنش ', { match: 'all' }).hits.map((h) => h.id).sort()).toEqual(['a', 'b', 'g'])
    expect(() => SearchIndex.load({ ...snapshot, analyserVersion: 'old' })).toThrow(/analyser/)
  })
})

describe('frequentTerms', () => {
  it('gives the terms in the most documents first, words of at least the given length, no numbers', () => {
    const index = SearchIndex.build([
      { id: '1', fields: { title: 'بانک مرکزی', body: 'بانک ملی ۱۴۰۰ تراکنش' }, meta: {} },
      { id: '2', fields: { title: 'بانک و بازار', body: 'بازار تراکنش ۱۴۰۰' }, meta: {} },
      { id: '3', fields: { title: 'بانک', body: 'تراکنش بازار ۱۴۰۰ ما' }, meta: {} }
    ])
    expect(index.frequentTerms(3, 4)).toEqual(['بانک', 'تراکنش', 'بازار'])
    expect(index.frequentTerms(1, 6)).toEqual(['تراکنش'])
    // A later word in more documents than all kept so far goes first, the least one out.
    const later = SearchIndex.build([
      { id: '1', fields: { title: 'مرکزی ملی' }, meta: {} },
      { id: '2', fields: { title: 'مرکزی سامانه' }, meta: {} },
      { id: '3', fields: { title: 'سامانه نمایشگاه' }, meta: {} },
      { id: '4', fields: { title: 'نمایشگاه' }, meta: {} },
      { id: '5', fields: { title: 'نمایشگاه' }, meta: {} }
    ])
    expect(later.frequentTerms(2, 3)).toEqual(['نمایشگاه', 'مرکزی'])
    expect(index.frequentTerms(5, 2).includes('1400')).toBe(false)
  })
})
