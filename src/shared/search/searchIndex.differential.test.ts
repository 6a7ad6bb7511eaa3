/**
 * Seeded differential test: thousands of random queries (words, prefixes, phrases, +words,
 * exclusions, filters) over a generated corpus, SearchIndex.search against the reference
 * evaluator matchesQuery applied field by field. A failure prints the seed's query to replay.
 */
import { describe, expect, it } from 'vitest'
import { analyse } from '../text/analyse'
import { matchesQuery } from './hits'
import { parseQuery, type QueryClause } from './query'
import { SearchIndex } from './searchIndex'
import { FIELD_LANG, FIELD_NAMES, type SearchDoc, type SearchFilters } from './types'
import { rng } from '../../testSupport/seededRandom'


// Words in the shapes news text has: plurals, half-spaces, compounds, Arabic letters, digits.
const WORDS = (
  'سازمان فناوری اطلاعات مرکز ملی فضای مجازی نمایشگاه الکامپ تهران وزیر ارتباطات اینترنت ' +
  'تراکنش‌ها تراکنشها کسب‌وکار کسب‌وکارهای پیام‌رسان شرکت‌های شرکت دانش‌بنیان بین‌المللی ' +
  'ماه ماهی گرم کرم بانک مرکزی رئیس رییس كاربران کاربر داده‌ها بودجه قانون ۱۴۰۳ 1403 ٢٦ ۲۶ ' +
  'می‌شود میشود استارتاپ هوش مصنوعی فیلترینگ سکو'
).split(' ')
const EN_WORDS = 'internet company startup market filtering the of digital bank growth'.split(' ')
const SOURCES = ['isna', 'irna', 'zoomit', 'digiato']
const TAGS = ['policy', 'elecomp', 'economy', 'ai']
const COLOURS = ['yellow', 'green', 'blue']

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T
}

function sentence(next: () => number, n: number, words = WORDS): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    let w = pick(next, words)
    const r = next()
    if (r < 0.08) w = w.replaceAll('\u200c', ' ') // spaced half-space
    else if (r < 0.14) w = w.replaceAll('ی', 'ي').replaceAll('ک', 'ك')
    out.push(w)
  }
  return out.join(next() < 0.2 ? '، ' : ' ')
}

function generateDocs(next: () => number, count: number): SearchDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `doc${i}`,
    fields: {
      title: sentence(next, 2 + Math.floor(next() * 5)),
      lead: next() < 0.6 ? sentence(next, 5 + Math.floor(next() * 8)) : undefined,
      body: sentence(next, 10 + Math.floor(next() * 40)),
      summaryEn: next() < 0.5 ? sentence(next, 6, EN_WORDS) : undefined,
      notes: next() < 0.2 ? sentence(next, 4) : undefined
    },
    meta: {
      date: next() < 0.9 ? 14000101 + Math.floor(next() * 40000) : undefined,
      source: next() < 0.9 ? pick(next, SOURCES) : undefined,
      tags: TAGS.filter(() => next() < 0.3),
      colours: COLOURS.filter(() => next() < 0.2),
      hasNotes: next() < 0.3
    }
  }))
}

/** A phrase taken from a document, so phrases do match sometimes. */
function phraseFrom(next: () => number, doc: SearchDoc): string {
  const words = (doc.fields.body ?? '').split(/[\s،]+/).filter(Boolean)
  const len = 2 + Math.floor(next() * 2)
  const at = Math.floor(next() * Math.max(1, words.length - len))
  return words.slice(at, at + len).join(' ')
}

function generateQuery(next: () => number, docs: SearchDoc[]): { query: string; filters?: SearchFilters } {
  const parts: string[] = []
  const clauses = 1 + Math.floor(next() * 4)
  for (let c = 0; c < clauses; c++) {
    const r = next()
    if (r < 0.45) parts.push(pick(next, WORDS))
    else if (r < 0.6) parts.push(`"${phraseFrom(next, pick(next, docs))}"`)
    else if (r < 0.7) parts.push('+' + pick(next, WORDS))
    else if (r < 0.8) parts.push('-' + pick(next, WORDS))
    else if (r < 0.85) parts.push(`-"${phraseFrom(next, pick(next, docs))}"`)
    else if (r < 0.92) parts.push(pick(next, EN_WORDS))
    else parts.push(`"${pick(next, WORDS)}"`)
  }
  let query = parts.join(' ')
  if (next() < 0.4) {
    // Still typing: the last word is cut short and becomes a prefix. Cut within its stem: past it
    // (تراکنشه) the index also finds the stem's other forms seen anywhere in the corpus, which a
    // reference judging one text alone cannot know.
    const word = pick(next, WORDS)
    const stemLength = analyse(word)[0]?.term.length ?? word.length
    query += ' ' + word.slice(0, 1 + Math.floor(next() * Math.min(word.length, stemLength)))
  } else query += ' '
  if (next() < 0.6) return { query }
  const filters: SearchFilters = {}
  if (next() < 0.5) {
    filters.dateFrom = 14000101 + Math.floor(next() * 20000)
    filters.dateTo = filters.dateFrom + Math.floor(next() * 30000)
  }
  if (next() < 0.4) filters.sources = SOURCES.filter(() => next() < 0.5)
  if (next() < 0.3) filters.tags = [pick(next, TAGS)]
  if (next() < 0.2) filters.colours = [pick(next, COLOURS)]
  if (next() < 0.2) filters.hasNotes = next() < 0.5
  return { query, filters }
}

