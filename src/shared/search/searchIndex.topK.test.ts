/**
 * A word being typed (one prefix, its expansions) takes a pruned path: only the expansions that
 * can reach the page are scored, the others only counted. Checked on a generated corpus with
 * many expansions per prefix against (1) the same query asked for every hit (nothing to prune)
 * and (2) a plain evaluation of the formula from analysed text: same page, order, scores,
 * fields (so snippets) and total, also with exclusions, filters, offsets, removals and additions.
 */
import { describe, expect, it } from 'vitest'
import { analyse, type Term } from '../text/analyse'
import { parseQuery } from './query'
import { SearchIndex } from './searchIndex'
import { FIELD_BOOST, FIELD_LANG, FIELD_NAMES, type FieldName, type SearchDoc, type SearchFilters } from './types'
import { rng, syllableWords } from '../../testSupport/seededRandom'

const SYLLABLES = 'با بی تا تو را ری دا دی ما می نا نی سا سی کا کی لا لو شا شی'.split(' ')
const FINALS = 'ن ر د م ت ش ک ل س ب'.split(' ')

function vocabulary(next: () => number): string[] {
  return syllableWords(next, 500, SYLLABLES, FINALS)
}

function corpus(next: () => number, vocab: string[], count: number, from = 0): SearchDoc[] {
  // Zipf-like: a few words in most docs, a long tail in few; titles and leads weigh more.
  const word = (): string => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length * next() ** 3))] as string
  const words = (n: number): string => Array.from({ length: n }, word).join(' ')
  return Array.from({ length: count }, (_, i) => ({
    id: `d${from + i}`,
    fields: {
      title: words(2 + Math.floor(next() * 5)),
      lead: next() < 0.5 ? words(5 + Math.floor(next() * 10)) : undefined,
      body: words(20 + Math.floor(next() * 80))
    },
    meta: { date: 14000101 + Math.floor(next() * 30000), source: next() < 0.5 ? 'isna' : 'irna' }
  }))
}

const K1 = 1.2

/**
 * The formula for a one-prefix query, evaluated from analysed text; null past 32 expansions (the
 * index then keeps the most frequent 32, a choice this reference does not repeat).
 */
