import type { Language } from '../domain/language'
import { analyseInto, type Term, type TermSink } from '../text/analyse'
import { buildSkips } from './postingCursor'
import { grow, VarintReader, writeVarint } from './varint'
import { FIELD_NAMES } from './types'

export const NF = FIELD_NAMES.length
/** Positions are capped per field so (doc, field, position) keys stay exact in a float64. */
export const POS_LIMIT = 1 << 20
/** Positions take the low bits of a batched occurrence, its field the bits above. */
const FIELD_SHIFT = 20
const POS_MASK = POS_LIMIT - 1
/** Occurrences batched before they are written (three Int32Arrays, and two for grouping: ~10 MB). */
const BATCH_OCCURRENCES = 1 << 19
const INITIAL_OCCURRENCES = 4096
/** Caps the union a short prefix expands to (most frequent words win) to keep typing instant. */
const MAX_EXPANSIONS = 32
/** Bytes of doc bitsets kept between queries (6 KB per term at 50,000 docs). */
const BITSET_BUDGET = 16 * 1024 * 1024

/**
 * The term dictionary and per-term streams: a varint stream of (docDelta, fieldMask, tf per field)
 * and a parallel stream of positions (read for phrases and proximity). Knows nothing of scoring.
 */
export class PostingStore {
  termIds = new Map<string, number>()
  terms: string[] = []
  /** Folded unstemmed form → term id, for prefix expansion of what is being typed. */
  surfaceToTerm = new Map<string, number>()
  main: Uint8Array[] = []
  mainLen: number[] = []
  pos: Uint8Array[] = []
  posLen: number[] = []
  lastDoc: number[] = []
  df: number[] = []
  /** The surfaces in code-unit order, for prefix expansion: sorted once (or loaded so), then kept. */
  private sortedSurfaces: string[] | null = null
  /** Surfaces added since, merged into sortedSurfaces when next needed (not a sort of the whole list). */
  private newSurfaces: string[] = []
  /** Prefix → its expansion, while the dictionary and document frequencies stay as they are. */
  private expansions = new Map<string, number[]>()
  /** Per term, stream checkpoints (buildSkips) and the doc count they cover; built when first needed. */
  private skipLists: (Uint32Array | undefined)[] = []
  private skipDf: number[] = []
  /** Per term, the set of its docs as a bitset (for counting unions without decoding); LRU by bytes. */
  private bitsets = new Map<number, { df: number; bits: Uint32Array }>()
  private bitsetBytes = 0
  /**
   * Per term, the highest BM25F weighted tf of any of its postings, seen when the list was last
   * decoded, with the doc count then and the average field lengths it was computed under.
   */
  private maxTfw: number[] = []
  private maxTfwDf: number[] = []
  private maxTfwAvg: (readonly number[] | undefined)[] = []

  // Indexing scratch: the occurrences of docs not yet written to the streams, in (doc, field,
  // word) order, then grouped by term (a counting sort) so each term's streams are touched once
  // per batch rather than once per doc: per-doc writes spent most of their time on cache misses.
  private occTid: Int32Array = new Int32Array(INITIAL_OCCURRENCES)
  private occDoc: Int32Array = new Int32Array(INITIAL_OCCURRENCES)
  /** field << FIELD_SHIFT | position. */
  private occFieldPos: Int32Array = new Int32Array(INITIAL_OCCURRENCES)
  private occCount = 0
  private sortedDoc: Int32Array = new Int32Array(0)
  private sortedFieldPos: Int32Array = new Int32Array(0)
  /** Per term, its occurrences in the batch; then, while grouping, where its next one goes. */
  private termFill: Int32Array = new Int32Array(0)
  /** Terms with occurrences in the batch, in order of their first one. */
  private batchTerms: Int32Array = new Int32Array(1024)
  private batchTermCount = 0
  /** The doc and field appendField is taking terms for. */
  private doc = -1
  private field = 0

  /** Appends doc `d` (higher than any doc added before) with its analysed terms per field. */
  addDoc(d: number, fields: (readonly Term[] | undefined)[]): void {
    this.prepareDoc(d)
    for (let f = 0; f < NF; f++) {
      this.field = f
      for (const t of fields[f] ?? []) this.take(t.term, t.surface, 0, 0, t.pos)
    }
    this.flush()
  }

  /**
   * Analyses field `f` of doc `d` (higher than any doc added before) into the batch, without
   * Term objects; returns its term count. The streams show the doc only after flush: call
   * endDoc after its last field.
   */
  appendField(d: number, f: number, text: string, lang: Language): number {
    this.prepareDoc(d)
    this.field = f
    return analyseInto(text, lang, this.take)
  }

