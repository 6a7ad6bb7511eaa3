import { describe, expect, it } from 'vitest'
import { draft, testPack } from '../../../../testSupport/packs'
import { headOf } from '../../db/records'
import { sortKeyOf } from '../../../../shared/dates'
import { arrangeLibrary, arrangeLibrarySliced, listedCount, type LibraryQuery } from './libraryModel'
import { Cancelled, filterSliced, sortSliced, timeSlicer, type Slicer } from './slicedSort'

/** A slicer that pauses after every check, counting the pauses. */
function everyCheck(): Slicer & { pauses: number } {
  const s = { pauses: 0, due: () => true, pause: async () => void s.pauses++ }
  return s
}

function random(seed: number): () => number {
  let a = seed
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648)
}

describe('sortSliced', () => {
  it('sorts as Array.prototype.sort does, stable, pausing along the way', async () => {
    const next = random(7)
    for (const n of [0, 1, 31, 32, 33, 1000, 5003]) {
      const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(next() * 50), i }))
      const slicer = everyCheck()
      const sorted = await sortSliced([...items], (a, b) => a.key - b.key, slicer)
      expect(sorted).toEqual([...items].sort((a, b) => a.key - b.key))
      if (n > 1000) expect(slicer.pauses).toBeGreaterThan(10)
    }
  })

  it('stops when the work is cancelled', async () => {
    let cancelled = false
    const slicer = timeSlicer(() => cancelled, -1)
    const work = sortSliced(Array.from({ length: 10_000 }, (_, i) => 10_000 - i), (a, b) => a - b, slicer)
    cancelled = true
    await expect(work).rejects.toBeInstanceOf(Cancelled)
  })

  it('filters in order', async () => {
    expect(await filterSliced(Array.from({ length: 5000 }, (_, i) => i), (i) => i % 7 === 0, everyCheck())).toEqual(
      Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 7 === 0)
    )
  })
})

describe('arrangeLibrarySliced', () => {
  it('lists what arrangeLibrary lists, in the same order, for every sort and filter', async () => {
    const drafts = Array.from({ length: 400 }, (_, i) =>
      draft(`item-${i}`, ['پیام‌رسان', 'الکامپ', 'تراکنش', 'بانک', 'ایران'][i % 5] + ` ${i % 37}`, {
        source: { name: ['زومیت', 'دیجیاتو', 'ایتنا'][i % 3] as string },
        tags: [`برچسب ${i % 4}`],
        published: { precision: 'day', jalali: { year: 1395 + (i % 9), month: 1 + (i % 12), day: 1 + (i % 28) } }
      })
    )
    const pack = await testPack('p', drafts)
    const heads = pack.items.map((item) => headOf({ id: item.id, packId: 'p', item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }))
    heads.push({ ...(heads[0] as (typeof heads)[number]), id: 'copy', originalOf: 'item-0' })
    const ids = new Set(heads.map((h) => h.id))
    const exists = (id: string): boolean => ids.has(id)
    const fa = new Intl.Collator(['fa', 'en'])
    const queries: LibraryQuery[] = [
      { sort: 'date-desc', source: null, tag: null },
      { sort: 'date-asc', source: 'دیجیاتو', tag: null },
      { sort: 'title', source: null, tag: 'برچسب 2' },
      { sort: 'title', source: 'ایتنا', tag: null, year: '۱۳۹۸' }
    ]
    for (const query of queries) {
      const sliced = await arrangeLibrarySliced(heads, query, fa, { exists }, everyCheck())
      expect(sliced.map((h) => h.id)).toEqual(arrangeLibrary(heads, query, fa).map((h) => h.id))
    }
    expect(listedCount(heads, exists)).toBe(400)
  })
})
