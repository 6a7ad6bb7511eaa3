import { SKIP_SHIFT } from './postingCursor'
import { NF, type PostingStore } from './postings'

/**
 * One term's postings read front to back for a phrase of two words (see pairOccurs): each
 * posting's header (doc, field mask, tf per field) as it is reached, with long gaps jumped over by
 * the term's checkpoints. Positions are not skipped posting by posting: the reader counts how
 * many it passed over (`left`) and walks them in one tight loop only when a doc's positions are
 * wanted (or never, when a checkpoint jump comes first).
 */
export class PairStream {
  private main: Uint8Array = new Uint8Array(0)
  private pos: Uint8Array = new Uint8Array(0)
  private skips: Uint32Array = new Uint32Array(0)
  private df = 0
  /** The current posting's index (-1 before the first). */
  private idx = -1
  /** The next unread byte of the main stream (just past the current header). */
  private mainAt = 0
  /** A place in the positions stream, and how many positions lie between it and the current posting's first. */
  private posAt = 0
  private left = 0
  /** The current posting: its doc (-1 before the first), field mask, tf per field (only fields in the mask are set) and their sum. */
  doc = -1
  mask = 0
  total = 0
  readonly tf = new Int32Array(NF)

  reset(postings: PostingStore, tid: number): this {
    this.main = postings.main[tid] as Uint8Array
    this.pos = postings.pos[tid] as Uint8Array
    this.skips = postings.skips(tid)
    this.df = postings.df[tid] as number
    this.idx = -1
    this.mainAt = 0
    this.posAt = 0
    this.left = 0
    this.doc = -1
    this.mask = 0
    this.total = 0
    this.tf.fill(0)
    return this
  }

  /** Reads the next posting's header; false past the last. */
  next(): boolean {
    this.left += this.total
    if (++this.idx >= this.df) {
      this.idx = this.df
      return false
    }
    const main = this.main
    let at = this.mainAt
    let b = main[at++] as number
    let delta = b & 0x7f
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = main[at++] as number
      delta |= (b & 0x7f) << shift
    }
    this.doc += delta
    const mask = main[at++] as number
    const tf = this.tf
    let total = 0
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      b = main[at++] as number
      let v = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = main[at++] as number
        v |= (b & 0x7f) << shift
      }
      tf[31 - Math.clz32(bits & -bits)] = v
      total += v
    }
    this.mask = mask
    this.total = total
    this.mainAt = at
    return true
  }

  /** Moves to the first posting whose doc is d or later (staying when the current one is); false past the last. */
  advance(d: number): boolean {
    if (this.doc >= d && this.idx >= 0) return this.idx < this.df
    // Checkpoint c holds the doc before posting c·SKIP_EVERY: when that doc is before d, so are all
    // the postings before that one, and the reader starts over there.
    const skips = this.skips
    const blocks = skips.length / 3
    let c = (this.idx >> SKIP_SHIFT) + 1
    if (c < 1) c = 1
    if (c < blocks && (skips[3 * c] as number) < d) {
      while (c + 1 < blocks && (skips[3 * (c + 1)] as number) < d) c++
      this.idx = (c << SKIP_SHIFT) - 1
      this.doc = skips[3 * c] as number
      this.mainAt = skips[3 * c + 1] as number
      this.posAt = skips[3 * c + 2] as number
      this.left = 0
      this.total = 0
    }
    while (this.doc < d) if (!this.next()) return false
    return true
  }

  /** Where the current posting's positions start (walking over the positions passed since). */
  positions(): number {
    if (this.left > 0) this.posAt = skipVarints(this.pos, this.posAt, this.left)
    this.left = 0
    return this.posAt
  }

  /** The caller read `count` of the current posting's positions, up to `at`. */
  consumed(at: number, count: number): void {
    this.posAt = at
    this.left = -count // next() adds the posting's total: what is left of it
  }

  get positionBytes(): Uint8Array {
    return this.pos
  }
}

