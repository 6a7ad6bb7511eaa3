import type { PostingStore } from './postings'
import { FIELD_NAMES } from './types'

const NF = FIELD_NAMES.length

/** One checkpoint (stream offsets) every SKIP_EVERY postings of a term. */
export const SKIP_SHIFT = 5
export const SKIP_EVERY = 1 << SKIP_SHIFT

/**
 * Stream offsets of every SKIP_EVERY-th posting of a term: [mainAt, posAt] pairs, where mainAt is
 * the start of the posting's doc delta and posAt its first position. One pass over the term's
 * streams, kept until they change: afterwards any posting's positions are found by walking at
 * most SKIP_EVERY - 1 postings, without reading a long list's positions from its start.
 */
export function buildSkips(postings: PostingStore, tid: number): Uint32Array {
  const n = postings.df[tid] as number
  const out = new Uint32Array(2 * (((n + SKIP_EVERY - 1) >> SKIP_SHIFT) || 1))
  const main = postings.main[tid] as Uint8Array
  const pos = postings.pos[tid] as Uint8Array
  let at = 0
  let pat = 0
  for (let i = 0; i < n; i++) {
    if ((i & (SKIP_EVERY - 1)) === 0) {
      out[2 * (i >> SKIP_SHIFT)] = at
      out[2 * (i >> SKIP_SHIFT) + 1] = pat
    }
    while ((main[at++] as number) >= 0x80);
    const mask = main[at++] as number
    let count = 0
    for (let f = 0; f < NF; f++) {
      if (!(mask & (1 << f))) continue
      let b = main[at++] as number
      let v = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = main[at++] as number
        v |= (b & 0x7f) << shift
      }
      count += v
    }
    for (let k = 0; k < count; k++) while ((pos[pat++] as number) >= 0x80);
  }
  return out
}

/**
 * Walks one term's postings to given docs in any order (cheapest ascending): finds the posting's
 * index in the decoded doc numbers, jumps to the nearest checkpoint at or before it when that
 * saves reading, and skips the postings between. After a successful seek, `headerAt` points at the
 * posting's field mask in the main stream and `positionsAt` at its first position.
 */
export class PostingCursor {
  private docs: Int32Array = new Int32Array(0)
  private skips: Uint32Array = new Uint32Array(0)
  private main: Uint8Array = new Uint8Array(0)
  private pos: Uint8Array = new Uint8Array(0)
  /** The posting mainAt/posAt point at (the start of its doc delta, its first position). */
  private idx = 0
  private mainAt = 0
  private posAt = 0
  headerAt = 0
  positionsAt = 0

  reset(docs: Int32Array, skips: Uint32Array, main: Uint8Array, pos: Uint8Array): this {
    this.docs = docs
    this.skips = skips
    this.main = main
    this.pos = pos
    this.idx = 0
    this.mainAt = 0
    this.posAt = 0
    return this
  }

  /** Whether the term occurs in doc d; if so the cursor is at its posting. */
  seek(d: number): boolean {
    const target = this.indexOf(d)
    if (target < 0) return false
    if (target < this.idx || target - this.idx >= SKIP_EVERY) {
      const c = target >> SKIP_SHIFT
      if (target < this.idx || c << SKIP_SHIFT > this.idx) {
        this.idx = c << SKIP_SHIFT
        this.mainAt = this.skips[2 * c] as number
        this.posAt = this.skips[2 * c + 1] as number
      }
    }
    const main = this.main
    const pos = this.pos
    let at = this.mainAt
    let pat = this.posAt
    for (let j = this.idx; j < target; j++) {
      while ((main[at++] as number) >= 0x80);
      const mask = main[at++] as number
      let count = 0
      for (let f = 0; f < NF; f++) {
        if (!(mask & (1 << f))) continue
        let b = main[at++] as number
        let v = b & 0x7f
        for (let shift = 7; b >= 0x80; shift += 7) {
          b = main[at++] as number
          v |= (b & 0x7f) << shift
        }
        count += v
      }
      for (let k = 0; k < count; k++) while ((pos[pat++] as number) >= 0x80);
    }
    this.idx = target
    this.mainAt = at
    this.posAt = pat
    while ((main[at++] as number) >= 0x80);
    this.headerAt = at
    this.positionsAt = pat
    return true
  }

  /**
   * The caller read the current posting to its end (mask, tfs and every position): the cursor
   * moves past it, so the next seek does not read it again.
   */
  passed(mainEnd: number, positionsEnd: number): void {
    this.idx++
    this.mainAt = mainEnd
    this.posAt = positionsEnd
  }

  /** Index of d in the doc numbers, searching forward from the cursor first; -1 when absent. */
  private indexOf(d: number): number {
    const docs = this.docs
    let lo = 0
    let hi = docs.length - 1
    if (this.idx < docs.length && (docs[this.idx] as number) <= d) {
      // Gallop forward from the cursor: candidates usually come in ascending order.
      lo = this.idx
      let step = 1
      while (lo + step <= hi && (docs[lo + step] as number) <= d) {
        lo += step
        step <<= 1
      }
      hi = Math.min(hi, lo + step)
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = docs[mid] as number
      if (v < d) lo = mid + 1
      else if (v > d) hi = mid - 1
      else return mid
    }
    return -1
  }
}
