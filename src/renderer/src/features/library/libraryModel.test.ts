import { describe, expect, it } from 'vitest'
import type { ArticleHead } from '../../db/database'
import { arrangeLibrary, facetValues } from './libraryModel'

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
