import { describe, expect, it } from 'vitest'
import { topK } from './topK'
import { rng } from '../../testSupport/seededRandom'

describe('topK', () => {
  it('is the head of the full sort (higher key first, ties by doc number) for any size and k', () => {
    const next = rng(11)
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 3000)
      const key = new Float64Array(n + 10)
      // Few distinct keys, so ties are common.
      for (let d = 0; d < key.length; d++) key[d] = Math.floor(next() * (round % 2 ? 5 : 1000)) / 7
      const docs = Int32Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5)
      const k = Math.floor(next() * 150)
      const expected = Array.from(docs).sort((a, b) => (key[b] as number) - (key[a] as number) || a - b).slice(0, k)
      const got = topK(docs, key, k)
      // Small results come back whole (sorted); the callers take the head.
      expect(got.slice(0, k), `n ${n} k ${k}`).toEqual(expected)
      expect(got, `n ${n} k ${k}`).toEqual(Array.from(docs).sort((a, b) => (key[b] as number) - (key[a] as number) || a - b).slice(0, got.length))
    }
  })
})
