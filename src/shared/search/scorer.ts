import { type DocTable } from './docTable'
import { NF, POS_LIMIT, type PostingStore } from './postings'
import { FIELD_BOOST, FIELD_NAMES } from './types'
import type { VarintReader } from './varint'

const K1 = 1.2
const B = FIELD_NAMES.map((f) => (f === 'title' ? 0.5 : 0.75))
const BOOST = FIELD_NAMES.map((f) => FIELD_BOOST[f])

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

/**
 * Scores clauses over the postings with BM25F. All per-document scratch lives here, in three
 * layers each with its own generation counter, so no layer can invalidate another's marks:
 * a part (max over a word's expansions), a clause (all its parts, then phrase positions) and the
 * accumulated result (sum over clauses, how many matched, which fields).
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

  constructor(
    private readonly postings: PostingStore,
    private readonly docs: DocTable
  ) {}

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
    this.partGen = this.clauseGen = this.accGen = this.markGen = 0
  }

  /**
   * Docs matching the positive clauses: with required clauses, those matching all of them (the
   * optional ones only add score); without, those matching any clause.
   */
  match(required: ResolvedClause[], optional: ResolvedClause[], filter: Uint8Array | null): number[] {
    const gen = ++this.accGen
    let list: number[] = []
    const { accScore, accMatched, accMask, clauseScore, clauseMask } = this
    if (required.length > 0) {
      let first = true
      for (const clause of required) {
        const docs = this.scoreClause(clause, filter, !first)
        const g = first ? gen : ++this.accGen
        for (const d of docs) {
          if (first) {
            accScore[d] = clauseScore[d] as number
            accMatched[d] = 1
            accMask[d] = clauseMask[d] as number
          } else {
            accScore[d] = (accScore[d] as number) + (clauseScore[d] as number)
            accMatched[d] = (accMatched[d] as number) + 1
            accMask[d] = (accMask[d] as number) | (clauseMask[d] as number)
          }
          this.accStamp[d] = g
        }
        list = docs
        first = false
      }
      for (const clause of optional) this.addClause(this.scoreClause(clause, filter, true))
      return list
    }
    for (const clause of optional) {
      const docs = this.scoreClause(clause, filter, false)
      for (const d of docs) {
        if (this.accStamp[d] !== gen) {
          this.accStamp[d] = gen
          accScore[d] = 0
          accMatched[d] = 0
          accMask[d] = 0
          list.push(d)
        }
      }
      this.addClause(docs)
    }
    return list
  }

  /** Makes `docs` the current result without scores (an empty query lists by date). */
  admit(docs: number[]): void {
    const gen = ++this.accGen
    for (const d of docs) {
      this.accStamp[d] = gen
      this.accScore[d] = 0
      this.accMatched[d] = 0
      this.accMask[d] = 0
    }
  }

  /** Removes from `docs` (the current result) every doc the clause matches. */
  exclude(clause: ResolvedClause, docs: number[]): number[] {
    const hits = this.scoreClause(clause, null, true)
    if (hits.length === 0) return docs
    const mark = this.mark(hits)
    return docs.filter((d) => this.markStamp[d] !== mark)
  }

  /**
   * Per doc, how close the clauses sit in query order: for each neighbouring pair of clauses the
   * smallest gap between their words in one field, more when in the typed order. 0…1.
   */
  proximity(clauses: ResolvedClause[], docs: number[]): Float64Array {
    const out = new Float64Array(docs.length)
    if (clauses.length < 2 || docs.length === 0) return out
    const mark = this.mark(docs)
    const lists = clauses.map((c) => this.positionsByDoc(c.parts[0] as Part, mark))
    docs.forEach((d, i) => {
      let sum = 0
      for (let c = 0; c + 1 < lists.length; c++) {
        const a = lists[c]?.get(d)
        const b = lists[c + 1]?.get(d)
        if (a && b) sum += pairCloseness(a, b)
      }
      out[i] = sum / (lists.length - 1)
    })
    return out
  }

  private addClause(docs: number[]): void {
    const { accScore, accMatched, accMask, clauseScore, clauseMask } = this
    for (const d of docs) {
      accScore[d] = (accScore[d] as number) + (clauseScore[d] as number)
      accMatched[d] = (accMatched[d] as number) + 1
      accMask[d] = (accMask[d] as number) | (clauseMask[d] as number)
    }
  }

  /**
   * Docs matching every part of the clause (and its phrase order), with the clause's score and
   * fields in clauseScore/clauseMask. `within`: only docs in the current result.
   */
  private scoreClause(clause: ResolvedClause, filter: Uint8Array | null, within: boolean): number[] {
    const gen = ++this.clauseGen
    const accGen = this.accGen
    const { deleted, fieldLen } = this.docs
    const { partStamp, partScore, partMask, clauseStamp, clauseCount, clauseScore, clauseMask, accStamp } = this
    const avg = this.docs.avgLengths()
    const n = this.docs.count
    let docs: number[] = []
    for (let i = 0; i < clause.parts.length; i++) {
      const pg = ++this.partGen
      const touched: number[] = []
      const part = clause.parts[i] as Part
      // A longer word that merely starts with what is being typed is often rarer than the word
      // itself: its idf is capped at the typed word's, so it cannot outrank an exact match.
      const exact = part[0] !== undefined && part[0].weight === 1 ? idfOf(this.postings.df[part[0].tid] as number, n) : Infinity
      for (const { tid, weight } of part) {
        const idf = Math.min(idfOf(this.postings.df[tid] as number, n), exact) * weight
        const r = this.postings.reader(tid)
        let d = -1
        while (r.at < r.end) {
          d += r.next()
          const mask = r.byte()
          if (deleted[d] || (filter && !filter[d]) || (within && accStamp[d] !== accGen) ||
            (i > 0 && (clauseStamp[d] !== gen || clauseCount[d] !== i))) {
            skipTfs(r, mask)
            continue
          }
          let tfw = 0
          for (let f = 0; f < NF; f++) {
            if (!(mask & (1 << f))) continue
            const tf = r.next()
            const bf = B[f] as number
            tfw += ((BOOST[f] as number) * tf) / (1 - bf + (bf * (fieldLen[d * NF + f] as number)) / (avg[f] as number))
          }
          const s = (idf * tfw * (K1 + 1)) / (tfw + K1)
          if (partStamp[d] !== pg) {
            partStamp[d] = pg
            partScore[d] = s
            partMask[d] = mask
            touched.push(d)
          } else {
            if (s > (partScore[d] as number)) partScore[d] = s
            partMask[d] = (partMask[d] as number) | mask
          }
        }
      }
      for (const d of touched) {
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
      docs = touched
      if (docs.length === 0) return docs
    }
    return clause.phrase ? this.phraseFilter(clause, docs) : docs
  }

  /**
   * Keeps docs where the phrase's words sit at consecutive positions in one field. Each word's
   * positions become sorted keys (doc, field, position − its phrase offset); a phrase occurrence
   * is a key present for every word, found by merging sorted lists.
   */
  private phraseFilter(clause: ResolvedClause, docs: number[]): number[] {
    const mark = this.mark(docs)
    let keys: Float64Array | null = null
    for (let i = 0; i < clause.parts.length; i++) {
      const shift = (clause.offsets[i] as number) - (clause.offsets[0] as number)
      const next = this.positionKeys(clause.parts[i] as Part, mark, shift)
      keys = keys === null ? next : intersectSorted(keys, next)
    }
    const found = ++this.markGen
    for (const key of keys ?? []) this.markStamp[Math.floor(key / (2 * POS_LIMIT) / 8)] = found
    return docs.filter((d) => this.markStamp[d] === found)
  }

  private mark(docs: number[]): number {
    const gen = ++this.markGen
    for (const d of docs) this.markStamp[d] = gen
    return gen
  }

  /** Sorted (doc, field, position − shift) keys of the marked docs; others are skipped undecoded. */
  private positionKeys(part: Part, mark: number, shift: number): Float64Array {
    let out = new Float64Array(1024)
    let n = 0
    this.forPositions(part, mark, (d, f, p) => {
      if (n === out.length) {
        const bigger = new Float64Array(n * 2)
        bigger.set(out)
        out = bigger
      }
      out[n++] = (d * 8 + f) * 2 * POS_LIMIT + POS_LIMIT - shift + p
    })
    const keys = out.subarray(0, n)
    return part.length > 1 ? keys.sort() : keys
  }

  /** Marked doc → its (field × POS_LIMIT + position) list for one word with its expansions. */
  private positionsByDoc(part: Part, mark: number): Map<number, number[]> {
    const byDoc = new Map<number, number[]>()
    this.forPositions(part, mark, (d, f, p) => {
      let list = byDoc.get(d)
      if (!list) byDoc.set(d, (list = []))
      list.push(f * POS_LIMIT + p)
    })
    if (part.length > 1) for (const list of byDoc.values()) list.sort((a, b) => a - b)
    return byDoc
  }

  private forPositions(part: Part, mark: number, visit: (d: number, f: number, p: number) => void): void {
    const stamp = this.markStamp
    for (const { tid } of part) {
      const r = this.postings.reader(tid)
      const pr = this.postings.positionReader(tid)
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
          let p = 0
          for (let k = 0; k < tf; k++) visit(d, f, (p += pr.next()))
        }
      }
    }
  }
}

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

function skipTfs(r: VarintReader, mask: number): void {
  let m = mask
  let count = 0
  while (m) {
    count += m & 1
    m >>= 1
  }
  r.skip(count)
}

/** 1 for adjacent in order, falling with the gap; a reversed pair counts a little over half. */
function pairCloseness(a: number[], b: number[]): number {
  let best = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
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
