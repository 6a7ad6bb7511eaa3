import { BOOST, DecodedPostings, K1, type DecodedList } from './decodedPostings'
import { type DocTable } from './docTable'
import { PostingCursor } from './postingCursor'
import { PairStream, pairOccurs } from './phrasePair'
import { NF, POS_LIMIT, type PostingStore } from './postings'
import { VarintReader } from './varint'

export interface WeightedTerm { tid: number; weight: number }
/** One AND-ed part of a clause (a word of a phrase): a doc matches it through any of its terms. */
export type Part = WeightedTerm[]
export interface ResolvedClause {
  parts: Part[]
  /** Word offsets of the parts inside a phrase. */
  offsets: number[]
  phrase: boolean
  required: boolean
  /** Position among the query's clauses (proximity compares neighbours in typed order). */
  order: number
  /** Postings to read: cheap required clauses go first and narrow the rest. */
  cost: number
}

/** Slots of the per-doc position set (a power of two); a doc with more keys than half uses the merge. */
const KEY_SLOTS = 4096

/** A term of a clause part with a cursor to its docs' positions. */
interface PositionSource { cursor: PostingCursor; tid: number }

/**
 * Scores clauses over the postings with BM25F. All per-document scratch lives here, in three
 * layers each with its own generation counter, so no layer can invalidate another's marks:
 * a part (max over a word's expansions), a clause (all its parts, then phrase positions) and the
 * accumulated result (sum over clauses, how many matched, which fields). Postings are read from
 * decoded typed arrays (DecodedPostings) and doc lists live in reused Int32Array scratch, so a
 * query allocates almost nothing. Three paths do less than decoding and scoring everything:
 * phrases read only the streams (scorePhrase), a word being typed scores only the expansions that
 * can reach the page (matchTop), and -words are tested against doc bitsets (exclude). Positions
 * are found through per-term checkpoints (PostingCursor).
 */
export class Scorer {
  private partStamp = new Uint32Array(0)
  private partScore = new Float64Array(0)
  private partMask = new Uint8Array(0)
  private partGen = 0

  private clauseStamp = new Uint32Array(0)
  private clauseCount = new Uint16Array(0)
  private clauseScore = new Float64Array(0)
  private clauseMask = new Uint8Array(0)
  private clauseGen = 0

  private accStamp = new Uint32Array(0)
  /** Summed BM25F of the matched clauses. */
  readonly accScore: Float64Array = new Float64Array(0)
  /** How many positive clauses each doc matched. */
  readonly accMatched: Uint16Array = new Uint16Array(0)
  /** Fields any clause matched in. */
  readonly accMask: Uint8Array = new Uint8Array(0)
  private accGen = 0

  private markStamp = new Uint32Array(0)
  private markGen = 0
  /** Terms of the last matchTop left unscored, with scratch for counting their docs and for selection. */
  private readonly pending: number[] = []
  private unionBits = new Uint32Array(0)
  /** matchTop's terms: their order, idf and highest possible score. */
  private termOrder = new Int32Array(64)
  private termIdf = new Float64Array(64)
  private termBound = new Float64Array(64)
  /** proximity's docs in ascending order (indices into its window). */
  private proximityOrder = new Int32Array(128)
  /** The highest score topTerm saw in its last call. */
  private topBest = 0
  private selectScratch = new Float64Array(0)

  /** Docs touched by the part being scored, and the docs of the last scored clause (swapped per part). */
  private partDocs = new Int32Array(0)
  private clauseDocs = new Int32Array(0)
  /** The query's current result. */
  private resultDocs = new Int32Array(0)
  /** One doc's positions of one or two words (phrase check and proximity). */
  private posA = new Int32Array(256)
  private posB = new Int32Array(256)
  /** A phrase's words in one doc: tf per field, and mask, total, header end and first position. */
  private phraseTf = new Int32Array(0)
  private phraseHead = new Int32Array(0)
  /** A phrase's positions in one doc as a hash set (the last word's lookups). */
  private readonly keySlot = new Int32Array(KEY_SLOTS)
  private readonly keyStamp = new Uint32Array(KEY_SLOTS)
  private keyGen = 0
  private readonly mainReader = new VarintReader(new Uint8Array(0), 0, 0)
  private readonly posReader = new VarintReader(new Uint8Array(0), 0, 0)

  readonly decoded: DecodedPostings
  /** The two-word phrase path (scorePhrasePair); off, such phrases take scorePhrase (tests compare the two). */
  pairPath = true
  private readonly pairA = new PairStream()
  private readonly pairB = new PairStream()

  constructor(
    private readonly postings: PostingStore,
    private readonly docs: DocTable
  ) {
    this.decoded = new DecodedPostings(postings, docs)
  }

  /** The index changed: decoded postings (doc numbers, length norms) are stale. */
  invalidate(): void {
    this.decoded.clear()
  }

