import type { DocTable } from './docTable'
import { NF, type PostingStore } from './postings'
import { FIELD_BOOST, FIELD_NAMES } from './types'

export const K1 = 1.2
export const B = FIELD_NAMES.map((f) => (f === 'title' ? 0.5 : 0.75))
export const BOOST = FIELD_NAMES.map((f) => FIELD_BOOST[f])

/**
 * One term's postings decoded for scoring: doc numbers (ascending), the BM25F weighted term
 * frequency (the field-length-normalised tf sum, before saturation and idf) and the field mask.
 * Positions stay in the streams: PostingCursor finds one doc's when a phrase or proximity needs them.
 */
export interface DecodedList {
  docs: Int32Array
  tfw: Float64Array
  mask: Uint8Array
  bytes: number
}

/** Bytes of decoded postings kept between queries (the words being typed and their neighbours). */
export const DEFAULT_CACHE_BYTES = 24 * 1024 * 1024
/** Bytes per decoded posting: doc number, weighted tf, field mask. */
const POSTING_BYTES = 13

interface Resident { tid: number; start: number; length: number }

/**
 * Decodes posting streams into typed arrays once and keeps the recent ones within a byte budget,
 * so typing a query again with one more letter re-reads nothing. The lists are views into three
 * pooled arrays filled as a ring (the oldest list gives way first): a query allocates no array
 * buffers, which on a large index kept the garbage collector busy. A list handed out is valid
 * until the next get. Everything here depends on the index contents (doc numbers, average field
 * lengths): `clear` on every change.
 */
export class DecodedPostings {
  private lists = new Map<number, DecodedList>()
  /** Resident lists in the order they were written (the ring's oldest first). */
  private queue: Resident[] = []
  private queueHead = 0
  private poolDocs = new Int32Array(0)
  private poolTfw = new Float64Array(0)
  private poolMask = new Uint8Array(0)
  /** Where the next list goes. */
  private head = 0
  private used = 0
  private readonly maxPostings: number
  /**
   * Per doc and field, BM25's length normalisation 1 − b + b·len/avg: computed once per index
   * state instead of once per posting. Divided by exactly as before, so scores keep every bit.
   */
  private norms: Float64Array | null = null
  /** The average field lengths the norms were computed under. */
  private avg: readonly number[] = []

  constructor(
    private readonly postings: PostingStore,
    private readonly docs: DocTable,
    budget = DEFAULT_CACHE_BYTES
  ) {
    this.maxPostings = Math.max(1024, Math.floor(budget / POSTING_BYTES))
  }

  get cachedBytes(): number {
    return this.used * POSTING_BYTES
  }

  clear(): void {
    this.norms = null
    this.lists.clear()
    this.queue = []
    this.queueHead = 0
    this.head = 0
    this.used = 0
  }

  get(tid: number): DecodedList {
    const hit = this.lists.get(tid)
    if (hit) return hit
    const n = this.postings.df[tid] as number
    const start = this.place(n)
    const list = start < 0
      ? this.decode(tid, new Int32Array(n), new Float64Array(n), new Uint8Array(n))
      : this.decode(tid, this.poolDocs.subarray(start, start + n), this.poolTfw.subarray(start, start + n), this.poolMask.subarray(start, start + n))
    if (start >= 0) {
      this.lists.set(tid, list)
      this.queue.push({ tid, start, length: n })
      this.used += n
    }
    return list
  }

  /**
   * Room for n postings in the pool: grows it while under budget, else takes the space of the
   * oldest lists. -1 for a list too long to pool (decoded into its own arrays, not kept).
   */
  private place(n: number): number {
    if (n > this.maxPostings >> 2) return -1
    const cap = this.poolDocs.length
    if (this.used + n > cap && cap < this.maxPostings) {
      // Straight to the size the index can use (all its postings, at most the budget): growing in
      // steps would drop the resident lists at each step.
      let total = 0
      for (const df of this.postings.df) total += df
      this.grow(Math.min(this.maxPostings, Math.max(total, this.used + n, 2 * cap)))
    }
    for (;;) {
      if (this.queueHead >= this.queue.length) {
        // Empty ring: start over at the front.
        this.queue = []
        this.queueHead = 0
        this.head = 0
        return this.take(n)
      }
      const tail = (this.queue[this.queueHead] as Resident).start
      if (tail < this.head) {
        // Lists lie in [tail, head): free are [head, end) and [0, tail).
        if (this.poolDocs.length - this.head >= n) return this.take(n)
        this.head = 0
      } else if (tail - this.head >= n) return this.take(n)
      this.evictOldest()
    }
  }

  private take(n: number): number {
    const at = this.head
    this.head += n
    return at
  }

  private evictOldest(): void {
    const old = this.queue[this.queueHead++] as Resident
    this.lists.delete(old.tid)
    this.used -= old.length
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead)
      this.queueHead = 0
    }
  }

  /** A bigger pool: the lists in the old one are dropped (decoded again when next needed). */
  private grow(cap: number): void {
    this.poolDocs = new Int32Array(cap)
    this.poolTfw = new Float64Array(cap)
    this.poolMask = new Uint8Array(cap)
    this.lists.clear()
    this.queue = []
    this.queueHead = 0
    this.head = 0
    this.used = 0
  }

  private decode(tid: number, docs: Int32Array, tfw: Float64Array, mask: Uint8Array): DecodedList {
    const n = docs.length
    const norms = this.norms ?? this.computeNorms()
    const buf = this.postings.main[tid] as Uint8Array
    let at = 0
    let d = -1
    let max = 0
    for (let i = 0; i < n; i++) {
      let b = buf[at++] as number
      let v = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = buf[at++] as number
        v |= (b & 0x7f) << shift
      }
      d += v >>> 0
      const m = buf[at++] as number
      let t = 0
      const base = d * NF
      for (let bits = m; bits !== 0; bits &= bits - 1) {
        const f = 31 - Math.clz32(bits & -bits)
        b = buf[at++] as number
        let tf = b & 0x7f
        for (let shift = 7; b >= 0x80; shift += 7) {
          b = buf[at++] as number
          tf |= (b & 0x7f) << shift
        }
        t += ((BOOST[f] as number) * tf) / (norms[base + f] as number)
      }
      docs[i] = d
      tfw[i] = t
      mask[i] = m
      if (t > max) max = t
    }
    this.postings.recordMaxTfw(tid, max, this.avg)
    return { docs, tfw, mask, bytes: POSTING_BYTES * n }
  }

  /** Per doc and field, 1 − b + b·len/avg for the index as it is (what decoding divides by). */
  lengthNorms(): Float64Array {
    return this.norms ?? this.computeNorms()
  }

  private computeNorms(): Float64Array {
    const count = this.docs.count
    const fieldLen = this.docs.fieldLen
    const avg = this.docs.avgLengths()
    this.avg = avg
    const norms = new Float64Array(count * NF)
    for (let d = 0; d < count; d++) {
      for (let f = 0; f < NF; f++) {
        const bf = B[f] as number
        norms[d * NF + f] = 1 - bf + (bf * (fieldLen[d * NF + f] as number)) / (avg[f] as number)
      }
    }
    this.norms = norms
    return norms
  }
}
