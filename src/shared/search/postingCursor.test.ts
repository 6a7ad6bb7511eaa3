/**
 * PostingCursor against a plain reading of the same streams from their start: for every doc asked
 * for (ascending, descending, at random, mask-only then with positions), the same answer, mask,
 * term frequencies and positions.
 */
import { describe, expect, it } from 'vitest'
import type { Term } from '../text/analyse'
import { buildSkips, PostingCursor, SKIP_EVERY } from './postingCursor'
import { NF, PostingStore } from './postings'
import { SearchIndex } from './searchIndex'
import { checkSnapshot } from './snapshot'
import { rng } from '../../testSupport/seededRandom'

interface Posting { mask: number; tfs: number[]; positions: number[][] }

/** Every posting of a term, read from the streams front to back. */
function readAll(store: PostingStore, tid: number): Map<number, Posting> {
  const out = new Map<number, Posting>()
  const r = store.reader(tid)
  const pr = store.positionReader(tid)
  let d = -1
  while (!r.done()) {
    d += r.next()
    const mask = r.byte()
    const tfs: number[] = []
    const positions: number[][] = []
    for (let f = 0; f < NF; f++) {
      const tf = mask & (1 << f) ? r.next() : 0
      tfs.push(tf)
      let p = 0
      positions.push(Array.from({ length: tf }, () => (p += pr.next())))
    }
    out.set(d, { mask, tfs, positions })
  }
  return out
}

/** What the cursor found at doc d: the posting read from headerAt and positionsAt. */
function readAt(store: PostingStore, tid: number, cursor: PostingCursor, withPositions: boolean): Posting {
  const r = store.reader(tid)
  r.at = cursor.headerAt
  const pr = store.positionReader(tid)
  pr.at = cursor.positionsAt
  const mask = r.byte()
  const tfs: number[] = []
  const positions: number[][] = []
  for (let f = 0; f < NF; f++) {
    const tf = mask & (1 << f) ? r.next() : 0
    tfs.push(tf)
    let p = 0
    positions.push(withPositions ? Array.from({ length: tf }, () => (p += pr.next())) : [])
  }
  return { mask, tfs, positions }
}

function corpus(seed: number, docs: number): PostingStore {
  const next = rng(seed)
  const store = new PostingStore()
  const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'rare', 'once']
  for (let d = 0; d < docs; d++) {
    const fields: (Term[] | undefined)[] = []
    for (let f = 0; f < NF; f++) {
      if (next() < 0.4) continue
      const n = 1 + Math.floor(next() * (f === NF - 1 ? 400 : 20))
      const terms: Term[] = []
      let pos = Math.floor(next() * 3)
      if (d % 40 === 0) terms.push({ term: 'few', surface: 'few', start: 0, end: 0, pos: pos++ })
      for (let k = 0; k < n; k++) {
        // Zipf-like: early words are common; gaps up to 200 make multi-byte position deltas.
        const w = words[Math.min(words.length - 1, Math.floor(-Math.log(1 - next()) * 2))] as string
        if (w === 'once' && d !== 77) continue
        if (w === 'rare' && next() < 0.9) continue
        terms.push({ term: w, surface: w, start: 0, end: 0, pos })
        pos += next() < 0.05 ? 200 : 1
      }
      fields.push(terms)
    }
    store.addDoc(d, fields)
  }
  return store
}

describe('PostingCursor', () => {
  const DOCS = 700
  const store = corpus(18, DOCS)
  const next = rng(5)

  it('finds every doc of every term, in any order, with the mask and positions of a front-to-back read', () => {
    let checked = 0
    for (let tid = 0; tid < store.terms.length; tid++) {
      const expected = readAll(store, tid)
      const sortedDocs = [...expected.keys()]
      const nextDoc = (d: number): number => sortedDocs.find((x) => x >= d) ?? -1
      const all = Array.from({ length: DOCS + 5 }, (_, d) => d - 2).filter((d) => d >= 0)
      const orders = [
        all,
        [...all].reverse(),
        all.filter(() => next() < 0.05),
        Array.from({ length: 300 }, () => Math.floor(next() * DOCS))
      ]
      for (const order of orders) {
        const cursor = new PostingCursor().reset(store, tid)
        for (const d of order) {
          const positions = next() < 0.7
          const want = expected.get(d)
          const context = `term ${store.terms[tid]}, doc ${d}, positions ${positions}`
          expect(cursor.seek(d, positions), context).toBe(want !== undefined)
          // It stops at the first posting at or after d.
          expect(cursor.doc, context).toBe(nextDoc(d))
          if (!want) continue
          const got = readAt(store, tid, cursor, positions)
          expect(got.mask, context).toBe(want.mask)
          expect(got.tfs, context).toEqual(want.tfs)
          if (positions) expect(got.positions, context).toEqual(want.positions)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(5000)
    // The corpus has long lists (many checkpoints), one-posting lists and lists under one block.
    const dfs = store.df
    expect(Math.max(...dfs)).toBeGreaterThan(10 * SKIP_EVERY)
    expect(dfs.some((df) => df === 1)).toBe(true)
    expect(dfs.some((df) => df > 1 && df < SKIP_EVERY)).toBe(true)
  })

  it('moves past a posting the caller read to its end', () => {
    const tid = store.termIds.get('a') as number
    const expected = readAll(store, tid)
    const cursor = new PostingCursor().reset(store, tid)
    for (const [d, want] of expected) {
      expect(cursor.seek(d)).toBe(true)
      const r = store.reader(tid)
      r.at = cursor.headerAt
      const pr = store.positionReader(tid)
      pr.at = cursor.positionsAt
      r.byte()
      let count = 0
      for (let f = 0; f < NF; f++) if (want.mask & (1 << f)) count += r.next()
      pr.skip(count)
      cursor.passed(d, r.at, pr.at)
    }
    expect(cursor.seek(DOCS + 1)).toBe(false)
  })

  it('sees docs appended after its checkpoints were built', () => {
    const small = corpus(3, 100)
    const tid = small.termIds.get('a') as number
    new PostingCursor().reset(small, tid).seek(50)
    small.addDoc(100, [[{ term: 'a', surface: 'a', start: 0, end: 0, pos: 4 }]])
    const cursor = new PostingCursor().reset(small, tid)
    expect(cursor.seek(100)).toBe(true)
    expect(readAt(small, tid, cursor, true).positions[0]).toEqual([4])
  })
})

describe('checkpoints from checking a snapshot', () => {
  it('are the ones buildSkips makes, for every long term', () => {
    const next = rng(77)
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`)
    const text = (n: number): string => Array.from({ length: n }, () => words[Math.floor(words.length * next() ** 2)]).join(' ')
    const docs = Array.from({ length: 600 }, (_, i) => ({ id: `d${i}`, fields: { title: text(3), body: text(80) }, meta: {} }))
    const snapshot = SearchIndex.build(docs).serialize()
    const { skips } = checkSnapshot(snapshot)
    const loaded = SearchIndex.load(snapshot) as unknown as { postings: PostingStore }
    let compared = 0
    skips.forEach((list, tid) => {
      if (!list) return
      expect(Array.from(list), `term ${tid}`).toEqual(Array.from(buildSkips(loaded.postings, tid)))
      compared++
    })
    expect(compared).toBeGreaterThan(20)
  })
})
