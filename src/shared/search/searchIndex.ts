import { analyse, ANALYSER_VERSION } from '../text/analyse'
import { findHitRanges, makeSnippet } from './hits'
import { parseQuery, type ParsedQuery, type QueryClause } from './query'
import { decodeStrings, encodeStrings, type SearchIndexSnapshot } from './snapshot'
import { FIELD_BOOST, FIELD_LANG, FIELD_NAMES, type FieldName, type SearchDoc, type SearchFilters,
  type SearchHit, type SearchOptions, type SearchResult, type Snippet } from './types'
import { grow, VarintReader, writeVarint } from './varint'

const NF = FIELD_NAMES.length
const K1 = 1.2
const B = FIELD_NAMES.map((f) => (f === 'title' ? 0.5 : 0.75))
const BOOST = FIELD_NAMES.map((f) => FIELD_BOOST[f])
/** A word that merely starts with what is being typed ranks below the word itself. */
const PREFIX_WEIGHT = 0.8
/** Caps the union a short prefix expands to (most frequent words win) to keep typing instant. */
const MAX_EXPANSIONS = 32
const POS_LIMIT = 1 << 20

interface WeightedTerm { tid: number; weight: number }
/** One AND-ed part of a clause: a doc matches it through any of its terms. */
type Part = WeightedTerm[]
interface ResolvedClause { parts: Part[]; offsets: number[]; phrase: boolean; cost: number }

/**
 * Purpose-built inverted index: per term a varint stream of (docDelta, fieldMask, tf per field) and
 * a parallel stream of positions (only read for phrases); BM25F ranking; tombstoned deletes with
 * compaction. Document texts are not stored: snippets come from the caller's getText.
 */
export class SearchIndex {
  private termIds = new Map<string, number>()
  private terms: string[] = []
  private surfaceToTerm = new Map<string, number>()
  private sortedSurfaces: string[] | null = null
  private main: Uint8Array[] = []
  private mainLen: number[] = []
  private pos: Uint8Array[] = []
  private posLen: number[] = []
  private lastDoc: number[] = []
  private df: number[] = []

  private ids: string[] = []
  private docIndex = new Map<string, number>()
  private deleted = new Uint8Array(16)
  private fieldLen = new Uint32Array(16 * NF)
  private fieldLenSum = new Float64Array(NF)
  private live = 0
  private deletedCount = 0
  private dates = new Float64Array(16)
  private sources = new Int32Array(16)
  private notes = new Uint8Array(16)
  private tags: (number[] | undefined)[] = []
  private colours: (number[] | undefined)[] = []
  private labels: string[] = []
  private labelIds = new Map<string, number>()

  // Indexing scratch: per-doc occurrence lists and per-term list heads.
  private occNext: Int32Array = new Int32Array(4096)
  private occField: Int32Array = new Int32Array(4096)
  private occPos: Int32Array = new Int32Array(4096)
  private termSeen: Int32Array = new Int32Array(0)
  private termHead: Int32Array = new Int32Array(0)
  private termTail: Int32Array = new Int32Array(0)
  private tfScratch = new Uint32Array(NF)