  /** Sizes the scratch for the current doc count; cheap when nothing grew. */
  prepare(): void {
    const n = this.docs.count
    const limit = 0xfffffff0
    if (this.accStamp.length >= n && this.partGen < limit && this.clauseGen < limit && this.accGen < limit && this.markGen < limit) return
    const cap = Math.max(16, n + (n >> 2))
    this.partStamp = new Uint32Array(cap)
    this.partScore = new Float64Array(cap)
    this.partMask = new Uint8Array(cap)
    this.clauseStamp = new Uint32Array(cap)
    this.clauseCount = new Uint16Array(cap)
    this.clauseScore = new Float64Array(cap)
    this.clauseMask = new Uint8Array(cap)
    this.accStamp = new Uint32Array(cap)
    ;(this as { accScore: Float64Array }).accScore = new Float64Array(cap)
    ;(this as { accMatched: Uint16Array }).accMatched = new Uint16Array(cap)
    ;(this as { accMask: Uint8Array }).accMask = new Uint8Array(cap)
    this.markStamp = new Uint32Array(cap)
    this.partDocs = new Int32Array(cap)
    this.clauseDocs = new Int32Array(cap)
    this.resultDocs = new Int32Array(cap)
    this.partGen = this.clauseGen = this.accGen = this.markGen = 0
  }

  /**
   * Docs matching the positive clauses: with required clauses, those matching all of them (the
   * optional ones only add score); without, those matching any clause. The returned view is
   * scratch: valid until the next query.
   */
  match(required: ResolvedClause[], optional: ResolvedClause[], filter: Uint8Array | null): Int32Array {
    const gen = ++this.accGen
    const { accScore, accMatched, accMask, clauseScore, clauseMask, accStamp } = this
    if (required.length > 0) {
      let count = 0
      let first = true
      for (const clause of required) {
        const m = this.scoreClause(clause, filter, !first)
        const docs = this.clauseDocs
        const g = first ? gen : ++this.accGen
        for (let k = 0; k < m; k++) {
          const d = docs[k] as number
          if (first) {
            accScore[d] = clauseScore[d] as number
            accMatched[d] = 1
            accMask[d] = clauseMask[d] as number
          } else {
            accScore[d] = (accScore[d] as number) + (clauseScore[d] as number)
            accMatched[d] = (accMatched[d] as number) + 1
            accMask[d] = (accMask[d] as number) | (clauseMask[d] as number)
          }
          accStamp[d] = g
        }
        this.resultDocs.set(docs.subarray(0, m))
        count = m
        first = false
      }
      for (const clause of optional) this.addClause(this.scoreClause(clause, filter, true))
      return this.resultDocs.subarray(0, count)
    }
    const out = this.resultDocs
    let count = 0
    for (const clause of optional) {
      const m = this.scoreClause(clause, filter, false)
      const docs = this.clauseDocs
      for (let k = 0; k < m; k++) {
        const d = docs[k] as number
        if (accStamp[d] !== gen) {
          accStamp[d] = gen
          accScore[d] = 0
          accMatched[d] = 0
          accMask[d] = 0
          out[count++] = d
        }
      }
      this.addClause(m)
    }
    return out.subarray(0, count)
  }

  /**
   * A query of one word with its expansions (a prefix being typed; no phrase), for its k best
   * docs: the same scores, fields and total as match() and exclude(), with less work. The terms go
   * in order of the highest score they can give (idf × weight × (k1 + 1)); once k eligible docs
   * are scored and the next term cannot beat the k-th best, the remaining terms are not decoded
   * or scored: any doc only they contain scores below all k, and they cannot raise a scored
   * doc's score (the part takes the maximum) above it. Their docs are still counted, from doc
   * bitsets, so the total stays exact; the fields they add are filled in for the page by
   * completeMasks. Returns the scored docs (a superset of the k best); the total is in `total`.
   */
  matchTop(clause: ResolvedClause, filter: Uint8Array | null, exclusions: ResolvedClause[], k: number): { docs: Int32Array; total: number } {
    const excluded = this.markAll(exclusions)
    const gen = ++this.accGen
    const n = this.docs.count
    const part = clause.parts[0] as Part
    const exact = part[0] !== undefined && part[0].weight === 1 ? idfOf(this.postings.df[part[0].tid] as number, n) : Infinity
    const avg = this.docs.avgLengths()
    // The terms in order of their highest possible score (then the rarer first; a stable sort),
    // in typed scratch: arrays of small objects here took new hidden classes mid-session and sent
    // this loop back to the interpreter.
    const nt = part.length
    if (this.termOrder.length < nt) {
      this.termOrder = new Int32Array(nt * 2)
      this.termIdf = new Float64Array(nt * 2)
      this.termBound = new Float64Array(nt * 2)
    }
    const order = this.termOrder
    const idfs = this.termIdf
    const bounds = this.termBound
    const df = this.postings.df
    for (let j = 0; j < nt; j++) {
      const { tid, weight } = part[j] as WeightedTerm
      const idf = Math.min(idfOf(df[tid] as number, n), exact) * weight
      // The saturation w(k1 + 1)/(w + k1) grows with w and stays under k1 + 1.
      const w = this.postings.maxTfwBound(tid, avg)
      const saturation = w === Infinity ? K1 + 1 : (w * (K1 + 1)) / (w + K1)
      idfs[j] = idf
      bounds[j] = idf * saturation * (1 + 1e-9)
      // Insertion: after every term with a higher bound, or the same bound and no more docs.
      let at = j
      while (at > 0) {
        const prev = order[at - 1] as number
        const pb = bounds[prev] as number
        const b = bounds[j] as number
        if (pb > b || (pb === b && (df[(part[prev] as WeightedTerm).tid] as number) <= (df[tid] as number))) break
        order[at] = prev
        at--
      }
      order[at] = j
    }
    const out = this.resultDocs
    let count = 0
    let best = 0
    let kth = -Infinity
    let kthAt = -1
    this.pending.length = 0
    for (let j = 0; j < nt; j++) {
      const at = order[j] as number
      const tid = (part[at] as WeightedTerm).tid
      const idf = idfs[at] as number
      const bound = bounds[at] as number
      if (count >= k && bound < best) {
        // The k-th best only rises as terms are scored, so an old one stays a valid floor;
        // recomputed (linear in the scored docs) once they grew by half.
        if (bound >= kth && (kthAt < 0 || count >= kthAt + (kthAt >> 1))) {
          kth = this.kthBest(out, count, k)
          kthAt = count
        }
        if (bound < kth) {
          for (let r = j; r < nt; r++) this.pending.push((part[order[r] as number] as WeightedTerm).tid)
          break
        }
      }
      count = this.topTerm(this.decoded.get(tid), idf, filter, excluded, gen, count)
      if (this.topBest > best) best = this.topBest
    }
    const total = this.pending.length > 0 ? count + this.countPending(gen, filter, excluded) : count
    return { docs: out.subarray(0, count), total }
  }

