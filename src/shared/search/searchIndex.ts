import { ANALYSER_VERSION } from '../text/analyse'
import { DocTable } from './docTable'
import { findHitRanges, makeSnippet } from './hits'
import { NF, PostingStore } from './postings'
import { parseQuery, type ParsedQuery, type QueryClause } from './query'
import { Scorer, type Part, type ResolvedClause } from './scorer'
import { checkSnapshot, decodeStrings, encodeStrings, joinParts, type BytePieces, type SearchIndexSnapshot, type SnapshotParts } from './snapshot'
import { runToEnd, type Steps } from './steps'
import { TextStore } from './textStore'
import { topK } from './topK'
import { FIELD_LANG, FIELD_NAMES, type FieldName, type SearchDoc, type SearchHit, type SearchOptions,
  type SearchResult, type Snippet, type TextLookup } from './types'

/** A word that merely starts with what is being typed ranks below the word itself. */
const PREFIX_WEIGHT = 0.8
/** …and further below when what is typed is already an indexed word (اینترنت → اینترنتی). */
const PREFIX_WEIGHT_AFTER_WORD = 0.4
/** Docs with every word rank above all others; this keeps the tiers apart in one sort key. */
const FULL_MATCH_TIER = 1e6
/** How many of the best hits proximity may reorder (it reads positions, so not all of them). */
const PROXIMITY_WINDOW = 100
/** Words side by side in query order add up to this fraction of the score. */
const PROXIMITY_WEIGHT = 0.5

/**
 * Purpose-built inverted index: the term dictionary and postings (PostingStore), per-document
 * facts and filters (DocTable), BM25F scoring with its scratch (Scorer) and a top-k heap.
 * Tombstoned deletes with compaction. Document texts are not stored: snippets come from getText.
 */
export class SearchIndex {
  private postings = new PostingStore()
  private docs = new DocTable()
  private scorer = new Scorer(this.postings, this.docs)
  private rankKey = new Float64Array(0)
  /** The field texts, for snippets without a database read; kept when asked for (keepText). */
  private texts: TextStore | null

  constructor(options: { keepText?: boolean } = {}) {
    this.texts = options.keepText ? new TextStore() : null
  }

  static build(docs: Iterable<SearchDoc>, options: { keepText?: boolean } = {}): SearchIndex {
    const index = new SearchIndex(options)
    index.addAll(docs)
    return index
  }

  /**
   * Adds documents like add, one after another, with their postings written in batches (several
   * times faster than one at a time: each term's streams are touched once per batch, not per doc).
   */
  addAll(docs: Iterable<SearchDoc>): void {
    // Nothing reads the postings until this returns.
    for (const doc of docs) this.insert(doc, false)
    this.postings.endBatch()
  }

  get size(): number {
    return this.docs.live
  }

  has(id: string): boolean {
    return this.docs.docIndex.has(id)
  }

  /**
   * Keeps documents out of every answer (still indexed, counted in `size`) until released: a
   * prebuilt index loaded before all its articles are stored answers only with what can be opened.
   * Returns how many were withheld now. An index with withheld documents does not serialise.
   */
  withhold(ids: Iterable<string>): number {
    let n = 0
    for (const id of ids) {
      const d = this.docs.docIndex.get(id)
      if (d !== undefined && this.docs.setWithheld(d, true)) n++
    }
    return n
  }

  /** Lets a withheld document answer again; false when it was not withheld (or is unknown). */
  release(id: string): boolean {
    const d = this.docs.docIndex.get(id)
    return d !== undefined && this.docs.setWithheld(d, false)
  }

  /** How many documents are withheld. */
  get withheldCount(): number {
    return this.docs.withheldCount
  }

  /** Ids of the live documents, withheld ones included. */
  ids(): string[] {
    const out: string[] = []
    for (let d = 0; d < this.docs.count; d++) if (!this.docs.deleted[d]) out.push(this.docs.ids[d] as string)
    return out
  }

  /** The `count` terms in the most documents, of at least `minLength` letters, numbers left out. */
  frequentTerms(count: number, minLength: number): string[] {
    const { terms, df } = this.postings
    const eligible: number[] = []
    terms.forEach((term, t) => {
      if (term.length >= minLength && !/\d/.test(term)) eligible.push(t)
    })
    // Ties go to the term indexed first, as topK breaks them (which may give more than `count` back).
    return topK(eligible, Float64Array.from(df), count).slice(0, count).map((t) => terms[t] as string)
  }

  /** Ids of the withheld documents. */
  withheldIds(): string[] {
    const out: string[] = []
    for (let d = 0; d < this.docs.count; d++) if (this.docs.withheld[d]) out.push(this.docs.ids[d] as string)
    return out
  }