/**
 * Moves past `count` varints from `at`; returns the new place. Most positions take one byte: the
 * next `left` bytes hold `left` varints less one per continuation byte among them, counted without
 * a branch, and the loop goes on for that many.
 */
export function skipVarints(buf: Uint8Array, at: number, count: number): number {
  for (let left = count; left > 0; ) {
    const end = at + left
    let more = 0
    for (let i = at; i < end; i++) more += (buf[i] as number) >>> 7
    at = end
    left = more
  }
  return at
}

/** Per position, the stamp of the field it was last marked in (pairOccurs); grown as positions need. */
let marks = new Uint32Array(1024)
let markGen = 0

/**
 * Whether the current postings of a and b (at the same doc) hold the phrase "a b": in some field
 * both share, b at a's position + shift. Per shared field, the word with fewer positions there
 * marks where the other would have to be (a table indexed by position, stamped per field), and
 * the other's positions are looked up until the first hit or past the last mark. Fields only one
 * word has are passed over.
 */
export function pairOccurs(a: PairStream, b: PairStream, shift: number): boolean {
  const common = a.mask & b.mask
  if (common === 0) return false
  let pa = a.positions()
  let pb = b.positions()
  let ca = 0
  let cb = 0
  let found = false
  const tfA = a.tf
  const tfB = b.tf
  for (let f = 0; f < NF && !found; f++) {
    const bit = 1 << f
    const ta = a.mask & bit ? (tfA[f] as number) : 0
    const tb = b.mask & bit ? (tfB[f] as number) : 0
    if (!(common & bit)) {
      if (ta !== 0) pa = skipVarints(a.positionBytes, pa, ta)
      if (tb !== 0) pb = skipVarints(b.positionBytes, pb, tb)
      ca += ta
      cb += tb
      continue
    }
    // The fewer positions mark (a's moved by +shift, b's by -shift), the others look up.
    const aMarks = ta <= tb
    const markBuf = aMarks ? a.positionBytes : b.positionBytes
    const lookBuf = aMarks ? b.positionBytes : a.positionBytes
    let mAt = aMarks ? pa : pb
    let lAt = aMarks ? pb : pa
    const tm = aMarks ? ta : tb
    const tl = aMarks ? tb : ta
    const move = aMarks ? shift : -shift
    if (++markGen === 0xffffffff) {
      marks.fill(0)
      markGen = 1
    }
    const g = markGen
    let table = marks
    let p = 0
    let last = -1
    for (let j = 0; j < tm; j++) {
      let x = markBuf[mAt++] as number
      let v = x & 0x7f
      for (let s = 7; x >= 0x80; s += 7) {
        x = markBuf[mAt++] as number
        v |= (x & 0x7f) << s
      }
      p += v
      const key = p + move
      if (key < 0) continue
      if (key >= table.length) {
        const bigger = new Uint32Array(Math.max(2 * table.length, key + 1024))
        bigger.set(table)
        marks = table = bigger
      }
      table[key] = g
      last = key
    }
    let q = 0
    let j = 0
    while (j < tl) {
      let x = lookBuf[lAt++] as number
      let v = x & 0x7f
      for (let s = 7; x >= 0x80; s += 7) {
        x = lookBuf[lAt++] as number
        v |= (x & 0x7f) << s
      }
      q += v
      j++
      if (q > last) break
      if (table[q] === g) {
        found = true
        break
      }
    }
    if (!found && j < tl) lAt = skipVarints(lookBuf, lAt, tl - j)
    const lookUsed = found ? j : tl
    if (aMarks) {
      pa = mAt
      pb = lAt
      ca += ta
      cb += lookUsed
    } else {
      pb = mAt
      pa = lAt
      cb += tb
      ca += lookUsed
    }
  }
  a.consumed(pa, ca)
  b.consumed(pb, cb)
  return found
}