  /**
   * matchTop's loop over one term's postings: each eligible doc's best score and all its fields;
   * docs new to the result go to resultDocs after the first `count`. Returns the new count; the
   * highest score seen is left in topBest.
   */
  private topTerm(list: DecodedList, idf: number, filter: Uint8Array | null, excluded: number, gen: number, count: number): number {
    const { docs, tfw, mask } = list
    const { accStamp, accScore, accMatched, accMask, markStamp } = this
    const deleted = this.docs.deleted
    const out = this.resultDocs
    let best = 0
    const len = docs.length
    for (let i = 0; i < len; i++) {
      const d = docs[i] as number
      if (deleted[d] || (filter && !filter[d]) || markStamp[d] === excluded) continue
      const w = tfw[i] as number
      const sc = (idf * w * (K1 + 1)) / (w + K1)
      if (accStamp[d] !== gen) {
        accStamp[d] = gen
        accScore[d] = sc
        accMatched[d] = 1
        accMask[d] = mask[i] as number
        out[count++] = d
      } else {
        if (sc > (accScore[d] as number)) accScore[d] = sc
        accMask[d] = (accMask[d] as number) | (mask[i] as number)
      }
      if (sc > best) best = sc
    }
    this.topBest = best
    return count
  }

  /**
   * The eligible docs of the terms matchTop left unscored that no scored term has (their union
   * less the docs stamped `gen`), counted from doc bitsets. Its own function: only some queries
   * get here, and compiled inside matchTop it sent matchTop back to the interpreter when one did.
   */
  private countPending(gen: number, filter: Uint8Array | null, excluded: number): number {
    const { accStamp, markStamp } = this
    const deleted = this.docs.deleted
    const words = (this.docs.count >> 5) + 1
    if (this.unionBits.length < words) this.unionBits = new Uint32Array(words + (words >> 2))
    const union = this.unionBits
    union.fill(0, 0, words)
    for (const tid of this.pending) {
      const bits = this.postings.docBits(tid)
      for (let w = 0; w < bits.length; w++) union[w] = (union[w] as number) | (bits[w] as number)
    }
    let extra = 0
    for (let w = 0; w < words; w++) {
      let word = union[w] as number
      while (word !== 0) {
        const low = word & -word
        word ^= low
        const d = (w << 5) + 31 - Math.clz32(low)
        if (accStamp[d] === gen || deleted[d] || (filter && !filter[d]) || markStamp[d] === excluded) continue
        extra++
      }
    }
    return extra
  }

  /** Adds to the given docs' fields those of the terms matchTop left unscored (for the page's hits). */
  completeMasks(docs: readonly number[]): void {
    if (this.pending.length === 0 || docs.length === 0) return
    const sorted = [...docs].sort((a, b) => a - b)
    const cursor = new PostingCursor()
    for (const tid of this.pending) {
      const bits = this.postings.docBits(tid)
      const main = this.postings.main[tid] as Uint8Array
      cursor.reset(this.postings, tid)
      for (const d of sorted) {
        if (d >> 5 >= bits.length || !(((bits[d >> 5] as number) >>> (d & 31)) & 1)) continue
        if (cursor.seek(d, false)) this.accMask[d] = (this.accMask[d] as number) | (main[cursor.headerAt] as number)
      }
    }
  }

  /** The k-th highest accumulated score among docs[0, count). */
  private kthBest(docs: Int32Array, count: number, k: number): number {
    return selectDescending(this.gatherScores(docs, count), count, k - 1)
  }