  // Query scratch, reused across searches; stamps avoid clearing per query.
  private stamp = new Uint32Array(0)
  private candStamp = new Uint32Array(0)
  private partScore = new Float64Array(0)
  private partMask = new Uint8Array(0)
  private total = new Float64Array(0)
  private totalMask = new Uint8Array(0)
  private gen = 0

  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const index = new SearchIndex()
    for (const doc of docs) index.add(doc)
    return index
  }

  get size(): number {
    return this.live
  }

  has(id: string): boolean {
    return this.docIndex.has(id)
  }

  /** Adds a document; an existing id is replaced. */
  add(doc: SearchDoc): void {
    if (this.docIndex.has(doc.id)) this.remove(doc.id)
    const d = this.ids.length
    this.ensureDocCapacity(d + 1)
    this.ids.push(doc.id)
    this.docIndex.set(doc.id, d)
    let n = 0
    const distinct: number[] = []
    FIELD_NAMES.forEach((name, f) => {
      const text = doc.fields[name]
      if (!text) return
      const terms = analyse(text, FIELD_LANG[name])
      this.fieldLen[d * NF + f] = terms.length
      this.fieldLenSum[f] = (this.fieldLenSum[f] as number) + terms.length
      this.ensureOccCapacity(n + terms.length)
      for (const t of terms) {
        const tid = this.termId(t.term)
        if (t.surface !== t.term && !this.surfaceToTerm.has(t.surface)) {
          this.surfaceToTerm.set(t.surface, tid)
          this.sortedSurfaces = null
        }
        // Occurrences of one term in this doc form a linked list, already in (field, position) order.
        if (this.termSeen[tid] !== d + 1) {
          this.termSeen[tid] = d + 1
          this.termHead[tid] = n
          distinct.push(tid)
        } else {
          this.occNext[this.termTail[tid] as number] = n
        }
        this.termTail[tid] = n
        this.occNext[n] = -1
        this.occField[n] = f
        this.occPos[n] = Math.min(t.pos, POS_LIMIT - 1)
        n++
      }
    })
    for (const tid of distinct) this.writePostings(d, tid)
    this.setMeta(d, doc.meta)
    this.live++
  }

  update(doc: SearchDoc): void {
    this.add(doc)
  }

  remove(id: string): boolean {
    const d = this.docIndex.get(id)
    if (d === undefined) return false
    this.docIndex.delete(id)
    this.deleted[d] = 1
    this.live--
    this.deletedCount++
    for (let f = 0; f < NF; f++) {
      this.fieldLenSum[f] = (this.fieldLenSum[f] as number) - (this.fieldLen[d * NF + f] as number)
    }
    if (this.deletedCount > 1000 && this.deletedCount > this.ids.length / 4) this.compact()
    return true
  }

  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
    const parsed = typeof query === 'string' ? parseQuery(query) : query
    this.ensureScratch()
    const filter = options.filters ? this.filterMask(options.filters) : null
    const resolved: ResolvedClause[] = []
    for (const clause of parsed.must) {
      const r = this.resolve(clause)
      if (!r) return { total: 0, hits: [] }
      resolved.push(r)
    }
    resolved.sort((a, b) => a.cost - b.cost)

    let candidates: number[] | null = null
    for (const clause of resolved) {
      for (const part of clause.parts) candidates = this.scorePart(part, candidates, filter)
      if (clause.phrase && candidates) candidates = this.phraseFilter(clause, candidates)
    }
    const scored = candidates !== null
    if (candidates === null) candidates = this.allDocs(filter)
    for (const clause of parsed.not) candidates = this.exclude(clause, candidates)

    const limit = options.limit ?? 50
    const offset = options.offset ?? 0
    const page = scored ? this.topByScore(candidates, offset + limit) : this.byDateDesc(candidates)
    const hits = page.slice(offset, offset + limit).map((d) => this.toHit(d, scored, parsed, options))
    return { total: candidates.length, hits }
  }

  /** Rewrites postings without deleted documents (also done before serialising). */
  compact(): void {
    if (this.deletedCount === 0) return
    const remap = new Int32Array(this.ids.length).fill(-1)
    const keep: number[] = []
    for (let d = 0; d < this.ids.length; d++) {
      if (!this.deleted[d]) {
        remap[d] = keep.length
        keep.push(d)
      }
    }
    for (let tid = 0; tid < this.terms.length; tid++) this.compactTerm(tid, remap)
    const n = keep.length
    const fieldLen = new Uint32Array(Math.max(16, n) * NF)
    keep.forEach((d, i) => fieldLen.set(this.fieldLen.subarray(d * NF, d * NF + NF), i * NF))
    this.fieldLen = fieldLen
    this.ids = keep.map((d) => this.ids[d] as string)
    this.dates = Float64Array.from(keep, (d) => this.dates[d] as number)
    this.sources = Int32Array.from(keep, (d) => this.sources[d] as number)
    this.notes = Uint8Array.from(keep, (d) => this.notes[d] as number)
    this.tags = keep.map((d) => this.tags[d])
    this.colours = keep.map((d) => this.colours[d])
    this.deleted = new Uint8Array(Math.max(16, n))
    this.docIndex = new Map(this.ids.map((id, i) => [id, i]))
    this.deletedCount = 0
    this.ensureDocCapacity(n)
  }

  serialize(): SearchIndexSnapshot {
    this.compact()
    const nt = this.terms.length
    const n = this.ids.length
    const concat = (bufs: Uint8Array[], lens: number[]): [Uint8Array, Uint32Array] => {
      const ends = new Uint32Array(nt)
      let total = 0
      for (let t = 0; t < nt; t++) ends[t] = total += lens[t] as number
      const out = new Uint8Array(total)
      let at = 0
      for (let t = 0; t < nt; t++) {
        out.set((bufs[t] as Uint8Array).subarray(0, lens[t]), at)
        at += lens[t] as number
      }
      return [out, ends]
    }
    const [postings, postingEnds] = concat(this.main, this.mainLen)
    const [positions, positionEnds] = concat(this.pos, this.posLen)
    const surfaces = [...this.surfaceToTerm.keys()]
    const flatten = (lists: (number[] | undefined)[]): [Uint32Array, Uint32Array] => {
      const ends = new Uint32Array(n)
      const values: number[] = []
      for (let d = 0; d < n; d++) {
        values.push(...(lists[d] ?? []))
        ends[d] = values.length
      }
      return [ends, Uint32Array.from(values)]
    }
    const [tagEnds, tagValues] = flatten(this.tags)
    const [colourEnds, colourValues] = flatten(this.colours)
    return {
      format: 'bayegan.search-index',
      formatVersion: 1,
      analyserVersion: ANALYSER_VERSION,
      terms: encodeStrings(this.terms),
      df: Uint32Array.from(this.df),
      lastDoc: Int32Array.from(this.lastDoc),
      postings, postingEnds, positions, positionEnds,
      surfaces: encodeStrings(surfaces),
      surfaceTerms: Uint32Array.from(surfaces, (s) => this.surfaceToTerm.get(s) as number),
      ids: encodeStrings(this.ids),
      fieldLengths: this.fieldLen.slice(0, n * NF),
      dates: this.dates.slice(0, n),
      sources: this.sources.slice(0, n),
      hasNotes: this.notes.slice(0, n),
      labels: encodeStrings(this.labels),
      tagEnds, tagValues, colourEnds, colourValues
    }
  }

  /** Restores a snapshot. Throws when it was made by another analyser: rebuild from the docs. */
  static load(s: SearchIndexSnapshot): SearchIndex {
    if (s.format !== 'bayegan.search-index' || s.formatVersion !== 1) throw new Error('unknown search index format')
    if (s.analyserVersion !== ANALYSER_VERSION) throw new Error('search index built by another analyser version')
    const index = new SearchIndex()
    index.terms = decodeStrings(s.terms)
    index.terms.forEach((t, i) => index.termIds.set(t, i))
    index.df = Array.from(s.df)
    index.lastDoc = Array.from(s.lastDoc)
    let start = 0
    let posStart = 0
    for (let t = 0; t < index.terms.length; t++) {
      const end = s.postingEnds[t] as number
      const posEnd = s.positionEnds[t] as number
      index.main.push(s.postings.subarray(start, end))
      index.mainLen.push(end - start)
      index.pos.push(s.positions.subarray(posStart, posEnd))
      index.posLen.push(posEnd - posStart)
      start = end
      posStart = posEnd
    }
    decodeStrings(s.surfaces).forEach((surface, i) => index.surfaceToTerm.set(surface, s.surfaceTerms[i] as number))
    index.ids = decodeStrings(s.ids)
    const n = index.ids.length
    index.ids.forEach((id, d) => index.docIndex.set(id, d))
    index.live = n
    index.ensureDocCapacity(n)
    index.fieldLen.set(s.fieldLengths)
    for (let d = 0; d < n; d++) for (let f = 0; f < NF; f++) {
        index.fieldLenSum[f] = (index.fieldLenSum[f] as number) + (s.fieldLengths[d * NF + f] as number)
      }
    index.dates.set(s.dates)
    index.sources.set(s.sources)
    index.notes.set(s.hasNotes)
    index.labels = decodeStrings(s.labels)
    index.labels.forEach((l, i) => index.labelIds.set(l, i))
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
    index.tags = unflatten(s.tagEnds, s.tagValues)
    index.colours = unflatten(s.colourEnds, s.colourValues)
    return index
  }

  // ---- indexing internals ----

  private termId(term: string): number {
    let tid = this.termIds.get(term)
    if (tid === undefined) {
      tid = this.terms.length
      this.termIds.set(term, tid)
      this.terms.push(term)
      this.main.push(new Uint8Array(8))
      this.mainLen.push(0)
      this.pos.push(new Uint8Array(8))
      this.posLen.push(0)
      this.lastDoc.push(-1)
      this.df.push(0)
      this.surfaceToTerm.set(term, tid)
      this.sortedSurfaces = null
      const size = Math.max(1024, tid * 2)
      if (tid >= this.termSeen.length) {
        const grown = (a: Int32Array): Int32Array => {
          const b = new Int32Array(size)
          b.set(a)
          return b
        }
        this.termSeen = grown(this.termSeen)
        this.termHead = grown(this.termHead)
        this.termTail = grown(this.termTail)
      }
    }
    return tid
  }

  /** Appends doc d to term tid's streams from the doc's occurrence list. */
  private writePostings(d: number, tid: number): void {
    const { occNext, occField, occPos } = this
    const tfs = this.tfScratch
    tfs.fill(0)
    let mask = 0
    let count = 0
    for (let o = this.termHead[tid] as number; o !== -1; o = occNext[o] as number) {
      const f = occField[o] as number
      mask |= 1 << f
      tfs[f] = (tfs[f] as number) + 1
      count++
    }
    const buf = grow(this.main[tid] as Uint8Array, this.mainLen[tid] as number, 6 + 5 * NF)
    let at = writeVarint(buf, this.mainLen[tid] as number, d - (this.lastDoc[tid] as number))
    buf[at++] = mask
    for (let f = 0; f < NF; f++) if (mask & (1 << f)) at = writeVarint(buf, at, tfs[f] as number)
    this.main[tid] = buf
    this.mainLen[tid] = at
    const pbuf = grow(this.pos[tid] as Uint8Array, this.posLen[tid] as number, 5 * count)
    let pat = this.posLen[tid] as number
    let prevField = -1
    let prev = 0
    for (let o = this.termHead[tid] as number; o !== -1; o = occNext[o] as number) {
      const f = occField[o] as number
      const p = occPos[o] as number
      pat = writeVarint(pbuf, pat, f === prevField ? p - prev : p)
      prevField = f
      prev = p
    }
    this.pos[tid] = pbuf
    this.posLen[tid] = pat
    this.lastDoc[tid] = d
    this.df[tid] = (this.df[tid] as number) + 1
  }

  private ensureOccCapacity(n: number): void {
    if (n <= this.occNext.length) return
    const cap = n * 2
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap)
      b.set(a)
      return b
    }
    this.occNext = copy(this.occNext)
    this.occField = copy(this.occField)
    this.occPos = copy(this.occPos)
  }

  private compactTerm(tid: number, remap: Int32Array): void {
    const r = new VarintReader(this.main[tid] as Uint8Array, 0, this.mainLen[tid] as number)
    const pr = new VarintReader(this.pos[tid] as Uint8Array, 0, this.posLen[tid] as number)
    let out: Uint8Array = new Uint8Array(Math.max(8, this.mainLen[tid] as number))
    let pout: Uint8Array = new Uint8Array(Math.max(8, this.posLen[tid] as number))
    let at = 0
    let pat = 0
    let d = -1
    let last = -1
    let df = 0
    while (!r.done()) {
      d += r.next()
      const mask = r.byte()
      const nd = remap[d] as number
      if (nd >= 0) {
        out = grow(out, at, 6)
        at = writeVarint(out, at, nd - last)
        out[at++] = mask
        last = nd
        df++
      }
      for (let f = 0; f < NF; f++) {
        if (!(mask & (1 << f))) continue
        const tf = r.next()
        if (nd >= 0) {
          out = grow(out, at, 5)
          at = writeVarint(out, at, tf)
        }
        for (let k = 0; k < tf; k++) {
          const p = pr.next()
          if (nd >= 0) {
            pout = grow(pout, pat, 5)
            pat = writeVarint(pout, pat, p)
          }
        }
      }
    }
    this.main[tid] = out
    this.mainLen[tid] = at
    this.pos[tid] = pout
    this.posLen[tid] = pat
    this.lastDoc[tid] = last
    this.df[tid] = df
  }

  private label(name: string): number {
    let id = this.labelIds.get(name)
    if (id === undefined) {
      id = this.labels.length
      this.labels.push(name)
      this.labelIds.set(name, id)
    }
    return id
  }

  private setMeta(d: number, meta: SearchDoc['meta']): void {
    this.dates[d] = meta.date ?? NaN
    this.sources[d] = meta.source === undefined ? -1 : this.label(meta.source)
    this.notes[d] = meta.hasNotes ? 1 : 0
    this.tags[d] = meta.tags?.length ? meta.tags.map((t) => this.label(t)) : undefined
    this.colours[d] = meta.colours?.length ? meta.colours.map((c) => this.label(c)) : undefined
  }

  private ensureDocCapacity(n: number): void {
    if (n <= this.deleted.length) return
    const cap = Math.max(16, n * 2)
    const resize = <T extends Uint8Array | Int32Array | Float64Array | Uint32Array>(a: T, make: (len: number) => T, per = 1): T => {
      const b = make(cap * per)
      b.set(a as never)
      return b
    }
    this.deleted = resize(this.deleted, (l) => new Uint8Array(l))
    this.fieldLen = resize(this.fieldLen, (l) => new Uint32Array(l), NF)
    this.dates = resize(this.dates, (l) => new Float64Array(l))
    this.sources = resize(this.sources, (l) => new Int32Array(l))
    this.notes = resize(this.notes, (l) => new Uint8Array(l))
  }

  // ---- query internals ----

  private ensureScratch(): void {
    const n = this.ids.length
    if (this.stamp.length >= n && this.gen < 0xfffffff0) return
    const cap = Math.max(16, n + (n >> 2))
    this.stamp = new Uint32Array(cap)
    this.candStamp = new Uint32Array(cap)
    this.partScore = new Float64Array(cap)
    this.partMask = new Uint8Array(cap)
    this.total = new Float64Array(cap)
    this.totalMask = new Uint8Array(cap)
    this.gen = 0
  }

  private resolve(clause: QueryClause): ResolvedClause | null {
    const parts: Part[] = []
    let cost = 0
    for (const q of clause.terms) {
      const part: Part = []
      const exact = this.termIds.get(q.term)
      if (exact !== undefined) part.push({ tid: exact, weight: 1 })
      if (q.prefix && q.surface.length >= 2) {
        for (const tid of this.expand(q.surface)) if (tid !== exact) part.push({ tid, weight: PREFIX_WEIGHT })
      }
      if (part.length === 0) return null
      for (const w of part) cost += this.df[w.tid] as number
      parts.push(part)
    }
    return { parts, offsets: clause.terms.map((t) => t.offset), phrase: clause.phrase, cost }
  }

  private expand(prefix: string): number[] {
    if (!this.sortedSurfaces) this.sortedSurfaces = [...this.surfaceToTerm.keys()].sort()
    const sorted = this.sortedSurfaces
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    const tids = new Set<number>()
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) {
      tids.add(this.surfaceToTerm.get(sorted[i] as string) as number)
    }
    const list = [...tids]
    if (list.length <= MAX_EXPANSIONS) return list
    return list.sort((a, b) => (this.df[b] as number) - (this.df[a] as number)).slice(0, MAX_EXPANSIONS)
  }

  private avgLengths(): number[] {
    const live = Math.max(1, this.live)
    return Array.from(this.fieldLenSum, (s) => Math.max(1, s / live))
  }

  /** Scores one AND-ed part; returns the docs that match it and all previous parts. */
  private scorePart(part: Part, candidates: number[] | null, filter: Uint8Array | null): number[] {
    const gen = ++this.gen
    const candGen = gen - 1
    const { stamp, candStamp, partScore, partMask, deleted, fieldLen } = this
    const avg = this.avgLengths()
    const n = this.ids.length
    const touched: number[] = []
    for (const { tid, weight } of part) {
      const df = this.df[tid] as number
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * weight
      const r = new VarintReader(this.main[tid] as Uint8Array, 0, this.mainLen[tid] as number)
      let d = -1
      while (r.at < r.end) {
        d += r.next()
        const mask = r.byte()
        let tfw = 0
        for (let f = 0; f < NF; f++) {
          if (!(mask & (1 << f))) continue
          const tf = r.next()
          const bf = B[f] as number
          tfw += ((BOOST[f] as number) * tf) / (1 - bf + (bf * (fieldLen[d * NF + f] as number)) / (avg[f] as number))
        }
        if (deleted[d] || (filter && !filter[d]) || (candidates && candStamp[d] !== candGen)) continue
        const s = (idf * tfw * (K1 + 1)) / (tfw + K1)
        if (stamp[d] !== gen) {
          stamp[d] = gen
          partScore[d] = s
          partMask[d] = mask
          touched.push(d)
        } else {
          if (s > (partScore[d] as number)) partScore[d] = s
          partMask[d] = (partMask[d] as number) | mask
        }
      }
    }
    this.gen++
    const nextGen = this.gen
    for (const d of touched) {
      if (candidates) {
        this.total[d] = (this.total[d] as number) + (partScore[d] as number)
        this.totalMask[d] = (this.totalMask[d] as number) | (partMask[d] as number)
      } else {
        this.total[d] = partScore[d] as number
        this.totalMask[d] = partMask[d] as number
      }
      candStamp[d] = nextGen
    }
    return touched
  }

  /**
   * Keeps candidates where the phrase's terms sit at consecutive positions in one field. Each term's
   * positions become sorted keys (doc, field, position − its phrase offset); a phrase occurrence is
   * a key present for every term, found by merging sorted lists.
   */
  private phraseFilter(clause: ResolvedClause, candidates: number[]): number[] {
    const mark = this.markDocs(candidates)
    let keys: Float64Array | null = null
    clause.parts.forEach((part, i) => {
      const next = this.positionKeys(part, mark, (clause.offsets[i] as number) - (clause.offsets[0] as number))
      keys = keys === null ? next : intersectSorted(keys, next)
    })
    const gen = ++this.gen
    for (const key of keys ?? []) this.stamp[Math.floor(key / (2 * POS_LIMIT) / 8)] = gen
    return candidates.filter((d) => this.stamp[d] === gen)
  }

  /** Marks docs in a fresh stamp generation; returns the generation to test against. */
  private markDocs(docs: number[]): number {
    const gen = ++this.gen
    for (const d of docs) this.stamp[d] = gen
    return gen
  }

  /** Sorted (doc, field, position − shift) keys for the marked docs; others are skipped undecoded. */
  private positionKeys(part: Part, mark: number, shift: number): Float64Array {
    let out = new Float64Array(1024)
    let n = 0
    const stamp = this.stamp
    const tid = (part[0] as WeightedTerm).tid // phrase terms are exact: one term per part
    const r = new VarintReader(this.main[tid] as Uint8Array, 0, this.mainLen[tid] as number)
    const pr = new VarintReader(this.pos[tid] as Uint8Array, 0, this.posLen[tid] as number)
    let d = -1
    while (r.at < r.end) {
      d += r.next()
      const mask = r.byte()
      const want = stamp[d] === mark
      for (let f = 0; f < NF; f++) {
        if (!(mask & (1 << f))) continue
        const tf = r.next()
        if (!want) {
          pr.skip(tf)
          continue
        }
        if (n + tf > out.length) {
          const bigger = new Float64Array((n + tf) * 2)
          bigger.set(out)
          out = bigger
        }
        const base = (d * 8 + f) * 2 * POS_LIMIT + POS_LIMIT - shift
        let p = 0
        for (let k = 0; k < tf; k++) out[n++] = base + (p += pr.next())
      }
    }
    return out.subarray(0, n)
  }

  /** Marks (in a fresh generation) every doc containing any of the part's terms. */
  private markTermDocs(part: Part, within: number, gen: number): void {
    const stamp = this.stamp
    for (const { tid } of part) {
      const r = new VarintReader(this.main[tid] as Uint8Array, 0, this.mainLen[tid] as number)
      let d = -1
      while (r.at < r.end) {
        d += r.next()
        const mask = r.byte()
        for (let f = 0; f < NF; f++) if (mask & (1 << f)) r.skip(1)
        if (stamp[d] === within) stamp[d] = gen
      }
    }
  }

  private exclude(clause: QueryClause, candidates: number[]): number[] {
    const r = this.resolve({ ...clause, terms: clause.terms.map((t) => ({ ...t, prefix: false })) })
    if (!r) return candidates
    let matching = candidates
    for (const part of r.parts) {
      const within = this.markDocs(matching)
      const gen = ++this.gen
      this.markTermDocs(part, within, gen)
      matching = matching.filter((d) => this.stamp[d] === gen)
    }
    if (r.phrase) matching = this.phraseFilter(r, matching)
    const excluded = this.markDocs(matching)
    return candidates.filter((d) => this.stamp[d] !== excluded)
  }

  private filterMask(filters: SearchFilters): Uint8Array {
    const n = this.ids.length
    const mask = new Uint8Array(n)
    const ids = (names?: string[]): number[] | undefined => names?.map((s) => this.labelIds.get(s) ?? -2)
    const sources = ids(filters.sources)
    const tags = ids(filters.tags)
    const colours = ids(filters.colours)
    for (let d = 0; d < n; d++) {
      const date = this.dates[d] as number
      if (filters.dateFrom !== undefined && !(date >= filters.dateFrom)) continue
      if (filters.dateTo !== undefined && !(date <= filters.dateTo)) continue
      if (sources && !sources.includes(this.sources[d] as number)) continue
      if (tags && !tags.every((t) => this.tags[d]?.includes(t))) continue
      if (colours && !colours.some((c) => this.colours[d]?.includes(c))) continue
      if (filters.hasNotes !== undefined && (this.notes[d] === 1) !== filters.hasNotes) continue
      mask[d] = 1
    }
    return mask
  }

  private allDocs(filter: Uint8Array | null): number[] {
    const docs: number[] = []
    for (let d = 0; d < this.ids.length; d++) {
      if (!this.deleted[d] && (!filter || filter[d])) {
        docs.push(d)
        this.total[d] = 0
        this.totalMask[d] = 0
      }
    }
    return docs
  }

  private topByScore(candidates: number[], k: number): number[] {
    const total = this.total
    const better = (a: number, b: number): boolean =>
      (total[a] as number) > (total[b] as number) || ((total[a] as number) === (total[b] as number) && a < b)
    if (candidates.length <= k * 4) return [...candidates].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    // Min-heap of the k best.
    const heap: number[] = []
    const sift = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && better(heap[m] as number, heap[l] as number)) m = l
        if (r < heap.length && better(heap[m] as number, heap[r] as number)) m = r
        if (m === i) return
        ;[heap[i], heap[m]] = [heap[m] as number, heap[i] as number]
        i = m
      }
    }
    for (const d of candidates) {
      if (heap.length < k) {
        heap.push(d)
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1
          if (!better(heap[p] as number, heap[i] as number)) break
          ;[heap[i], heap[p]] = [heap[p] as number, heap[i] as number]
          i = p
        }
      } else if (better(d, heap[0] as number)) {
        heap[0] = d
        sift(0)
      }
    }
    return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
  }

  private byDateDesc(candidates: number[]): number[] {
    const date = (d: number): number => (Number.isNaN(this.dates[d]) ? -Infinity : (this.dates[d] as number))
    return [...candidates].sort((a, b) => date(b) - date(a) || a - b)
  }

  private toHit(d: number, scored: boolean, parsed: ParsedQuery, options: SearchOptions): SearchHit {
    const id = this.ids[d] as string
    const mask = scored ? (this.totalMask[d] as number) : 0
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
    return { id, score: scored ? (this.total[d] as number) : 0, fields: fields as FieldName[], snippets }
  }
}

function intersectSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length))
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x < y) i++
    else if (x > y) j++
    else {
      out[n++] = x
      i++
      j++
    }
  }
  return out.subarray(0, n)
}