  /** Ends the doc appendField was given: the batch is written once it is full. */
  endDoc(): void {
    if (this.occCount >= BATCH_OCCURRENCES) this.flush()
  }

  private prepareDoc(d: number): void {
    if (this.expansions.size > 0) this.expansions.clear()
    // A loaded index has terms but no indexing scratch yet.
    if (this.termFill.length < this.terms.length) this.termFill = grownTo(this.termFill, Math.max(1024, this.terms.length * 2))
    this.doc = d
  }

  /** One occurrence of `term` (seen as `surface`) in the current doc and field. */
  private readonly take: TermSink = (term, surface, _start, _end, pos) => {
    const tid = this.termId(term)
    if (surface !== term && !this.surfaceToTerm.has(surface)) this.addSurface(surface, tid)
    const seen = this.termFill[tid] as number
    if (seen === 0) this.noteBatchTerm(tid)
    this.termFill[tid] = seen + 1
    const n = this.occCount
    if (n === this.occTid.length) this.growOccurrences()
    this.occTid[n] = tid
    this.occDoc[n] = this.doc
    this.occFieldPos[n] = (this.field << FIELD_SHIFT) | Math.min(pos, POS_LIMIT - 1)
    this.occCount = n + 1
  }

  /** Writes every batched occurrence to its term's streams. */
  flush(): void {
    if (this.occCount === 0) return
    this.groupByTerm()
    const { batchTerms, termFill } = this
    let start = 0
    for (let k = 0; k < this.batchTermCount; k++) {
      const tid = batchTerms[k] as number
      const end = termFill[tid] as number
      this.writeTerm(tid, start, end)
      termFill[tid] = 0
      start = end
    }
    this.occCount = 0
    this.batchTermCount = 0
  }

  /** Flushes, then lets go of the batch's scratch arrays (megabytes after a build). */
  endBatch(): void {
    this.flush()
    if (this.occTid.length <= INITIAL_OCCURRENCES) return
    this.occTid = new Int32Array(INITIAL_OCCURRENCES)
    this.occDoc = new Int32Array(INITIAL_OCCURRENCES)
    this.occFieldPos = new Int32Array(INITIAL_OCCURRENCES)
    this.sortedDoc = new Int32Array(0)
    this.sortedFieldPos = new Int32Array(0)
  }

  private noteBatchTerm(tid: number): void {
    if (this.batchTermCount === this.batchTerms.length) this.batchTerms = grownTo(this.batchTerms, this.batchTerms.length * 2)
    this.batchTerms[this.batchTermCount++] = tid
  }

  /**
   * Counting sort of the batch by term (stable: each term's occurrences stay in doc, field, word
   * order) into sortedDoc/sortedFieldPos; leaves termFill[tid] at the end of the term's run.
   */
  private groupByTerm(): void {
    const n = this.occCount
    if (this.sortedDoc.length < n) {
      this.sortedDoc = new Int32Array(this.occTid.length)
      this.sortedFieldPos = new Int32Array(this.occTid.length)
    }
    const { batchTerms, termFill, occTid, occDoc, occFieldPos, sortedDoc, sortedFieldPos } = this
    let at = 0
    for (let k = 0; k < this.batchTermCount; k++) {
      const tid = batchTerms[k] as number
      const count = termFill[tid] as number
      termFill[tid] = at
      at += count
    }
    for (let o = 0; o < n; o++) {
      const tid = occTid[o] as number
      const to = termFill[tid] as number
      sortedDoc[to] = occDoc[o] as number
      sortedFieldPos[to] = occFieldPos[o] as number
      termFill[tid] = to + 1
    }
  }

  /** Appends a term's grouped occurrences [start, end) to its streams, one posting per doc. */
  private writeTerm(tid: number, start: number, end: number): void {
    const { sortedDoc, sortedFieldPos } = this
    let main = this.main[tid] as Uint8Array
    let at = this.mainLen[tid] as number
    let pos = this.pos[tid] as Uint8Array
    let pat = this.posLen[tid] as number
    let last = this.lastDoc[tid] as number
    let df = this.df[tid] as number
    for (let o = start; o < end; ) {
      const d = sortedDoc[o] as number
      let docEnd = o + 1
      while (docEnd < end && sortedDoc[docEnd] === d) docEnd++
      main = grow(main, at, 6 + 5 * NF)
      at = writeVarint(main, at, d - last)
      const maskAt = at++
      let mask = 0
      pos = grow(pos, pat, 5 * (docEnd - o))
      let prevField = -1
      let prev = 0
      let tf = 0
      for (; o < docEnd; o++) {
        const fp = sortedFieldPos[o] as number
        const f = fp >>> FIELD_SHIFT
        const p = fp & POS_MASK
        if (f !== prevField) {
          // Fields come in ascending order: the run of the previous field is complete.
          if (tf > 0) at = writeVarint(main, at, tf)
          mask |= 1 << f
          tf = 0
          pat = writeVarint(pos, pat, p)
        } else pat = writeVarint(pos, pat, p - prev)
        tf++
        prevField = f
        prev = p
      }
      at = writeVarint(main, at, tf)
      main[maskAt] = mask
      last = d
      df++
    }
    this.setStreams(tid, main, at, pos, pat, last, df)
  }