  /**
   * The accumulated scores of docs[0, count) in scratch. Nothing follows the loop: compiled while
   * it runs, this had no type feedback yet for what came after and was thrown away each time.
   */
  private gatherScores(docs: Int32Array, count: number): Float64Array {
    if (this.selectScratch.length < count) this.selectScratch = new Float64Array(count + (count >> 2))
    const a = this.selectScratch
    const score = this.accScore
    for (let i = 0; i < count; i++) a[i] = score[docs[i] as number] as number
    return a
  }

  /** Marks in markStamp every doc any of the clauses matches; returns the mark (-1: none marked). */
  private markAll(clauses: ResolvedClause[]): number {
    if (clauses.length === 0) return -1
    const gen = ++this.markGen
    for (const clause of clauses) {
      if (!clause.phrase && clause.parts.length === 1) {
        for (const { tid } of clause.parts[0] as Part) {
          const bits = this.postings.docBits(tid)
          for (let w = 0; w < bits.length; w++) {
            for (let word = bits[w] as number; word !== 0; word &= word - 1) this.markStamp[(w << 5) + 31 - Math.clz32(word & -word)] = gen
          }
        }
        continue
      }
      const m = this.scoreClause(clause, null, false)
      const docs = this.clauseDocs
      for (let i = 0; i < m; i++) this.markStamp[docs[i] as number] = gen
    }
    return gen
  }

