import { describe, expect, it } from 'vitest'
import { SearchIndex } from './searchIndex'
import type { SearchDoc } from './types'

const doc = (id: string, title: string, source = 'ایسنا'): SearchDoc => ({ id, fields: { title, body: `${title} در نمایشگاه` }, meta: { date: 14000101, source } })
const docs = [doc('a', 'تراکنش بانکی'), doc('b', 'تراکنش کارت', 'زومیت'), doc('c', 'پیام‌رسان داخلی')]
const ids = (index: SearchIndex, q: string, filters = {}): string[] => index.search(q, { filters }).hits.map((h) => h.id)

describe('withheld documents (a prebuilt index whose articles are still being stored)', () => {
  it('answer nothing until released, with and without filters, and are counted in total only once released', () => {
    const index = SearchIndex.build(docs, { keepText: true })
    expect(index.withhold(['a', 'c', 'unknown'])).toBe(2)
    expect(index.withhold(['a'])).toBe(0)
    expect(index.withheldCount).toBe(2)
    expect(index.withheldIds()).toEqual(['a', 'c'])
    expect(ids(index, 'تراکنش')).toEqual(['b'])
    expect(index.search('تراکنش').total).toBe(1)
    expect(ids(index, 'نمایشگاه', { sources: ['ایسنا'] })).toEqual([])
    expect(ids(index, '')).toEqual(['b'])
    expect(ids(index, 'نمایشگاه -کارت')).toEqual([])
    expect(index.release('a')).toBe(true)
    expect(index.release('a')).toBe(false)
    expect(ids(index, 'تراکنش').sort()).toEqual(['a', 'b'])
    expect(ids(index, 'نمایشگاه', { sources: ['ایسنا'] })).toEqual(['a'])
    expect(index.size).toBe(3)
  })

  it('are not saved: the index serialises once every one is released, removed or replaced', () => {
    const index = SearchIndex.build(docs, { keepText: true })
    index.withhold(['a', 'b', 'c'])
    expect(() => index.serialize()).toThrow(/withheld/)
    index.remove('a')
    index.add(doc('b', 'تراکنش کارت تازه'))
    expect(index.withheldCount).toBe(1)
    expect(ids(index, 'تراکنش')).toEqual(['b'])
    index.release('c')
    const back = SearchIndex.load(index.serialize())
    expect(back.withheldCount).toBe(0)
    expect(ids(back, 'پیام‌رسان')).toEqual(['c'])
  })

  it('stay withheld across a compaction, under their new numbers', () => {
    const many = Array.from({ length: 1600 }, (_, i) => doc(`d${i}`, `خبر شماره ${i} تراکنش`))
    const index = SearchIndex.build(many)
    index.withhold(['d1599', 'd1598'])
    for (let i = 0; i < 1200; i++) index.remove(`d${i}`) // crosses the compaction threshold
    expect(index.withheldCount).toBe(2)
    expect(index.search('تراکنش', { limit: 1000 }).total).toBe(398)
    expect(index.release('d1599')).toBe(true)
    expect(index.search('تراکنش', { limit: 1000 }).total).toBe(399)
  })
})