  /** A term's streams and what they hold, as writeTerm and compaction leave them. */
  private setStreams(tid: number, main: Uint8Array, mainLen: number, pos: Uint8Array, posLen: number, lastDoc: number, df: number): void {
    this.main[tid] = main
    this.mainLen[tid] = mainLen
    this.pos[tid] = pos
    this.posLen[tid] = posLen
    this.lastDoc[tid] = lastDoc
    this.df[tid] = df
  }

  reader(tid: number): VarintReader {
    return new VarintReader(this.main[tid] as Uint8Array, 0, this.mainLen[tid] as number)
  }

  positionReader(tid: number): VarintReader {
    return new VarintReader(this.pos[tid] as Uint8Array, 0, this.posLen[tid] as number)
  }

  /**
   * Checkpoints into the term's streams for finding one doc's positions (see PostingCursor).
   * Appending docs leaves earlier offsets valid but adds postings, so a list is rebuilt when its
   * term's doc count changed; compaction and loading drop them all.
   */
  skips(tid: number): Uint32Array {
    const df = this.df[tid] as number
    const cached = this.skipLists[tid]
    if (cached && this.skipDf[tid] === df) return cached
    const built = buildSkips(this, tid)
    this.skipLists[tid] = built
    this.skipDf[tid] = df
    return built
  }