  /** Makes `docs` the current result without scores (an empty query lists by date). */
  admit(docs: ArrayLike<number>): void {
    const gen = ++this.accGen
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number
      this.accStamp[d] = gen
      this.accScore[d] = 0
      this.accMatched[d] = 0
      this.accMask[d] = 0
    }
  }

  /** Removes from `docs` (the current result, compacted in place) every doc the clause matches. */
  exclude(clause: ResolvedClause, docs: Int32Array): Int32Array {
    if (!clause.phrase && clause.parts.length === 1) {
      // A single word (and its other terms): tested against its doc bitsets, nothing decoded.
      // Each term's docs are removed in turn; a bitset ends at its last doc, so reads past it are
      // tested rather than left to come back undefined (which sent the compiled loop back to the
      // interpreter on the first query that had one).
      let n = docs.length
      for (const { tid } of clause.parts[0] as Part) {
        const bits = this.postings.docBits(tid)
        const words = bits.length
        let kept = 0
        for (let k = 0; k < n; k++) {
          const d = docs[k] as number
          const w = d >> 5
          if (w >= words || (((bits[w] as number) >>> (d & 31)) & 1) === 0) docs[kept++] = d
        }
        n = kept
      }
      return docs.subarray(0, n)
    }
    const m = this.scoreClause(clause, null, true)
    if (m === 0) return docs
    const mark = this.mark(this.clauseDocs, m)
    const stamp = this.markStamp
    let n = 0
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number
      if (stamp[d] !== mark) docs[n++] = d
    }
    return docs.subarray(0, n)
  }

  /**
   * Per doc, how close the clauses sit in query order: for each neighbouring pair of clauses the
   * smallest gap between their words in one field, more when in the typed order. 0…1.
   */
  proximity(clauses: ResolvedClause[], docs: readonly number[]): Float64Array {
    const out = new Float64Array(docs.length)
    if (clauses.length < 2 || docs.length === 0) return out
    const sources: PositionSource[][] = []
    for (let c = 0; c < clauses.length; c++) sources.push(this.sources((clauses[c] as ResolvedClause).parts[0] as Part))
    // Ascending doc order lets each cursor walk its term's streams forward.
    if (this.proximityOrder.length < docs.length) this.proximityOrder = new Int32Array(docs.length * 2)
    const order = this.proximityOrder.subarray(0, docs.length)
    for (let i = 0; i < docs.length; i++) order[i] = i
    order.sort((a, b) => (docs[a] as number) - (docs[b] as number))
    for (let o = 0; o < order.length; o++) {
      const i = order[o] as number
      const d = docs[i] as number
      let sum = 0
      let a = this.collect(sources[0] as PositionSource[], d, POS_LIMIT, 0, false)
      for (let c = 0; c + 1 < sources.length; c++) {
        const b = this.collect(sources[c + 1] as PositionSource[], d, POS_LIMIT, 0, true)
        if (a > 0 && b > 0) sum += pairCloseness(this.posA, a, this.posB, b)
        ;[this.posA, this.posB] = [this.posB, this.posA]
        a = b
      }
      out[i] = sum / (sources.length - 1)
    }
    return out
  }

  private addClause(count: number): void {
    const { accScore, accMatched, accMask, clauseScore, clauseMask } = this
    const docs = this.clauseDocs
    for (let k = 0; k < count; k++) {
      const d = docs[k] as number
      accScore[d] = (accScore[d] as number) + (clauseScore[d] as number)
      accMatched[d] = (accMatched[d] as number) + 1
      accMask[d] = (accMask[d] as number) | (clauseMask[d] as number)
    }
  }

  /**
   * Docs matching every part of the clause (and its phrase order), left in clauseDocs (the count is
   * returned), with the clause's score and fields in clauseScore/clauseMask. `within`: only docs in
   * the current result.
   */
  private scoreClause(clause: ResolvedClause, filter: Uint8Array | null, within: boolean): number {
    if (clause.phrase && clause.parts.length > 1 && clause.parts.every((p) => p.length === 1)) {
      return this.pairPath && clause.parts.length === 2 ? this.scorePhrasePair(clause, filter, within) : this.scorePhrase(clause, filter, within)
    }
    const gen = ++this.clauseGen
    const n = this.docs.count
    let count = 0
    for (let i = 0; i < clause.parts.length; i++) {
      const pg = ++this.partGen
      const touched = this.partDocs
      let t = 0
      const part = clause.parts[i] as Part
      // A longer word that merely starts with what is being typed is often rarer than the word
      // itself: its idf is capped at the typed word's, so it cannot outrank an exact match.
      const exact = part[0] !== undefined && part[0].weight === 1 ? idfOf(this.postings.df[part[0].tid] as number, n) : Infinity
      for (let j = 0; j < part.length; j++) {
        const { tid, weight } = part[j] as WeightedTerm
        const idf = Math.min(idfOf(this.postings.df[tid] as number, n), exact) * weight
        t = this.scoreTerm(this.decoded.get(tid), idf, filter, within, i, gen, pg, t)
      }
      this.foldPart(t, i, gen)
      // This part's docs become the clause's docs; the old buffer takes the next part.
      this.partDocs = this.clauseDocs
      this.clauseDocs = touched
      count = t
      if (count === 0) return 0
    }
    return clause.phrase ? this.phraseFilter(clause, count) : count
  }

  /**
   * One term's postings into the part being scored (scoreClause's part `i`, stamp `pg`): each
   * eligible doc's best score over the part's terms and all their fields; docs new to the part go
   * to partDocs after the first `t`. Returns the new count. The per-posting loops live in small
   * functions of their own: compiled early and alone, they are not thrown away with a large caller.
   */
  private scoreTerm(list: DecodedList, idf: number, filter: Uint8Array | null, within: boolean, i: number, gen: number, pg: number, t: number): number {
    const { docs, tfw, mask } = list
    const deleted = this.docs.deleted
    const accGen = this.accGen
    const { partStamp, partScore, partMask, clauseStamp, clauseCount, accStamp } = this
    const touched = this.partDocs
    const len = docs.length
    for (let k = 0; k < len; k++) {
      const d = docs[k] as number
      if (deleted[d] || (filter && !filter[d]) || (within && accStamp[d] !== accGen) ||
        (i > 0 && (clauseStamp[d] !== gen || clauseCount[d] !== i))) continue
      const w = tfw[k] as number
      const s = (idf * w * (K1 + 1)) / (w + K1)
      if (partStamp[d] !== pg) {
        partStamp[d] = pg
        partScore[d] = s
        partMask[d] = mask[k] as number
        touched[t++] = d
      } else {
        if (s > (partScore[d] as number)) partScore[d] = s
        partMask[d] = (partMask[d] as number) | (mask[k] as number)
      }
    }
    return t
  }

  /** Adds the part's docs (partDocs[0, t)) to the clause: the first part starts it, later ones count up. */
  private foldPart(t: number, i: number, gen: number): void {
    const { partScore, partMask, clauseStamp, clauseCount, clauseScore, clauseMask } = this
    const touched = this.partDocs
    for (let k = 0; k < t; k++) {
      const d = touched[k] as number
      if (i === 0) {
        clauseStamp[d] = gen
        clauseCount[d] = 1
        clauseScore[d] = partScore[d] as number
        clauseMask[d] = partMask[d] as number
      } else {
        clauseCount[d] = (clauseCount[d] as number) + 1
        clauseScore[d] = (clauseScore[d] as number) + (partScore[d] as number)
        clauseMask[d] = (clauseMask[d] as number) | (partMask[d] as number)
      }
    }
  }

  /**
   * scoreClause for a phrase of one term per word, without decoding the lists: walks the rarest
   * word's postings, seeks the others' to the same doc, checks the positions (phraseAt) and scores
   * the docs where the phrase occurs from the field counts just read, with the same arithmetic,
   * in the same order, as decoding and scoring would (so the same bits).
   */
  private scorePhrase(clause: ResolvedClause, filter: Uint8Array | null, within: boolean): number {
    const gen = ++this.clauseGen
    const accGen = this.accGen
    const deleted = this.docs.deleted
    const { clauseStamp, clauseCount, clauseScore, clauseMask, accStamp } = this
    const n = this.docs.count
    const df = this.postings.df
    const parts = clause.parts.length
    const sources: PositionSource[] = clause.parts.map((part) => {
      const tid = (part[0] as WeightedTerm).tid
      return { tid, cursor: new PostingCursor().reset(this.postings, tid) }
    })
    const idfs = clause.parts.map((part) => {
      const { tid, weight } = part[0] as WeightedTerm
      const exact = weight === 1 ? idfOf(df[tid] as number, n) : Infinity
      return Math.min(idfOf(df[tid] as number, n), exact) * weight
    })
    const shifts = clause.offsets.map((o) => o - (clause.offsets[0] as number))
    let lead = 0
    for (let i = 1; i < parts; i++) if ((df[(sources[i] as PositionSource).tid] as number) < (df[(sources[lead] as PositionSource).tid] as number)) lead = i
    const leader = (sources[lead] as PositionSource).cursor
    const norms = this.decoded.lengthNorms()
    const out = this.clauseDocs
    let count = 0
    for (let d = -1; ;) {
      leader.seek(d + 1)
      d = leader.doc
      if (d < 0) break
      if (deleted[d] || (filter && !filter[d]) || (within && accStamp[d] !== accGen)) continue
      if (!this.phraseAt(d, sources, shifts)) continue
      const tfs = this.phraseTf
      let score = 0
      let mask = 0
      for (let i = 0; i < parts; i++) {
        let w = 0
        for (let f = 0; f < NF; f++) {
          const tf = tfs[i * NF + f] as number
          if (tf !== 0) w += ((BOOST[f] as number) * tf) / (norms[d * NF + f] as number)
        }
        const idf = idfs[i] as number
        const s = (idf * w * (K1 + 1)) / (w + K1)
        score = i === 0 ? s : score + s
        mask |= this.phraseHead[4 * i] as number
      }
      clauseStamp[d] = gen
      clauseCount[d] = parts
      clauseScore[d] = score
      clauseMask[d] = mask
      out[count++] = d
    }
    return count
  }

  /**
   * scorePhrase for a phrase of two one-term words: both words' postings are read front to back
   * side by side (PairStream; checkpoints jump the gaps), and where both have a doc their positions
   * are merged field by field until the first occurrence (pairOccurs). Positions of docs one word
   * lacks are passed over in bulk, never decoded. Scores as scorePhrase does (same bits).
   */
  private scorePhrasePair(clause: ResolvedClause, filter: Uint8Array | null, within: boolean): number {
    const gen = ++this.clauseGen
    const accGen = this.accGen
    const deleted = this.docs.deleted
    const { clauseStamp, clauseCount, clauseScore, clauseMask, accStamp } = this
    const n = this.docs.count
    const idfA = this.wordIdf((clause.parts[0] as Part)[0] as WeightedTerm, n)
    const idfB = this.wordIdf((clause.parts[1] as Part)[0] as WeightedTerm, n)
    const shift = (clause.offsets[1] as number) - (clause.offsets[0] as number)
    const a = this.pairA.reset(this.postings, ((clause.parts[0] as Part)[0] as WeightedTerm).tid)
    const b = this.pairB.reset(this.postings, ((clause.parts[1] as Part)[0] as WeightedTerm).tid)
    const norms = this.decoded.lengthNorms()
    const out = this.clauseDocs
    let count = 0
    if (!a.next() || !b.next()) return 0
    for (;;) {
      if (a.doc < b.doc) {
        if (!a.advance(b.doc)) break
        continue
      }
      if (b.doc < a.doc) {
        if (!b.advance(a.doc)) break
        continue
      }
      const d = a.doc
      if (!deleted[d] && !(filter && !filter[d]) && !(within && accStamp[d] !== accGen) && pairOccurs(a, b, shift)) {
        // Field by field in ascending order, as decoding sums them (the same bits).
        let wa = 0
        let wb = 0
        for (let f = 0; f < NF; f++) {
          if (a.mask & (1 << f)) wa += ((BOOST[f] as number) * (a.tf[f] as number)) / (norms[d * NF + f] as number)
          if (b.mask & (1 << f)) wb += ((BOOST[f] as number) * (b.tf[f] as number)) / (norms[d * NF + f] as number)
        }
        const sa = (idfA * wa * (K1 + 1)) / (wa + K1)
        const sb = (idfB * wb * (K1 + 1)) / (wb + K1)
        clauseStamp[d] = gen
        clauseCount[d] = 2
        clauseScore[d] = sa + sb
        clauseMask[d] = a.mask | b.mask
        out[count++] = d
      }
      if (!a.next() || !b.next()) break
    }
    return count
  }

  /** A phrase word's idf (a word of one term: capped by itself when exact), as scorePhrase computes it. */
  private wordIdf({ tid, weight }: WeightedTerm, n: number): number {
    const df = this.postings.df[tid] as number
    const exact = weight === 1 ? idfOf(df, n) : Infinity
    return Math.min(idfOf(df, n), exact) * weight
  }

  /**
   * Keeps the docs (in clauseDocs) where the phrase's words sit at consecutive positions in one
   * field: per doc, each word's positions become keys (field, position − its phrase offset) and a
   * phrase occurrence is a key every word has. Only the candidate docs' positions are decoded.
   */
  private phraseFilter(clause: ResolvedClause, count: number): number {
    const sources = clause.parts.map((part) => this.sources(part))
    const shifts = clause.offsets.map((o) => o - (clause.offsets[0] as number))
    const docs = this.clauseDocs
    const stride = 2 * POS_LIMIT
    let kept = 0
    for (let k = 0; k < count; k++) {
      const d = docs[k] as number
      let a = this.collect(sources[0] as PositionSource[], d, stride, POS_LIMIT, false)
      for (let i = 1; i < sources.length && a > 0; i++) {
        const b = this.collect(sources[i] as PositionSource[], d, stride, POS_LIMIT - (shifts[i] as number), true)
        a = intersectInto(this.posA, a, this.posB, b)
      }
      if (a > 0) docs[kept++] = d
    }
    return kept
  }

  /**
   * Whether the phrase (one term per word) occurs in doc d: seeks every word's cursor to d, reads
   * its field mask and counts (left in phraseTf, phraseHead for scoring), decodes only the
   * positions of the word with the fewest (in fields all words share), then streams the other
   * words' positions against them, stopping at the first full occurrence.
   */
  private phraseAt(d: number, sources: PositionSource[], shifts: number[]): boolean {
    const n = sources.length
    if (this.phraseTf.length < n * NF) {
      this.phraseTf = new Int32Array(n * NF)
      this.phraseHead = new Int32Array(n * 4)
    }
    const tfs = this.phraseTf
    const head = this.phraseHead // per word: mask, total positions, end of header, first position
    const stride = 2 * POS_LIMIT
    const { main, pos } = this.postings
    let common = 0xff
    let best = 0
    for (let i = 0; i < n && common !== 0; i++) {
      const source = sources[i] as PositionSource
      if (!source.cursor.seek(d)) {
        common = 0
        break
      }
      const buf = main[source.tid] as Uint8Array
      let at = source.cursor.headerAt
      const mask = buf[at++] as number
      let total = 0
      for (let f = 0; f < NF; f++) {
        let tf = 0
        if (mask & (1 << f)) {
          let b = buf[at++] as number
          tf = b & 0x7f
          for (let shift = 7; b >= 0x80; shift += 7) {
            b = buf[at++] as number
            tf |= (b & 0x7f) << shift
          }
        }
        tfs[i * NF + f] = tf
        total += tf
      }
      head[4 * i] = mask
      head[4 * i + 1] = total
      head[4 * i + 2] = at
      head[4 * i + 3] = source.cursor.positionsAt
      common &= mask
      if (total < (head[4 * best + 1] as number)) best = i
    }
    if (common === 0) return false
    // The rarest word's positions in the shared fields, as keys field × stride + position − shift.
    let a = 0
    let out = this.posA
    let buf = pos[(sources[best] as PositionSource).tid] as Uint8Array
    let at = head[4 * best + 3] as number
    for (let f = 0; f < NF; f++) {
      const tf = tfs[best * NF + f] as number
      if (tf === 0) continue
      if (!(common & (1 << f))) {
        for (let j = 0; j < tf; j++) while ((buf[at++] as number) >= 0x80);
        continue
      }
      if (a + tf > out.length) {
        const bigger = new Int32Array((a + tf) * 2)
        bigger.set(out.subarray(0, a))
        this.posA = out = bigger
      }
      let key = f * stride + POS_LIMIT - (shifts[best] as number)
      for (let j = 0; j < tf; j++) {
        let b = buf[at++] as number
        let v = b & 0x7f
        for (let shift = 7; b >= 0x80; shift += 7) {
          b = buf[at++] as number
          v |= (b & 0x7f) << shift
        }
        out[a++] = key += v
      }
    }
    ;(sources[best] as PositionSource).cursor.passed(d, head[4 * best + 2] as number, at)
    let left = n - 1
    for (let i = 0; i < n && a > 0; i++) {
      if (i === best) continue
      const last = --left === 0
      buf = pos[(sources[i] as PositionSource).tid] as Uint8Array
      at = head[4 * i + 3] as number
      let j = 0
      let m = 0
      let found = false
      let complete = true
      if (last && a <= KEY_SLOTS >> 1) {
        // The last word only needs one hit: the keys so far go into a small open-addressing
        // table (a stamp per query and doc), and each position of this word is one lookup.
        const gen = ++this.keyGen
        if (gen === 0xffffffff) {
          this.keyStamp.fill(0)
          this.keyGen = 1
        }
        const g = this.keyGen
        const slotKey = this.keySlot
        const slotStamp = this.keyStamp
        for (let q = 0; q < a; q++) {
          const key = out[q] as number
          let slot = key & (KEY_SLOTS - 1)
          while (slotStamp[slot] === g) slot = (slot + 1) & (KEY_SLOTS - 1)
          slotStamp[slot] = g
          slotKey[slot] = key
        }
        const maxKey = out[a - 1] as number
        for (let f = 0; f < NF && !found && complete; f++) {
          const tf = tfs[i * NF + f] as number
          if (tf === 0) continue
          if (!(common & (1 << f))) {
            for (let jj = 0; jj < tf; jj++) while ((buf[at++] as number) >= 0x80);
            continue
          }
          let key = f * stride + POS_LIMIT - (shifts[i] as number)
          for (let jj = 0; jj < tf; jj++) {
            let b = buf[at++] as number
            let v = b & 0x7f
            for (let shift = 7; b >= 0x80; shift += 7) {
              b = buf[at++] as number
              v |= (b & 0x7f) << shift
            }
            key += v
            if (key > maxKey) {
              complete = false
              break
            }
            for (let slot = key & (KEY_SLOTS - 1); slotStamp[slot] === g; slot = (slot + 1) & (KEY_SLOTS - 1)) {
              if (slotKey[slot] === key) {
                found = true
                break
              }
            }
            if (found) break
          }
        }
        if (complete && !found) (sources[i] as PositionSource).cursor.passed(d, head[4 * i + 2] as number, at)
        a = found ? 1 : 0
        continue
      }
      for (let f = 0; f < NF && !found && complete; f++) {
        const tf = tfs[i * NF + f] as number
        if (tf === 0) continue
        if (!(common & (1 << f))) {
          for (let jj = 0; jj < tf; jj++) while ((buf[at++] as number) >= 0x80);
          continue
        }
        let key = f * stride + POS_LIMIT - (shifts[i] as number)
        for (let jj = 0; jj < tf; jj++) {
          let b = buf[at++] as number
          let v = b & 0x7f
          for (let shift = 7; b >= 0x80; shift += 7) {
            b = buf[at++] as number
            v |= (b & 0x7f) << shift
          }
          key += v
          while (j < a && (out[j] as number) < key) j++
          if (j >= a) {
            complete = false
            break
          }
          if (out[j] === key) {
            if (last) {
              found = true
              break
            }
            out[m++] = key
            j++
          }
        }
      }
      if (complete && !found) (sources[i] as PositionSource).cursor.passed(d, head[4 * i + 2] as number, at)
      a = last ? (found ? 1 : 0) : m
    }
    return a > 0
  }

  private sources(part: Part): PositionSource[] {
    // A plain loop: arrays made by map() did not always get the same hidden class, and collect's
    // compiled loop over them was thrown away when another turned up.
    const out: PositionSource[] = []
    for (let i = 0; i < part.length; i++) {
      const tid = (part[i] as WeightedTerm).tid
      out.push({ tid, cursor: new PostingCursor().reset(this.postings, tid) })
    }
    return out
  }

  /**
   * Doc d's positions of one word (with its expansions) into posA (or posB), as
   * field × stride + add + position, ascending. Returns how many.
   */
  private collect(sources: PositionSource[], d: number, stride: number, add: number, intoB: boolean): number {
    let out = intoB ? this.posB : this.posA
    let n = 0
    const r = this.mainReader
    const pr = this.posReader
    for (let s = 0; s < sources.length; s++) {
      const { cursor, tid } = sources[s] as PositionSource
      if (!cursor.seek(d)) continue
      r.buf = this.postings.main[tid] as Uint8Array
      r.at = cursor.headerAt
      pr.buf = this.postings.pos[tid] as Uint8Array
      pr.at = cursor.positionsAt
      const mask = r.byte()
      for (let f = 0; f < NF; f++) {
        if (!(mask & (1 << f))) continue
        const tf = r.next()
        if (n + tf > out.length) {
          const bigger = new Int32Array((n + tf) * 2)
          bigger.set(out.subarray(0, n))
          out = bigger
          if (intoB) this.posB = out
          else this.posA = out
        }
        let p = 0
        const base = f * stride + add
        for (let j = 0; j < tf; j++) out[n++] = base + (p += pr.next())
      }
      cursor.passed(d, r.at, pr.at)
    }
    if (sources.length > 1) out.subarray(0, n).sort()
    return n
  }

  private mark(docs: ArrayLike<number>, count: number): number {
    const gen = ++this.markGen
    for (let k = 0; k < count; k++) this.markStamp[docs[k] as number] = gen
    return gen
  }
}