const analysedCache = new WeakMap<SearchDoc[], Term[][][]>()
function referenceScores(docs: SearchDoc[], query: string): Map<string, number> | null {
  const analysed = analysedCache.get(docs) ?? docs.map((d) => FIELD_NAMES.map((f) => (d.fields[f] ? analyse(d.fields[f] as string, FIELD_LANG[f]) : [])))
  analysedCache.set(docs, analysed)
  const n = docs.length
  const avg = FIELD_NAMES.map((_, f) => Math.max(1, analysed.reduce((s, fields) => s + (fields[f] as Term[]).length, 0) / n))
  const df = new Map<string, number>()
  for (const fields of analysed) for (const term of new Set(fields.flat().map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1)
  const idf = (term: string): number => Math.log(1 + (n - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5))
  const typed = parseQuery(query).must[0]?.terms[0]
  if (!typed) return new Map()
  const expansions = new Set<string>()
  for (const fields of analysed) for (const t of fields.flat()) if (t.surface.startsWith(typed.surface) || t.term.startsWith(typed.surface)) expansions.add(t.term)
  const exact = df.has(typed.term)
  expansions.delete(typed.term)
  if (expansions.size > 32) return null
  const weighted: [string, number][] = [...(exact ? [[typed.term, 1] as [string, number]] : []),
    ...[...expansions].map((t): [string, number] => [t, exact ? 0.4 : 0.8])]
  const cap = exact ? idf(typed.term) : Infinity
  const scores = new Map<string, number>()
  docs.forEach((doc, d) => {
    let best = 0
    for (const [term, weight] of weighted) {
      let tfw = 0
      FIELD_NAMES.forEach((name, f) => {
        const terms = analysed[d]?.[f] as Term[]
        const tf = terms.filter((t) => t.term === term).length
        const b = name === 'title' ? 0.5 : 0.75
        if (tf > 0) tfw += (FIELD_BOOST[name] * tf) / (1 - b + (b * terms.length) / (avg[f] as number))
      })
      if (tfw > 0) best = Math.max(best, Math.min(idf(term), cap) * weight * ((tfw * (K1 + 1)) / (tfw + K1)))
    }
    if (best > 0) scores.set(doc.id, best)
  })
  return scores
}

/** How many expansions the last search left unscored (the pruned path's own count). */
const unscored = (index: SearchIndex): number => (index as unknown as { scorer: { pending: number[] } }).scorer.pending.length

describe('the pruned path for a word being typed', () => {
  const next = rng(4242)
  const vocab = vocabulary(next)
  const docs = corpus(next, vocab, 1500)
  const byId = new Map(docs.map((d) => [d.id, d]))
  const getText = (id: string, field: FieldName): string | undefined => byId.get(id)?.fields[field]

  function randomQuery(): { query: string; filters?: SearchFilters; offset: number; limit: number } {
    const w = vocab[Math.floor(vocab.length * next() ** 2)] as string
    let query = w.slice(0, 2 + Math.floor(next() * 2))
    if (next() < 0.25) query = `-${vocab[Math.floor(next() * 40)] as string} ${query}`
    const filters: SearchFilters | undefined = next() < 0.25 ? { sources: ['isna'] } : next() < 0.1 ? { dateFrom: 14010101 } : undefined
    return { query, filters, offset: next() < 0.3 ? Math.floor(next() * 40) : 0, limit: 1 + Math.floor(next() * 20) }
  }

  it('gives the page of the full ranking, with its total and fields', () => {
    const index = SearchIndex.build(docs)
    let pruned = 0
    for (let q = 0; q < 400; q++) {
      const { query, filters, offset, limit } = randomQuery()
      // Asked for everything first: nothing can be pruned, and every list gets decoded (bounds known).
      const full = index.search(query, { filters, limit: docs.length })
      const page = index.search(query, { filters, offset, limit, getText })
      // Snippets follow from the fields and the text; the full ranking is compared without them.
      expect(page.hits.every((h) => h.snippets.length > 0)).toBe(true)
      for (const h of page.hits) h.snippets = []
      if (unscored(index) > 0) pruned++
      const context = `${query} ${JSON.stringify(filters)} offset ${offset} limit ${limit}`
      expect(page.total, context).toBe(full.total)
      expect(page.hits, context).toEqual(full.hits.slice(offset, offset + limit))
    }
    // Most queries must actually take the pruned route, or this test shows nothing.
    expect(pruned).toBeGreaterThan(200)
  }, 120_000)

  it('scores as the formula does', () => {
    const index = SearchIndex.build(docs)
    let checked = 0
    for (let q = 0; q < 80; q++) {
      const word = vocab[Math.floor(vocab.length * next() ** 2)] as string
      const query = word.slice(0, Math.min(word.length - 1, 3))
      index.search(query, { limit: docs.length })
      const expected = referenceScores(docs, query)
      if (!expected) continue
      const page = index.search(query, { limit: 10 })
      expect(page.total, query).toBe(expected.size)
      const ranked = [...expected].sort((a, b) => b[1] - a[1] || Number(a[0].slice(1)) - Number(b[0].slice(1))).slice(0, 10)
      expect(page.hits.map((h) => h.id), query).toEqual(ranked.map(([id]) => id))
      page.hits.forEach((h, i) => expect(h.score, query).toBeCloseTo(ranked[i]?.[1] as number, 9))
      if (unscored(index) > 0) checked++
    }
    expect(checked).toBeGreaterThan(30)
  }, 120_000)

  it('stays exact after removals and additions (bounds of changed terms are not trusted)', () => {
    const index = SearchIndex.build(docs)
    const local = rng(9)
    const extra = corpus(local, vocab, 300, 5000)
    let pruned = 0
    for (let round = 0; round < 6; round++) {
      for (let q = 0; q < 40; q++) {
        const { query, filters, offset, limit } = randomQuery()
        // The page first: it runs on bounds recorded before the last change.
        const page = index.search(query, { filters, offset, limit })
        if (unscored(index) > 0) pruned++
        const full = index.search(query, { filters, limit: 5000 })
        expect(page.total, query).toBe(full.total)
        expect(page.hits, query).toEqual(full.hits.slice(offset, offset + limit))
      }
      // Remove some docs (tombstones), add others (longer lists, new averages).
      for (let i = 0; i < 60; i++) index.remove(`d${Math.floor(local() * docs.length)}`)
      for (const d of extra.slice(round * 50, round * 50 + 50)) index.add(d)
      if (round === 3) index.compact()
    }
    expect(pruned).toBeGreaterThan(50)
  }, 120_000)

  it('leaves withheld documents (a prebuilt index during its first import) out of the page and the total', () => {
    const index = SearchIndex.build(docs)
    const local = rng(77)
    const withheld = new Set(docs.filter(() => local() < 0.4).map((d) => d.id))
    index.withhold(withheld)
    let pruned = 0
    for (let q = 0; q < 200; q++) {
      const { query, filters, offset, limit } = randomQuery()
      const page = index.search(query, { filters, offset, limit })
      if (unscored(index) > 0) pruned++
      const full = index.search(query, { filters, limit: docs.length })
      expect(full.hits.some((h) => withheld.has(h.id)), query).toBe(false)
      expect(page.total, query).toBe(full.total)
      expect(page.hits, query).toEqual(full.hits.slice(offset, offset + limit))
      // The total counts exactly the released docs that match: withholding nothing adds them back.
      if (q % 20 === 0) {
        const open = SearchIndex.build(docs)
        const all = open.search(query, { filters, limit: docs.length })
        expect(full.total, query).toBe(all.hits.filter((h) => !withheld.has(h.id)).length)
      }
    }
    expect(pruned).toBeGreaterThan(50)
  }, 120_000)
})