  /**
   * The term's docs as a bitset (bit d of word d >> 5), from one pass over its doc deltas; kept
   * (within BITSET_BUDGET bytes, least recently used dropped) until the term's doc count changes.
   */
  docBits(tid: number): Uint32Array {
    const df = this.df[tid] as number
    const hit = this.bitsets.get(tid)
    if (hit) {
      this.bitsets.delete(tid)
      if (hit.df === df) {
        this.bitsets.set(tid, hit)
        return hit.bits
      }
      this.bitsetBytes -= hit.bits.byteLength
    }
    const bits = new Uint32Array(((this.lastDoc[tid] as number) >> 5) + 1)
    const buf = this.main[tid] as Uint8Array
    let at = 0
    let d = -1
    for (let i = 0; i < df; i++) {
      let b = buf[at++] as number
      let v = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = buf[at++] as number
        v |= (b & 0x7f) << shift
      }
      d += v
      bits[d >> 5] = (bits[d >> 5] as number) | (1 << (d & 31))
      const mask = buf[at++] as number
      for (let m = mask; m !== 0; m &= m - 1) while ((buf[at++] as number) >= 0x80);
    }
    this.bitsets.set(tid, { df, bits })
    this.bitsetBytes += bits.byteLength
    for (const [old, entry] of this.bitsets) {
      if (this.bitsetBytes <= BITSET_BUDGET || old === tid) break
      this.bitsets.delete(old)
      this.bitsetBytes -= entry.bits.byteLength
    }
    return bits
  }

  /** Takes checkpoints made elsewhere (while checking a snapshot) for terms as they are now. */
  adoptSkips(skips: readonly (Uint32Array | undefined)[]): void {
    skips.forEach((list, tid) => {
      if (!list) return
      this.skipLists[tid] = list
      this.skipDf[tid] = this.df[tid] as number
    })
  }

  /** Term ids of every indexed word starting with `prefix`, the most frequent first past the cap. */
  expand(prefix: string): number[] {
    const cached = this.expansions.get(prefix)
    if (cached) return cached
    if (this.expansions.size >= 512) this.expansions.clear()
    const list = this.expandUncached(prefix)
    this.expansions.set(prefix, list)
    return list
  }

  private addSurface(surface: string, tid: number): void {
    // A new term may already be another term's surface: it then maps to itself, in the same place.
    if (this.sortedSurfaces && !this.surfaceToTerm.has(surface)) this.newSurfaces.push(surface)
    this.surfaceToTerm.set(surface, tid)
  }

  /** Loads the surfaces and their term ids; a list already in code-unit order (as snapshots write it) is kept as the order. */
  setSurfaces(surfaces: string[], tids: Uint32Array): void {
    let ordered = true
    for (let i = 0; i < surfaces.length; i++) {
      const surface = surfaces[i] as string
      this.surfaceToTerm.set(surface, tids[i] as number)
      if (ordered && i > 0 && !((surfaces[i - 1] as string) < surface)) ordered = false
    }
    this.sortedSurfaces = ordered && this.surfaceToTerm.size === surfaces.length ? surfaces : null
    this.newSurfaces = []
  }

  /** Every surface in code-unit order (what snapshots write and prefix expansion walks). */
  surfacesInOrder(): string[] {
    if (!this.sortedSurfaces) this.sortedSurfaces = [...this.surfaceToTerm.keys()].sort()
    else if (this.newSurfaces.length > 0) this.sortedSurfaces = mergeOrdered(this.sortedSurfaces, this.newSurfaces.sort())
    this.newSurfaces = []
    return this.sortedSurfaces
  }

  private expandUncached(prefix: string): number[] {
    const sorted = this.surfacesInOrder()
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

  /** Rewrites every stream without the docs whose remap is -1, renumbering the rest. */
  compact(remap: Int32Array): void {
    this.flush()
    this.expansions.clear()
    this.dropDerived()
    for (let tid = 0; tid < this.terms.length; tid++) this.compactTerm(tid, remap)
  }

  /** Forgets what was derived from the streams (checkpoints, bitsets, tf bounds): rebuilt when next needed. */
  dropDerived(): void {
    this.skipLists = []
    this.bitsets.clear()
    this.bitsetBytes = 0
    this.maxTfw = []
    this.maxTfwDf = []
    this.maxTfwAvg = []
  }

  /** Notes a term's highest weighted tf over all its postings, computed under average field lengths `avg`. */
  recordMaxTfw(tid: number, max: number, avg: readonly number[]): void {
    this.maxTfw[tid] = max
    this.maxTfwDf[tid] = this.df[tid] as number
    this.maxTfwAvg[tid] = avg
  }

  /**
   * An upper bound of the term's weighted tf in any doc under the average field lengths `avg`, or
   * Infinity when unknown (never decoded, or docs added since). A field's length norm
   * 1 − b + b·len/avg shrinks by at most avg/avgThen when the average grows, so the recorded
   * maximum times the largest such ratio (and a hair for rounding) bounds every posting.
   */
  maxTfwBound(tid: number, avg: readonly number[]): number {
    const then = this.maxTfwAvg[tid]
    if (!then || this.maxTfwDf[tid] !== this.df[tid]) return Infinity
    let scale = 1
    for (let f = 0; f < avg.length; f++) scale = Math.max(scale, (avg[f] as number) / (then[f] as number))
    return (this.maxTfw[tid] as number) * scale * (1 + 1e-9)
  }

  /** Restores the streams from a snapshot's concatenated arrays. */
  loadStreams(postings: Uint8Array, postingEnds: Uint32Array, positions: Uint8Array, positionEnds: Uint32Array): void {
    this.dropDerived()
    let start = 0
    let posStart = 0
    for (let t = 0; t < this.terms.length; t++) {
      const end = postingEnds[t] as number
      const posEnd = positionEnds[t] as number
      this.main.push(postings.subarray(start, end))
      this.mainLen.push(end - start)
      this.pos.push(positions.subarray(posStart, posEnd))
      this.posLen.push(posEnd - posStart)
      start = end
      posStart = posEnd
    }
  }

  setTerms(terms: string[]): void {
    this.terms = terms
    terms.forEach((t, i) => this.termIds.set(t, i))
  }

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
      this.addSurface(term, tid)
      if (tid >= this.termFill.length) this.termFill = grownTo(this.termFill, Math.max(1024, tid * 2))
    }
    return tid
  }

  private growOccurrences(): void {
    const cap = this.occTid.length * 2
    this.occTid = grownTo(this.occTid, cap)
    this.occDoc = grownTo(this.occDoc, cap)
    this.occFieldPos = grownTo(this.occFieldPos, cap)
  }

  private compactTerm(tid: number, remap: Int32Array): void {
    const r = this.reader(tid)
    const pr = this.positionReader(tid)
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
    this.setStreams(tid, out, at, pout, pat, last, df)
  }
}

/** A longer copy of `a`, zero-filled past its old end. */
function grownTo(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length)
  b.set(a)
  return b
}

/** Two lists in code-unit order, without common elements, as one in that order. */
function mergeOrdered(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length)
  let i = 0
  let j = 0
  for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string)) ? (a[i++] as string) : (b[j++] as string)
  return out
}