/**
 * The value at index `target` of a[0, count) sorted in descending order (quickselect; reorders a).
 * Apart from the loop filling `a`: compiled on the fly inside that loop, the selection had no type
 * feedback yet and was thrown away on first use.
 */
function selectDescending(a: Float64Array, count: number, target: number): number {
    let lo = 0
    let hi = count - 1
    while (lo < hi) {
      const pivot = a[(lo + hi) >> 1] as number
      let i = lo
      let j = hi
      while (i <= j) {
        while ((a[i] as number) > pivot) i++
        while ((a[j] as number) < pivot) j--
        if (i <= j) {
          const t = a[i] as number
          a[i] = a[j] as number
          a[j] = t
          i++
          j--
        }
      }
      if (target <= j) hi = j
      else if (target >= i) lo = i
      else break
    }
    return a[target] as number
  }


function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** 1 for adjacent in order, falling with the gap; a reversed pair counts a little over half. */
function pairCloseness(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  let best = 0
  let i = 0
  let j = 0
  while (i < na && j < nb) {
    const x = a[i] as number
    const y = b[j] as number
    if (Math.floor(x / POS_LIMIT) === Math.floor(y / POS_LIMIT)) {
      const gap = Math.abs(y - x)
      const score = gap === 0 ? 0 : (y > x ? 1 : 0.6) / gap
      if (score > best) best = score
    }
    if (x < y) i++
    else j++
  }
  return best
}

/** Keys present in both sorted lists, written over `a`; returns how many. */
function intersectInto(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < na && j < nb) {
    const x = a[i] as number
    const y = b[j] as number
    if (x < y) i++
    else if (x > y) j++
    else {
      a[n++] = x
      i++
      j++
    }
  }
  return n
}
