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

/**
 * Decodes posting streams into typed arrays once and keeps the recently used ones (LRU within a
 * byte budget), so typing a query again with one more letter re-reads nothing. Everything here
 * depends on the index contents (doc numbers, average field lengths): `clear` on every change.
 */
export class DecodedPostings {
  private lists = new Map<number, DecodedList>()
  private bytes = 0
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
    private readonly budget = DEFAULT_CACHE_BYTES
  ) {}

  get cachedBytes(): number {
    return this.bytes
  }

  clear(): void {
    this.norms = null
    if (this.lists.size === 0) return
    this.lists.clear()
    this.bytes = 0
  }

  get(tid: number): DecodedList {
    const hit = this.lists.get(tid)
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      this.lists.delete(tid)
      this.lists.set(tid, hit)
      return hit
    }
    const list = this.decode(tid)
    this.lists.set(tid, list)
    this.bytes += list.bytes
    for (const [old, l] of this.lists) {
      if (this.bytes <= this.budget || old === tid) break
      this.lists.delete(old)
      this.bytes -= l.bytes
    }
    return list
  }

  private decode(tid: number): DecodedList {
    const n = this.postings.df[tid] as number
    const docs = new Int32Array(n)
    const tfw = new Float64Array(n)
    const mask = new Uint8Array(n)
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
    return { docs, tfw, mask, bytes: 13 * n + 64 }
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

/** Index of `d` in the ascending `docs`, or -1. */
export function findDoc(docs: Int32Array, d: number): number {
  let lo = 0
  let hi = docs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = docs[mid] as number
    if (v < d) lo = mid + 1
    else if (v > d) hi = mid - 1
    else return mid
  }
  return -1
}
