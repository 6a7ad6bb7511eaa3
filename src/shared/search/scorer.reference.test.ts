/**
 * The index's ranking against a plain reference scorer written straight from the formula
 * (BM25F per field, any-word tiers, the share of words matched, proximity over the best hits),
 * which reads analysed text and counts by hand: no postings, no scratch, no caches. The engine's
 * decoded postings, generation stamps and reused buffers must rank exactly as this does.
 */
import { describe, expect, it } from 'vitest'
import { analyse, type Term } from '../text/analyse'
import { parseQuery, type QueryClause } from './query'
import { SearchIndex } from './searchIndex'
import { FIELD_BOOST, FIELD_LANG, FIELD_NAMES, type SearchDoc } from './types'
import { rng } from '../../testSupport/seededRandom'


const WORDS = (
  'سازمان فناوری اطلاعات مرکز ملی فضای مجازی نمایشگاه الکامپ تهران وزیر ارتباطات اینترنت ' +
  'تراکنش‌ها کسب‌وکار پیام‌رسان شرکت دانش‌بنیان بین‌المللی بانک مرکزی رئیس كاربران داده‌ها ' +
  'بودجه قانون ۱۴۰۳ استارتاپ هوش مصنوعی فیلترینگ سکو صادرات نرم‌افزار سخت‌افزار'
).split(' ')

const pick = <T,>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
const words = (next: () => number, n: number): string => Array.from({ length: n }, () => pick(next, WORDS)).join(' ')

function corpus(next: () => number, count: number): SearchDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    fields: {
      title: words(next, 2 + Math.floor(next() * 6)),
      lead: next() < 0.5 ? words(next, 4 + Math.floor(next() * 10)) : undefined,
      body: words(next, 10 + Math.floor(next() * 60)),
      summaryFa: next() < 0.3 ? words(next, 8) : undefined
    },
    meta: {}
  }))
}

const K1 = 1.2
const POS_LIMIT = 1 << 20
const FULL = 1e6

/** The formula, evaluated the slow way. Queries here have no prefixes (they end in a space). */
function referenceRanking(docs: SearchDoc[], query: string, limit: number): { id: string; score: number }[] {
  const analysed = docs.map((d) => FIELD_NAMES.map((f) => (d.fields[f] ? analyse(d.fields[f] as string, FIELD_LANG[f]) : [])))
  const n = docs.length
  const avg = FIELD_NAMES.map((_, f) => Math.max(1, analysed.reduce((s, fields) => s + (fields[f] as Term[]).length, 0) / n))
  const df = new Map<string, number>()
  for (const fields of analysed) for (const term of new Set(fields.flat().map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1)
  const termScore = (doc: number, term: string): number => {
    let tfw = 0
    FIELD_NAMES.forEach((name, f) => {
      const terms = analysed[doc]?.[f] as Term[]
      const tf = terms.filter((t) => t.term === term).length
      const b = name === 'title' ? 0.5 : 0.75
      if (tf > 0) tfw += (FIELD_BOOST[name] * tf) / (1 - b + (b * terms.length) / (avg[f] as number))
    })
    if (tfw === 0) return 0
    const dfT = df.get(term) ?? 0
    return Math.log(1 + (n - dfT + 0.5) / (dfT + 0.5)) * ((tfw * (K1 + 1)) / (tfw + K1))
  }
  const matches = (doc: number, clause: QueryClause): boolean => {
    const [first, ...rest] = clause.terms
    if (!first) return false
    return (analysed[doc] as Term[][]).some((terms) => terms.some((t) => t.term === first.term &&
      rest.every((q) => terms.some((o) => o.term === q.term && o.pos === t.pos + q.offset - first.offset))))
  }
  const parsed = parseQuery(query)
  // Clauses with a word the corpus lacks drop out, as in the index (a required one empties the result).
  const known = (c: QueryClause): boolean => c.terms.every((t) => df.has(t.term))
  if (parsed.must.some((c) => c.required && !known(c))) return []
  const clauses = parsed.must.filter(known)
  const positive = parsed.must.filter((c) => c.terms.length > 0).length
  const ranked: { doc: number; key: number }[] = []
  for (let d = 0; d < n; d++) {
    const hit = clauses.filter((c) => matches(d, c))
    if (hit.length === 0 || clauses.some((c) => c.required && !hit.includes(c))) continue
    if (parsed.not.some((c) => matches(d, c))) continue
    const score = hit.reduce((s, c) => s + c.terms.reduce((p, t) => p + termScore(d, t.term), 0), 0)
    ranked.push({ doc: d, key: (hit.length >= positive ? FULL : 0) + score * (hit.length / Math.max(1, positive)) })
  }
  ranked.sort((a, b) => b.key - a.key || a.doc - b.doc)
  const window = ranked.slice(0, Math.max(limit, 100))
  if (clauses.length >= 2) {
    const positions = (doc: number, term: string): number[] =>
      (analysed[doc] as Term[][]).flatMap((terms, f) => terms.filter((t) => t.term === term).map((t) => f * POS_LIMIT + Math.min(t.pos, POS_LIMIT - 1)))
    for (const r of window) {
      let sum = 0
      for (let c = 0; c + 1 < clauses.length; c++) {
        const a = positions(r.doc, (clauses[c] as QueryClause).terms[0]?.term ?? '')
        const b = positions(r.doc, (clauses[c + 1] as QueryClause).terms[0]?.term ?? '')
        let best = 0
        for (const x of a) for (const y of b) {
          if (Math.floor(x / POS_LIMIT) !== Math.floor(y / POS_LIMIT) || x === y) continue
          best = Math.max(best, (y > x ? 1 : 0.6) / Math.abs(y - x))
        }
        sum += best
      }
      const tier = r.key >= FULL ? FULL : 0
      r.key = tier + (r.key - tier) * (1 + 0.5 * (sum / (clauses.length - 1)))
    }
    window.sort((a, b) => b.key - a.key || a.doc - b.doc)
  }
  return window.slice(0, limit).map((r) => ({ id: docs[r.doc]?.id as string, score: r.key - (r.key >= FULL ? FULL : 0) }))
}

describe('ranking against a reference scorer', () => {
  it('gives the same hits, order and scores on 150 random queries', () => {
    const next = rng(2026)
    const docs = corpus(next, 120)
    const index = SearchIndex.build(docs)
    const text = (d: SearchDoc): string => d.fields.body ?? ''
    let compared = 0
    for (let q = 0; q < 150; q++) {
      const parts: string[] = [pick(next, WORDS)]
      for (let c = 0; c < Math.floor(next() * 4); c++) {
        const r = next()
        if (r < 0.6) parts.push(pick(next, WORDS))
        else if (r < 0.75) parts.push('+' + pick(next, WORDS))
        else if (r < 0.85) parts.push('-' + pick(next, WORDS))
        else {
          const body = text(pick(next, docs)).split(' ')
          const at = Math.floor(next() * (body.length - 2))
          parts.push(`"${body.slice(at, at + 2).join(' ')}"`)
        }
      }
      const query = parts.join(' ') + ' '
      const expected = referenceRanking(docs, query, 30)
      const actual = index.search(query, { limit: 30 }).hits
      expect(actual.map((h) => h.id), query).toEqual(expected.map((e) => e.id))
      actual.forEach((h, i) => expect(h.score, query).toBeCloseTo(expected[i]?.score as number, 9))
      if (expected.length > 1) compared++
    }
    expect(compared).toBeGreaterThan(100)
  }, 120_000)
})
