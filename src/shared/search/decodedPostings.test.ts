/**
 * The pooled decoded lists under a budget far too small for the index: fetched in random order,
 * every list must equal a fresh decode (a ring that overwrote a resident list, or handed out the
 * wrong place, shows here), and the pool never holds more than its budget.
 */
import { describe, expect, it } from 'vitest'
import { DecodedPostings } from './decodedPostings'
import { SearchIndex } from './searchIndex'
import type { SearchDoc } from './types'
import { rng } from '../../testSupport/seededRandom'

function docs(count: number): SearchDoc[] {
  const next = rng(31)
  const words = Array.from({ length: 300 }, (_, i) => `w${i}`)
  const text = (n: number): string => Array.from({ length: n }, () => words[Math.floor(words.length * next() ** 3)]).join(' ')
  return Array.from({ length: count }, (_, i) => ({ id: `d${i}`, fields: { title: text(4), body: text(60) }, meta: {} }))
}

describe('DecodedPostings', () => {
  it('hands out lists equal to a fresh decode while the ring wraps and evicts', () => {
    const index = SearchIndex.build(docs(3000))
    const internals = index as unknown as { postings: ConstructorParameters<typeof DecodedPostings>[0]; docs: ConstructorParameters<typeof DecodedPostings>[1] }
    const budget = 200_000
    const pooled = new DecodedPostings(internals.postings, internals.docs, budget)
    const reference = (tid: number): { docs: number[]; tfw: number[]; mask: number[] } => {
      const fresh = new DecodedPostings(internals.postings, internals.docs, 1 << 30).get(tid)
      return { docs: Array.from(fresh.docs), tfw: Array.from(fresh.tfw), mask: Array.from(fresh.mask) }
    }
    const terms = internals.postings.terms.length
    const expected = Array.from({ length: terms }, (_, tid) => reference(tid))
    const next = rng(8)
    let longest = 0
    for (let i = 0; i < 3000; i++) {
      const tid = Math.floor(terms * next() ** 2)
      const list = pooled.get(tid)
      const want = expected[tid] as { docs: number[]; tfw: number[]; mask: number[] }
      expect(Array.from(list.docs), `term ${tid} at fetch ${i}`).toEqual(want.docs)
      expect(Array.from(list.tfw)).toEqual(want.tfw)
      expect(Array.from(list.mask)).toEqual(want.mask)
      expect(pooled.cachedBytes).toBeLessThanOrEqual(budget)
      longest = Math.max(longest, want.docs.length)
    }
    // The index has lists a sizeable share of the budget, so the ring does wrap and evict.
    expect(longest * 13 * 10).toBeGreaterThan(budget)
  })
})
