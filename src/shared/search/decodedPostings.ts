import type { DocTable } from './docTable'
import { NF, type PostingStore } from './postings'
import { FIELD_BOOST, FIELD_NAMES } from './types'

export const K1 = 1.2
export const B = FIELD_NAMES.map((f) => (f === 'title' ? 0.5 : 0.75))
export const BOOST = FIELD_NAMES.map((f) => FIELD_BOOST[f])

/**
 * One term's postings decoded for scoring: doc numbers (ascending), the BM25F weighted term
 * frequency (the field-length-normalised tf sum, before saturation and idf) and the field mask.
 * Offsets into the streams (for positions) are filled the first time a phrase or proximity needs them.
 */
export interface DecodedList {
  docs: Int32Array
  tfw: Float64Array
  mask: Uint8Array
  /** Offset of each posting's mask byte in the main stream. */
  mainAt: Uint32Array | null
  /** Offset of each posting's first position in the position stream. */
  posAt: Uint32Array | null
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

  constructor(
    private readonly postings: PostingStore,
    private readonly docs: DocTable,
    private readonly budget = DEFAULT_CACHE_BYTES
  ) {}

  get cachedBytes(): number {
    return this.bytes
  }

  clear(): void {
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

  /** Fills the stream offsets a list needs for reading positions. */
  withOffsets(tid: number, list: DecodedList): { mainAt: Uint32Array; posAt: Uint32Array } {
    if (list.mainAt && list.posAt) return { mainAt: list.mainAt, posAt: list.posAt }
    const n = list.docs.length
    const mainAt = new Uint32Array(n)
    const posAt = new Uint32Array(n)
    const r = this.postings.reader(tid)
    const pr = this.postings.positionReader(tid)
    for (let i = 0; i < n; i++) {
      r.next()
      mainAt[i] = r.at
      posAt[i] = pr.at
      const mask = r.byte()
      let count = 0
      for (let f = 0; f < NF; f++) if (mask & (1 << f)) count += r.next()
      pr.skip(count)
    }
    list.mainAt = mainAt
    list.posAt = posAt
    const extra = 8 * n
    list.bytes += extra
    if (this.lists.get(tid) === list) this.bytes += extra
    return { mainAt, posAt }
  }

  private decode(tid: number): DecodedList {
    const n = this.postings.df[tid] as number
    const docs = new Int32Array(n)
    const tfw = new Float64Array(n)
    const mask = new Uint8Array(n)
    const fieldLen = this.docs.fieldLen
    const avg = this.docs.avgLengths()
    const r = this.postings.reader(tid)
    let d = -1
    for (let i = 0; i < n; i++) {
      d += r.next()
      const m = r.byte()
      let t = 0
      for (let f = 0; f < NF; f++) {
        if (!(m & (1 << f))) continue
        const tf = r.next()
        const bf = B[f] as number
        t += ((BOOST[f] as number) * tf) / (1 - bf + (bf * (fieldLen[d * NF + f] as number)) / (avg[f] as number))
      }
      docs[i] = d
      tfw[i] = t
      mask[i] = m
    }
    return { docs, tfw, mask, mainAt: null, posAt: null, bytes: 13 * n + 64 }
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