  /** Adds a document; an existing id is replaced. */
  add(doc: SearchDoc): void {
    this.insert(doc, true)
  }

  /** Adds a document, its postings written now or (`now` false) in the store's batch. */
  private insert(doc: SearchDoc, now: boolean): void {
    if (this.docs.docIndex.has(doc.id)) this.remove(doc.id)
    const next = this.docs.count
    const lengths = FIELD_NAMES.map((name, f) => {
      const text = doc.fields[name]
      return text ? this.postings.appendField(next, f, text, FIELD_LANG[name]) : 0
    })
    const d = this.docs.append(doc.id, lengths, doc.meta)
    if (d !== next) throw new Error('search index: a document was numbered out of turn')
    if (now) this.postings.flush()
    else this.postings.endDoc()
    this.texts?.set(d, doc.fields)
    this.scorer.invalidate()
  }

  update(doc: SearchDoc): void {
    this.add(doc)
  }

  remove(id: string): boolean {
    if (this.docs.remove(id) === undefined) return false
    this.scorer.invalidate()
    if (this.docs.deletedCount > 1000 && this.docs.deletedCount > this.docs.count / 4) this.compact()
    return true
  }

  /**
   * Ranked any-word search: a hit contains at least one word (and every +word, quoted word and
   * phrase, none of the -words). Hits with every word come first; then by BM25F × the share of
   * words matched, raised when the words sit close together in the typed order.
   * `match: 'all'` requires every word, as the reference evaluator matchesQuery does.
   */
  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
    const parsed = typeof query === 'string' ? parseQuery(query) : query
    this.scorer.prepare()
    const filter = options.filters || this.docs.withheldCount > 0 ? this.docs.filterMask(options.filters ?? {}) : null
    const all = options.match === 'all'
    const required: ResolvedClause[] = []
    const optional: ResolvedClause[] = []
    for (const [order, clause] of parsed.must.entries()) {
      const r = this.resolve(clause, order)
      if (r && (r.required || all)) required.push(r)
      else if (r) optional.push(r)
      else if (clause.required || all) return { total: 0, hits: [] }
    }
    required.sort((a, b) => a.cost - b.cost)
    const scored = parsed.must.length > 0
    if (scored && required.length + optional.length === 0) return { total: 0, hits: [] }
    const limit = options.limit ?? 50
    const offset = options.offset ?? 0
    const only = required.length + optional.length === 1 ? (required[0] ?? optional[0]) : undefined
    if (only && !only.phrase && only.parts.length === 1 && (only.parts[0] as Part).length > 1) {
      // One word being typed, with its expansions: only the terms that can reach the page are scored.
      const exclusions = parsed.not.map((c) => this.resolve({ ...c, terms: c.terms.map((t) => ({ ...t, prefix: false })) }, 0))
      const { docs, total } = this.scorer.matchTop(only, filter, exclusions.filter((r): r is ResolvedClause => r !== null), Math.max(offset + limit, PROXIMITY_WINDOW))
      this.rank(docs, parsed.must.filter((c) => c.terms.length > 0).length)
      const page = topK(docs, this.rankKey, Math.max(offset + limit, PROXIMITY_WINDOW)).slice(offset, offset + limit)
      this.scorer.completeMasks(page)
      return { total, hits: page.map((d) => this.toHit(d, true, parsed, options)) }
    }
    let candidates: Int32Array
    if (scored) candidates = this.scorer.match(required, optional, filter)
    else {
      candidates = Int32Array.from(this.docs.allByDateDesc(filter))
      this.scorer.admit(candidates)
    }
    for (const clause of parsed.not) {
      const r = this.resolve({ ...clause, terms: clause.terms.map((t) => ({ ...t, prefix: false })) }, 0)
      if (r) candidates = this.scorer.exclude(r, candidates)
    }

