import type { PostingStore } from './postings'

/** One checkpoint every SKIP_EVERY postings of a term. */
export const SKIP_SHIFT = 5
export const SKIP_EVERY = 1 << SKIP_SHIFT

/**
 * Checkpoints into a term's streams, one per SKIP_EVERY postings: [docBefore, mainAt, posAt]
 * triples, where docBefore is the doc of the posting before (-1 for the first), mainAt the start
 * of the posting's doc delta and posAt its first position. One pass over the term's streams, kept
 * until they change; afterwards any doc's posting is found by a binary search over the
 * checkpoints and a walk over at most SKIP_EVERY - 1 postings.
 */
export function buildSkips(postings: PostingStore, tid: number): Uint32Array {
  const n = postings.df[tid] as number
  const out = new Uint32Array(3 * ((n + SKIP_EVERY - 1) >> SKIP_SHIFT))
  const main = postings.main[tid] as Uint8Array
  const pos = postings.pos[tid] as Uint8Array
  let at = 0
  let pat = 0
  let doc = -1
  for (let i = 0; i < n; i++) {
    if ((i & (SKIP_EVERY - 1)) === 0) {
      const c = 3 * (i >> SKIP_SHIFT)
      out[c] = doc
      out[c + 1] = at
      out[c + 2] = pat
    }
    let b = main[at++] as number
    let delta = b & 0x7f
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = main[at++] as number
      delta |= (b & 0x7f) << shift
    }
    doc += delta
    const mask = main[at++] as number
    let count = 0
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      b = main[at++] as number
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
 * Walks one term's postings to given docs, cheapest in ascending order, without decoding the
 * list: jumps to the checkpoint before a doc when that saves reading and skips the postings
 * between. After a successful seek, `headerAt` points at the posting's field mask in the main
 * stream and (unless the seek was for the mask only) `positionsAt` at its first position.
 */
export class PostingCursor {
  private skips: Uint32Array = new Uint32Array(0)
  private main: Uint8Array = new Uint8Array(0)
  private pos: Uint8Array = new Uint8Array(0)
  private df = 0
  /** The posting the cursor is at (the start of its doc delta), the doc before it and its first position. */
  private idx = 0
  private prev = -1
  private mainAt = 0
  private posAt = 0
  /** Whether posAt is still known (a mask-only seek stops following positions). */
  private posKnown = true
  /** The doc of the posting the last seek stopped at (the first at or after the doc asked for), -1 past the end. */
  doc = -1
  headerAt = 0
  positionsAt = 0

  reset(postings: PostingStore, tid: number): this {
    this.skips = postings.skips(tid)
    this.main = postings.main[tid] as Uint8Array
    this.pos = postings.pos[tid] as Uint8Array
    this.df = postings.df[tid] as number
    this.jump(0)
    return this
  }

  /**
   * Whether the term occurs in doc d; if so the cursor is at its posting. With `positions` false
   * only the main stream is walked (enough for the field mask).
   */
  seek(d: number, positions = true): boolean {
    const skips = this.skips
    const blocks = skips.length / 3
    const block = this.idx >> SKIP_SHIFT
    // Behind the cursor, past the next checkpoint, or positions wanted but no longer followed: jump.
    if (d <= this.prev || (block + 1 < blocks && d > (skips[3 * (block + 1)] as number)) || (positions && !this.posKnown)) {
      let lo = 0
      let hi = blocks - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((skips[3 * mid] as number) < d || (skips[3 * mid] as number) === 0xffffffff) lo = mid
        else hi = mid - 1
      }
      if (lo !== block || d <= this.prev || (positions && !this.posKnown)) this.jump(lo)
    }
    const main = this.main
    const pos = this.pos
    let at = this.mainAt
    let pat = this.posAt
    let prev = this.prev
    for (let j = this.idx; j < this.df; j++) {
      const start = at
      let b = main[at++] as number
      let delta = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = main[at++] as number
        delta |= (b & 0x7f) << shift
      }
      const doc = prev + delta
      if (doc >= d) {
        this.idx = j
        this.prev = prev
        this.mainAt = start
        this.posAt = pat
        this.posKnown = this.posKnown && positions
        this.doc = doc
        this.headerAt = at
        this.positionsAt = pat
        return doc === d
      }
      const mask = main[at++] as number
      let count = 0
      for (let bits = mask; bits !== 0; bits &= bits - 1) {
        b = main[at++] as number
        let v = b & 0x7f
        for (let shift = 7; b >= 0x80; shift += 7) {
          b = main[at++] as number
          v |= (b & 0x7f) << shift
        }
        count += v
      }
      if (positions) for (let k = 0; k < count; k++) while ((pos[pat++] as number) >= 0x80);
      prev = doc
    }
    this.idx = this.df
    this.prev = prev
    this.mainAt = at
    this.posAt = pat
    this.posKnown = this.posKnown && positions
    this.doc = -1
    return false
  }

  /**
   * The caller read the current posting to its end (mask, tfs and every position): the cursor
   * moves past it, so the next seek does not read it again.
   */
  passed(doc: number, mainEnd: number, positionsEnd: number): void {
    this.idx++
    this.prev = doc
    this.mainAt = mainEnd
    this.posAt = positionsEnd
  }

  private jump(block: number): void {
    this.idx = block << SKIP_SHIFT
    if (this.skips.length === 0) {
      this.prev = -1
      this.mainAt = 0
      this.posAt = 0
    } else {
      this.prev = (this.skips[3 * block] as number) | 0
      this.mainAt = this.skips[3 * block + 1] as number
      this.posAt = this.skips[3 * block + 2] as number
    }
    this.posKnown = true
  }
}
