/** Growable byte buffers and LEB128 varints for postings. */

export function grow(buf: Uint8Array, used: number, need: number): Uint8Array {
  if (used + need <= buf.length) return buf
  const next = new Uint8Array(Math.max(16, (used + need) * 2))
  next.set(buf.subarray(0, used))
  return next
}

/** Writes v at `at`, returns the new end. The caller reserved 5 bytes. */
export function writeVarint(buf: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    buf[at++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  buf[at++] = v
  return at
}

/** A cursor over a varint stream. */
export class VarintReader {
  constructor(
    public buf: Uint8Array,
    public at: number,
    public end: number
  ) {}

  next(): number {
    let b = this.buf[this.at++] as number
    if (b < 0x80) return b
    let v = b & 0x7f
    let shift = 7
    do {
      b = this.buf[this.at++] as number
      v |= (b & 0x7f) << shift
      shift += 7
    } while (b >= 0x80)
    return v >>> 0
  }

  /** Skips `count` varints without decoding them. */
  skip(count: number): void {
    const buf = this.buf
    let at = this.at
    for (let k = 0; k < count; k++) while ((buf[at++] as number) >= 0x80);
    this.at = at
  }

  byte(): number {
    return this.buf[this.at++] as number
  }

  done(): boolean {
    return this.at >= this.end
  }
}
