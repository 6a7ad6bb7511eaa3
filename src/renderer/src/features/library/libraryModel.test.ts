import { describe, expect, it } from 'vitest'
import type { ArticleHead } from '../../db/database'
import { arrangeLibrary, facetValues, parseYear, type LibraryQuery } from './libraryModel'

function record(id: string, title: string, sortKey: number, source: string, tags: string[]): ArticleHead {
  return { id, packId: 'p', title, sortKey, source, tags, published: { precision: 'year', jalali: { year: 1400 } } }
}

const records = [
  record('a', 'پیام‌رسان', 14000501, 'زومیت', ['فیلترینگ']),
  record('b', 'الکامپ', 14030408, 'دیجیاتو', ['الکامپ', 'فیلترینگ']),
  record('c', 'تراکنش', 14020101, 'زومیت', [])
]
const fa = new Intl.Collator('fa')

describe('arrangeLibrary', () => {
  it('sorts by date both ways and by Persian title', () => {
    expect(arrangeLibrary(records, { sort: 'date-desc', source: null, tag: null }, fa).map((r) => r.id)).toEqual(['b', 'c', 'a'])
    expect(arrangeLibrary(records, { sort: 'date-asc', source: null, tag: null }, fa).map((r) => r.id)).toEqual(['a', 'c', 'b'])
    // Persian alphabet: ا < پ < ت
    expect(arrangeLibrary(records, { sort: 'title', source: null, tag: null }, fa).map((r) => r.id)).toEqual(['b', 'a', 'c'])
  })
  it('filters by source and tag together, leaving the input untouched', () => {
    const input = [...records]
    expect(arrangeLibrary(input, { sort: 'date-asc', source: 'زومیت', tag: 'فیلترینگ' }, fa).map((r) => r.id)).toEqual(['a'])
    expect(input.map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })
  it('lists facet values once, in collation order', () => {
    expect(facetValues(records, (r) => r.tags, fa)).toEqual(['الکامپ', 'فیلترینگ'])
    expect(facetValues(records, (r) => [r.source], fa)).toEqual(['دیجیاتو', 'زومیت'])
  })
})

describe('edition and year filters', () => {
  const head = (id: string, extra: Partial<ArticleHead>): ArticleHead => ({ ...record(id, id, 0, 'منبع', []), ...extra })
  const e24 = { id: 'elecomp-24', fa: 'الکامپ ۲۴', en: 'Elecomp 24' }
  const heads = [
    head('day', { published: { precision: 'day', jalali: { year: 1397, month: 10, day: 15 } }, sortKey: 13971015 }), // 5 Jan 2019
    head('month', { published: { precision: 'month', jalali: { year: 1397, month: 5 } }, sortKey: 13970500, event: e24 }),
    head('event-only', { published: { precision: 'event' }, event: e24 }),
    head('cited', { published: { precision: 'year', jalali: { year: 1396 } } }),
    head('copy', { published: { precision: 'event' }, event: e24, originalOf: 'month' })
  ]
  const editions = [{
    id: 'elecomp-24', number: 24,
    facts: [{ kind: 'dates' as const, fa: 'مرداد ۱۳۹۷', en: 'Mordad 1397', jalali: { from: { year: 1397, month: 5, day: 6 } }, cite: ['cited'] }]
  }]
  const ids = (query: Partial<LibraryQuery>): string[] =>
    arrangeLibrary(heads, { sort: 'title', source: null, tag: null, ...query }, new Intl.Collator('en'), { editions }).map((h) => h.id)

  it('lists a researcher copy of an original under its digest, not on its own, unless the digest is gone', () => {
    expect(ids({})).not.toContain('copy')
    const orphan = { ...heads[4]!, originalOf: 'dropped-digest' }
    expect(arrangeLibrary([orphan], { sort: 'title', source: null, tag: null }, new Intl.Collator('en')).map((h) => h.id)).toEqual(['copy'])
  })
  it('filters by edition: items about it and items its facts cite', () => {
    expect(ids({ edition: 'elecomp-24' })).toEqual(['cited', 'event-only', 'month'])
  })
  it('filters by a Jalali or Gregorian year in any digits, dating event-only items by their edition', () => {
    expect(ids({ year: '1397' })).toEqual(['day', 'event-only', 'month'])
    expect(ids({ year: '۱۳۹۷' })).toEqual(ids({ year: '1397' }))
    expect(ids({ year: '٢٠١٨' })).toEqual(['cited', 'event-only', 'month'])
    expect(ids({ year: '2019' })).toEqual(['day'])
    expect(ids({ year: '' })).toHaveLength(4)
  })
  it('reads typed years, refusing what is not one', () => {
    expect(parseYear(' ۱۴۰۳ ')).toEqual({ calendar: 'jalali', year: 1403 })
    expect(parseYear('2024')).toEqual({ calendar: 'gregorian', year: 2024 })
    expect(parseYear('97')).toBe('invalid')
    expect(parseYear('')).toBeNull()
  })
})