    let page: number[]
    if (scored) {
      const positive = parsed.must.filter((c) => c.terms.length > 0).length
      this.rank(candidates, positive)
      page = topK(candidates, this.rankKey, Math.max(offset + limit, PROXIMITY_WINDOW))
      const inOrder = [...required, ...optional].sort((a, b) => a.order - b.order)
      this.boostProximity(page, inOrder)
    } else page = Array.from(candidates.subarray(0, offset + limit))
    const hits = page.slice(offset, offset + limit).map((d) => this.toHit(d, scored, parsed, options))
    return { total: candidates.length, hits }
  }

  /** Rewrites postings without deleted documents (also done before serialising). */
  compact(): void {
    if (this.docs.deletedCount === 0) return
    const remap = this.docs.compactionMap()
    this.postings.compact(remap)
    this.docs.compact(remap)
    this.texts?.compact(remap)
    this.scorer.invalidate()
  }

  serialize(): SearchIndexSnapshot {
    return joinParts(runToEnd(this.snapshotSteps()))
  }

  /**
   * The snapshot in steps, its largest arrays (the posting and position streams, the texts) left
   * as pieces of the index's own buffers: valid until the index next changes, so a caller that
   * pauses between steps must hold changes back until it has written them (queries may run).
   */
  *snapshotSteps(): Steps<SnapshotParts> {
    if (this.docs.withheldCount > 0) throw new Error('an index with withheld documents is not saved: they may never be stored')
    this.compact()
    yield
    const p = this.postings
    const docs = this.docs
    const nt = p.terms.length
    const n = docs.count
    const streams = (bufs: Uint8Array[], lens: number[]): [BytePieces, Uint32Array] => {
      const ends = new Uint32Array(nt)
      let total = 0
      for (let t = 0; t < nt; t++) ends[t] = total += lens[t] as number
      return [{ count: nt, byteLength: total, piece: (t) => (bufs[t] as Uint8Array).subarray(0, lens[t]) }, ends]
    }
    const [postings, postingEnds] = streams(p.main, p.mainLen)
    const [positions, positionEnds] = streams(p.pos, p.posLen)
    const terms = encodeStrings(p.terms)
    yield
    // In code-unit order: a loaded index then expands prefixes without sorting them first.
    const surfaces = p.surfacesInOrder()
    const surfaceTerms = Uint32Array.from(surfaces, (surface) => p.surfaceToTerm.get(surface) as number)
    yield
    const surfaceBytes = encodeStrings(surfaces)
    yield
    const flatten = (lists: (number[] | undefined)[]): [Uint32Array, Uint32Array] => {
      const ends = new Uint32Array(n)
      const values: number[] = []
      for (let d = 0; d < n; d++) {
        values.push(...(lists[d] ?? []))
        ends[d] = values.length
      }
      return [ends, Uint32Array.from(values)]
    }
    const [tagEnds, tagValues] = flatten(docs.tags)
    const [colourEnds, colourValues] = flatten(docs.colours)
    const ids = encodeStrings(docs.ids)
    yield
    let texts: Pick<SnapshotParts, 'textChunks' | 'texts' | 'textEnds'> = {}
    if (this.texts) {
      const { pieces, ends } = this.texts.pieces(n)
      texts = { textChunks: encodeStrings(this.texts.chunks), texts: pieces, textEnds: ends }
      yield
    }
    return {
      format: 'bayegan.search-index',
      formatVersion: 1,
      analyserVersion: ANALYSER_VERSION,
      terms,
      df: Uint32Array.from(p.df),
      lastDoc: Int32Array.from(p.lastDoc),
      postings, postingEnds, positions, positionEnds,
      surfaces: surfaceBytes,
      surfaceTerms,
      ids,
      fieldLengths: docs.fieldLen.slice(0, n * NF),
      dates: docs.dates.slice(0, n),
      sources: docs.sources.slice(0, n),
      hasNotes: docs.notes.slice(0, n),
      labels: encodeStrings(docs.labels),
      tagEnds, tagValues, colourEnds, colourValues,
      ...texts
    }
  }

  /** Whether snippets can be cut from the index's own copy of the texts. */
  get keepsText(): boolean {
    return this.texts !== null
  }

  /** The stored text of a document's field (with keepText), for getText. */
  readonly text: TextLookup = (id, field) => {
    const d = this.docs.docIndex.get(id)
    return d === undefined || !this.texts ? undefined : this.texts.get(d, field)
  }

  /** Bytes the kept texts take (0 without keepText). */
  textBytes(): number {
    return this.texts?.byteLength() ?? 0
  }

  /** Restores a snapshot. Throws when it was made by another analyser: rebuild from the docs. */
  static load(s: SearchIndexSnapshot): SearchIndex {
    if (s.format !== 'bayegan.search-index' || s.formatVersion !== 1) throw new Error('unknown search index format')
    if (s.analyserVersion !== ANALYSER_VERSION) throw new Error('search index built by another analyser version')
    const checked = checkSnapshot(s)
    const index = new SearchIndex()
    const p = index.postings
    p.setTerms(decodeStrings(s.terms))
    p.df = Array.from(s.df)
    p.lastDoc = Array.from(s.lastDoc)
    p.loadStreams(s.postings, s.postingEnds, s.positions, s.positionEnds)
    p.adoptSkips(checked.skips)
    p.setSurfaces(decodeStrings(s.surfaces), s.surfaceTerms)
    const docs = index.docs
    docs.ids = decodeStrings(s.ids)
    const n = docs.ids.length
    docs.ids.forEach((id, d) => docs.docIndex.set(id, d))
    docs.live = n
    docs.ensureCapacity(n)
    docs.fieldLen.set(s.fieldLengths)
    for (let d = 0; d < n; d++) {
      for (let f = 0; f < NF; f++) docs.fieldLenSum[f] = (docs.fieldLenSum[f] as number) + (s.fieldLengths[d * NF + f] as number)
    }
    docs.dates.set(s.dates)
    docs.sources.set(s.sources)
    docs.notes.set(s.hasNotes)
    docs.labels = decodeStrings(s.labels)
    docs.labels.forEach((l, i) => docs.labelIds.set(l, i))
    const unflatten = (ends: Uint32Array, values: Uint32Array): (number[] | undefined)[] => {
      const out: (number[] | undefined)[] = []
      let at = 0
      for (let d = 0; d < n; d++) {
        const end = ends[d] as number
        out.push(end > at ? Array.from(values.subarray(at, end)) : undefined)
        at = end
      }
      return out
    }
    docs.tags = unflatten(s.tagEnds, s.tagValues)
    docs.colours = unflatten(s.colourEnds, s.colourValues)
    if (s.textChunks && s.texts && s.textEnds) index.texts = TextStore.from(decodeStrings(s.textChunks), s.texts, s.textEnds)
    return index
  }

  private resolve(clause: QueryClause, order: number): ResolvedClause | null {
    const parts: Part[] = []
    let cost = 0
    for (const q of clause.terms) {
      const part: Part = []
      const exact = this.postings.termIds.get(q.term)
      if (exact !== undefined) part.push({ tid: exact, weight: 1 })
      if (q.prefix && q.surface.length >= 2) {
        const weight = exact === undefined ? PREFIX_WEIGHT : PREFIX_WEIGHT_AFTER_WORD
        for (const tid of this.postings.expand(q.surface)) if (tid !== exact) part.push({ tid, weight })
      }
      if (part.length === 0) return null
      for (const w of part) cost += this.postings.df[w.tid] as number
      parts.push(part)
    }
    if (parts.length === 0) return null
    return { parts, offsets: clause.terms.map((t) => t.offset), phrase: clause.phrase, required: clause.required, cost, order }
  }

  /** Sort key: the full-match tier, then BM25F scaled by the share of words matched. */
  private rank(candidates: Int32Array, positive: number): void {
    if (this.rankKey.length < this.docs.count) this.rankKey = new Float64Array(Math.max(16, this.docs.count * 1.25))
    const { accScore, accMatched } = this.scorer
    const key = this.rankKey
    for (let k = 0; k < candidates.length; k++) {
      const d = candidates[k] as number
      const matched = accMatched[d] as number
      const share = matched / Math.max(1, positive)
      key[d] = (matched >= positive ? FULL_MATCH_TIER : 0) + (accScore[d] as number) * share
    }
  }

  /** Reorders the best hits within their tier by how close the words sit (page is sorted). */
  private boostProximity(page: number[], clauses: ResolvedClause[]): void {
    if (clauses.length < 2 || page.length < 2) return
    const window = page.slice(0, PROXIMITY_WINDOW)
    const closeness = this.scorer.proximity(clauses, window)
    const key = this.rankKey
    window.forEach((d, i) => {
      const tier = (key[d] as number) >= FULL_MATCH_TIER ? FULL_MATCH_TIER : 0
      key[d] = tier + ((key[d] as number) - tier) * (1 + PROXIMITY_WEIGHT * (closeness[i] as number))
    })
    window.sort((a, b) => {
      const ka = key[a] as number
      const kb = key[b] as number
      return ka > kb ? -1 : ka < kb ? 1 : a - b
    })
    page.splice(0, window.length, ...window)
  }

  private toHit(d: number, scored: boolean, parsed: ParsedQuery, options: SearchOptions): SearchHit {
    const id = this.docs.ids[d] as string
    const mask = scored ? (this.scorer.accMask[d] as number) : 0
    const fields = FIELD_NAMES.filter((_, f) => mask & (1 << f))
    const snippets: Snippet[] = []
    if (options.getText) {
      for (const field of fields) {
        if (snippets.length >= (options.maxSnippets ?? 2)) break
        const text = options.getText(id, field)
        if (!text) continue
        const ranges = findHitRanges(parsed, text, FIELD_LANG[field])
        if (ranges.length > 0) snippets.push(makeSnippet(field, text, ranges, options.snippetLength))
      }
    }
    const key = this.rankKey[d] as number
    const score = scored ? key - (key >= FULL_MATCH_TIER ? FULL_MATCH_TIER : 0) : 0
    return { id, score, fields: fields as FieldName[], snippets }
  }
}
