/**
 * The two-word phrase path (Scorer.scorePhrasePair: PairStream and pairOccurs) against the
 * general phrase path on a generated corpus: for phrases of common and rare words, a word twice,
 * a dropped stopword between them, with other words, as exclusions, with filters, offsets, after
 * removals and additions, the same hits (ids, order, scores to the bit, fields) and totals.
 */
import { describe, expect, it } from 'vitest'
import { PairStream, skipVarints } from './phrasePair'
import type { PostingStore } from './postings'
import { SearchIndex } from './searchIndex'
import type { SearchDoc, SearchFilters, SearchOptions } from './types'
import { rng, syllableWords } from '../../testSupport/seededRandom'

const SYLLABLES = 'با بی تا تو را ری دا دی ما می نا نی سا سی کا کی'.split(' ')
const FINALS = 'ن ر د م ت ش ک ل'.split(' ')

function vocabulary(next: () => number): string[] {
  return syllableWords(next, 300, SYLLABLES, FINALS)
}

function corpus(next: () => number, vocab: string[], count: number, from = 0): SearchDoc[] {
  // Zipf-like: the first words sit many times in most docs, the tail in few and far apart
  // (position gaps past 127 take two bytes).
  const word = (): string => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length * next() ** 4))] as string
  const words = (n: number): string => Array.from({ length: n }, word).join(' ')
  return Array.from({ length: count }, (_, i) => ({
    id: `d${from + i}`,
    fields: {
      title: words(2 + Math.floor(next() * 6)),
      lead: next() < 0.5 ? words(5 + Math.floor(next() * 15)) : undefined,
      body: words(20 + Math.floor(next() * 400)),
      summaryEn: next() < 0.3 ? 'the market of the internet and the bank' : undefined
    },
    meta: { date: 14000101 + Math.floor(next() * 30000), source: next() < 0.5 ? 'isna' : 'irna' }
  }))
}

type Scored = { scorer: { pairPath: boolean } }

function both(index: SearchIndex, query: string, options: SearchOptions): [ReturnType<SearchIndex['search']>, ReturnType<SearchIndex['search']>] {
  const scorer = (index as unknown as Scored).scorer
  scorer.pairPath = true
  const fast = index.search(query, options)
  scorer.pairPath = false
  const plain = index.search(query, options)
  scorer.pairPath = true
  return [fast, plain]
}

describe('the two-word phrase path', () => {
  const next = rng(1818)
  const vocab = vocabulary(next)
  const docs = corpus(next, vocab, 1200)

  /** Two words from a doc's body side by side (so phrases do occur), or two words at random. */
  function phrase(): string {
    if (next() < 0.6) {
      const body = (docs[Math.floor(next() * docs.length)]?.fields.body ?? '').split(' ')
      const at = Math.floor(next() * (body.length - 1))
      return `${body[at] as string} ${body[at + 1] as string}`
    }
    const pick = (): string => vocab[Math.floor(vocab.length * next() ** 2)] as string
    const a = pick()
    return next() < 0.1 ? `${a} ${a}` : `${a} ${pick()}`
  }

  function randomQuery(): { query: string; options: SearchOptions } {
    const r = next()
    let query = `"${phrase()}"`
    if (r < 0.15) query = `${vocab[Math.floor(next() * 20)] as string} ${query}`
    else if (r < 0.25) query = `+${vocab[Math.floor(next() * 40)] as string} ${query}`
    else if (r < 0.35) query = `${vocab[Math.floor(next() * 20)] as string} -${query} `
    else if (r < 0.4) query = '"market internet"' // a stopword dropped between: "market the internet" is not it
    else if (r < 0.45) query = '"market of the internet"'
    const filters: SearchFilters | undefined = next() < 0.2 ? { sources: ['isna'] } : undefined
    return { query, options: { filters, offset: next() < 0.3 ? Math.floor(next() * 20) : 0, limit: 1 + Math.floor(next() * 30) } }
  }

  it('finds, scores and counts as the general phrase path', () => {
    const index = SearchIndex.build(docs)
    let matched = 0
    for (let q = 0; q < 300; q++) {
      const { query, options } = randomQuery()
      const [fast, plain] = both(index, query, options)
      expect(fast, query).toEqual(plain)
      if (fast.total > 0) matched++
    }
    // Phrases that never match would show nothing.
    expect(matched).toBeGreaterThan(150)
  }, 120_000)

  it('stays the same after removals and additions, and after a snapshot round trip', () => {
    let index = SearchIndex.build(docs)
    const local = rng(5)
    const extra = corpus(local, vocab, 200, 5000)
    for (let round = 0; round < 5; round++) {
      for (let q = 0; q < 40; q++) {
        const { query, options } = randomQuery()
        const [fast, plain] = both(index, query, options)
        expect(fast, query).toEqual(plain)
      }
      for (let i = 0; i < 80; i++) index.remove(`d${Math.floor(local() * docs.length)}`)
      for (const d of extra.slice(round * 40, round * 40 + 40)) index.add(d)
      if (round === 2) index = SearchIndex.load(index.serialize())
    }
  }, 120_000)

  it('reads the postings a front-to-back walk reads, jumping to any later doc', () => {
    const index = SearchIndex.build(docs)
    const postings = (index as unknown as { postings: PostingStore }).postings
    const local = rng(77)
    for (let t = 0; t < 40; t++) {
      const tid = Math.floor(local() * postings.terms.length)
      // Every posting, in order.
      const all: { doc: number; mask: number; total: number }[] = []
      const walk = new PairStream().reset(postings, tid)
      while (walk.next()) all.push({ doc: walk.doc, mask: walk.mask, total: walk.total })
      expect(all.length).toBe(postings.df[tid])
      // Then jumps to random later docs land on the first posting at or after each.
      const s = new PairStream().reset(postings, tid)
      let at = -1
      for (let k = 0; k < 30; k++) {
        at += 1 + Math.floor(local() * 80)
        const expected = all.find((p) => p.doc >= at)
        expect(s.advance(at)).toBe(expected !== undefined)
        if (!expected) break
        expect({ doc: s.doc, mask: s.mask, total: s.total }).toEqual(expected)
      }
    }
  })

  it('skips varints of one and more bytes', () => {
    const bytes = Uint8Array.from([5, 0x81, 1, 7, 0xff, 0xff, 3, 0, 0x80, 2])
    expect(skipVarints(bytes, 0, 0)).toBe(0)
    expect(skipVarints(bytes, 0, 1)).toBe(1)
    expect(skipVarints(bytes, 0, 2)).toBe(3)
    expect(skipVarints(bytes, 0, 4)).toBe(7)
    expect(skipVarints(bytes, 1, 5)).toBe(10)
  })
})