function passesFilters(doc: SearchDoc, f: SearchFilters | undefined): boolean {
  if (!f) return true
  const { date, source, tags = [], colours = [], hasNotes = false } = doc.meta
  if (f.dateFrom !== undefined && !(date !== undefined && date >= f.dateFrom)) return false
  if (f.dateTo !== undefined && !(date !== undefined && date <= f.dateTo)) return false
  if (f.sources && !(source !== undefined && f.sources.includes(source))) return false
  if (f.tags && !f.tags.every((t) => tags.includes(t))) return false
  if (f.colours && !f.colours.some((c) => colours.includes(c))) return false
  if (f.hasNotes !== undefined && hasNotes !== f.hasNotes) return false
  return true
}

describe('SearchIndex against the reference matchesQuery', () => {
  const SEED = 1403
  const next = rng(SEED)
  const docs = generateDocs(next, 160)
  const index = SearchIndex.build(docs)
  // The reference judges one clause in one field at a time, as the index does; memoised per clause.
  const cache = new Map<string, Set<string>>()
  const docsMatching = (clause: QueryClause): Set<string> => {
    const key = JSON.stringify(clause)
    let set = cache.get(key)
    if (!set) {
      const single = { must: [clause], not: [] }
      set = new Set(docs.filter((d) => FIELD_NAMES.some((f) => {
        const text = d.fields[f]
        return text !== undefined && matchesQuery(single, text, FIELD_LANG[f])
      })).map((d) => d.id))
      cache.set(key, set)
    }
    return set
  }

  it('agrees on 3000 random queries, in both matching modes', () => {
    let nonEmpty = 0
    let phraseCombos = 0
    for (let q = 0; q < 3000; q++) {
      const { query, filters } = generateQuery(next, docs)
      const parsed = parseQuery(query)
      const excluded = new Set(parsed.not.flatMap((c) => [...docsMatching(c)]))
      const eligible = docs.filter((d) => passesFilters(d, filters) && !excluded.has(d.id))
      const matchedBy = new Map(eligible.map((d) => [d.id, parsed.must.filter((c) => docsMatching(c).has(d.id))]))
      const has = (id: string, c: QueryClause): boolean => docsMatching(c).has(id)
      const expectAll = parsed.must.length === 0
        ? eligible.map((d) => d.id)
        : eligible.filter((d) => parsed.must.every((c) => has(d.id, c))).map((d) => d.id)
      const expectAny = parsed.must.length === 0
        ? expectAll
        : eligible.filter((d) => parsed.must.some((c) => has(d.id, c)) &&
            parsed.must.every((c) => !c.required || has(d.id, c))).map((d) => d.id)

      const all = index.search(parsed, { filters, limit: docs.length, match: 'all' })
      const any = index.search(parsed, { filters, limit: docs.length })
      const context = `seed ${SEED}, query #${q}: ${JSON.stringify(query)} ${JSON.stringify(filters ?? {})}`
      expect(all.hits.map((h) => h.id).sort(), context).toEqual([...expectAll].sort())
      expect(all.total, context).toBe(expectAll.length)
      expect(any.hits.map((h) => h.id).sort(), context).toEqual([...expectAny].sort())
      // Never loses what every-word matching finds, and ranks those hits first.
      const full = new Set(expectAll)
      const head = any.hits.slice(0, full.size).map((h) => h.id)
      if (parsed.must.length > 0) expect(head.every((id) => full.has(id)), context).toBe(true)
      for (const h of any.hits) expect((matchedBy.get(h.id) ?? []).length > 0 || parsed.must.length === 0, context).toBe(true)
      if (expectAny.length > 0) nonEmpty++
      if (parsed.must.some((c) => c.phrase) && parsed.must.length > 1 && expectAll.length > 0) phraseCombos++
    }
    // The generator must exercise what it claims to.
    expect(nonEmpty).toBeGreaterThan(1500)
    expect(phraseCombos).toBeGreaterThan(50)
  }, 180_000)

  it('finds the same after a serialise/load round trip and after removals', () => {
    const copy = SearchIndex.build(docs)
    for (const d of docs.slice(0, 40)) copy.remove(d.id)
    const loaded = SearchIndex.load(copy.serialize())
    const local = rng(7)
    for (let q = 0; q < 300; q++) {
      const { query, filters } = generateQuery(local, docs)
      const a = copy.search(query, { filters, limit: 200 })
      const b = loaded.search(query, { filters, limit: 200 })
      expect(b.hits.map((h) => h.id), query).toEqual(a.hits.map((h) => h.id))
      expect(a.hits.some((h) => Number(h.id.slice(3)) < 40), query).toBe(false)
    }
  }, 60_000)
})
