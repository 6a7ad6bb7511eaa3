/** The engines compared by the benchmark, all fed the same analyser. */
import MiniSearch from 'minisearch'
import FlexSearch from 'flexsearch'

type FlexIndex = InstanceType<typeof FlexSearch.Index>
import { analyseTerms } from '../src/shared/text/analyse'
import { parseQuery } from '../src/shared/search/query'
import { SearchIndex } from '../src/shared/search/searchIndex'
import { snapshotByteLength, type SearchIndexSnapshot } from '../src/shared/search/snapshot'
import type { SearchDoc } from '../src/shared/search/types'

export interface Engine {
  name: string
  /** Why results may differ from ours (query features it lacks). */
  note: string
  build(docs: SearchDoc[]): void
  /** Returns the saved size in bytes. */
  save(): number
  load(): void
  /** Returns the number of hits (top 50 for ranked engines). */
  search(query: string): number
  /** The same query with every cache dropped first (engines without caches leave it out). */
  searchCold?(query: string): number
  release(): void
}

/** What the benchmark needs of a SearchIndex class (ours now, or an older checkout's with --before). */
export interface IndexClass {
  build(docs: SearchDoc[]): SearchIndexLike
  load(s: SearchIndexSnapshot): SearchIndexLike
}
interface SearchIndexLike {
  serialize(): SearchIndexSnapshot
  search(q: string, o: { limit: number }): { hits: unknown[] }
}

const allText = (d: SearchDoc): string => Object.values(d.fields).filter(Boolean).join('\n')

export function ours(Index: IndexClass = SearchIndex as unknown as IndexClass, name = 'ours'): Engine {
  let index: SearchIndexLike | null = null
  let snapshot: SearchIndexSnapshot | null = null
  // Everything a query leaves behind: decoded lists, and what is derived from the streams
  // (position checkpoints, doc bitsets, tf bounds), as after a fresh load.
  const dropCaches = (): void => {
    const internals = index as unknown as { scorer?: { invalidate?: () => void }; postings?: { dropDerived?: () => void } }
    internals.scorer?.invalidate?.()
    internals.postings?.dropDerived?.()
  }
  return {
    name,
    note: 'BM25F, phrases, exclusions, prefix, offsets',
    build: (docs) => { index = Index.build(docs) },
    save: () => { snapshot = index!.serialize(); return snapshotByteLength(snapshot) },
    load: () => { index = Index.load(snapshot!); snapshot = null },
    search: (q) => index!.search(q, { limit: 50 }).hits.length,
    searchCold: (q) => { dropCaches(); return index!.search(q, { limit: 50 }).hits.length },
    release: () => { index = null; snapshot = null }
  }
}

const FIELDS = ['title', 'lead', 'body', 'summaryFa', 'summaryEn']

export function minisearch(): Engine {
  const options = {
    fields: FIELDS,
    extractField: (doc: SearchDoc, field: string) => (field === 'id' ? doc.id : (doc.fields as Record<string, string | undefined>)[field] ?? ''),
    tokenize: (text: string) => analyseTerms(text),
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (q: string) => q.split(' ').filter(Boolean), boost: { title: 4, lead: 2, summaryFa: 1.5, summaryEn: 1.5 } }
  }
  let ms: MiniSearch<SearchDoc> | null = new MiniSearch<SearchDoc>(options)
  let json = ''
  return {
    name: 'minisearch',
    note: 'phrases run as AND',
    build: (docs) => { ms = new MiniSearch<SearchDoc>(options); ms.addAll(docs) },
    save: () => { json = JSON.stringify(ms); return Buffer.byteLength(json) },
    load: () => { ms = MiniSearch.loadJSON<SearchDoc>(json, options); json = '' },
    search: (q) => {
      const parsed = parseQuery(q)
      const must = parsed.must.flatMap((c) => c.terms)
      if (must.length === 0) return 0
      const positive = { combineWith: 'AND' as const, queries: must.map((t) => ({ queries: [t.term], prefix: t.prefix })) }
      const nots = parsed.not.flatMap((c) => c.terms.map((t) => t.term))
      const query = nots.length ? { combineWith: 'AND_NOT' as const, queries: [positive, { queries: nots, combineWith: 'OR' as const }] } : positive
      return ms!.search(query as never).slice(0, 50).length
    },
    release: () => { ms = null; json = '' }
  }
}

export function flexsearch(): Engine {
  const make = (): FlexIndex => new FlexSearch.Index({ tokenize: 'strict', encode: (text: string) => analyseTerms(text) } as never)
  let index: FlexIndex | null = make()
  let saved = new Map<string, string>()
  return {
    name: 'flexsearch',
    note: 'one merged field, no BM25, no prefix/phrase/offsets',
    build: (docs) => { index = make(); docs.forEach((d, i) => index!.add(i, allText(d))) },
    save: () => {
      saved = new Map()
      index!.export((key: string, data: string) => { if (data !== undefined) saved.set(key, data) })
      let bytes = 0
      for (const v of saved.values()) bytes += Buffer.byteLength(v)
      return bytes
    },
    load: () => { index = make(); for (const [k, v] of saved) index.import(k, v); saved = new Map() },
    search: (q) => {
      const parsed = parseQuery(q)
      const terms = parsed.must.flatMap((c) => c.terms.map((t) => t.term))
      if (terms.length === 0) return 0
      let hits = index!.search(terms.join(' '), { limit: 1000 }) as (string | number)[]
      for (const c of parsed.not) {
        const out = new Set(index!.search(c.terms.map((t) => t.term).join(' '), { limit: 100000 }) as (string | number)[])
        hits = hits.filter((h) => !out.has(h))
      }
      return Math.min(50, hits.length)
    },
    release: () => { index = null; saved = new Map() }
  }
}

/** Scans every document's analysed terms: the no-index baseline. */
export function linearScan(): Engine {
  let keys: string[] = []
  return {
    name: 'linear scan',
    note: 'no ranking; terms pre-analysed',
    build: (docs) => { keys = docs.map((d) => ` ${analyseTerms(allText(d)).join(' ')} `) },
    save: () => keys.reduce((n, k) => n + Buffer.byteLength(k), 0),
    load: () => {},
    search: (q) => {
      const parsed = parseQuery(q)
      const needles = parsed.must.map((c) => ' ' + c.terms.map((t) => t.term).join(' ') + (c.terms.some((t) => t.prefix) ? '' : ' '))
      const nots = parsed.not.map((c) => ' ' + c.terms.map((t) => t.term).join(' ') + ' ')
      let count = 0
      for (const k of keys) if (needles.every((n) => k.includes(n)) && !nots.some((n) => k.includes(n))) count++
      return Math.min(50, count)
    },
    release: () => { keys = [] }
  }
}
