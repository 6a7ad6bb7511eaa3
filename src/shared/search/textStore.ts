import { NF } from './postings'
import { FIELD_NAMES, type FieldName, type SearchDoc } from './types'
import type { BytePieces } from './snapshot'
import { grow, VarintReader, writeVarint } from './varint'

const NO_BYTES = new Uint8Array(0)
/** A word with the whitespace after it, or leading whitespace: concatenated they give the text back exactly. */
const CHUNK = /\s+|\S+\s*/gy

/**
 * The documents' field texts kept beside the index so hits get snippets without reading the
 * database. Each text is a sequence of chunk numbers (a word and the spaces after it) into one
 * shared dictionary, as varints: news text repeats its words, so this is about a fifth of the
 * characters' size, and decoding is a join. Documents are numbered as in the DocTable.
 */
export class TextStore {
  /** Chunk → its number, for storing new texts; built when first needed (a loaded index may never add one). */
  private chunkIds: Map<string, number> | null = new Map()
  chunks: string[] = []
  docs: (Uint8Array | undefined)[] = []

  /** Stores doc number d's fields (d = the DocTable number it was appended under). */
  set(d: number, fields: SearchDoc['fields']): void {
    let buf: Uint8Array = new Uint8Array(64)
    let at = 0
    for (const name of FIELD_NAMES) {
      const text = fields[name] ?? ''
      CHUNK.lastIndex = 0
      const ids: number[] = []
      for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) ids.push(this.chunkId(m[0]))
      buf = grow(buf, at, 5 * (ids.length + 1))
      at = writeVarint(buf, at, ids.length)
      for (const id of ids) at = writeVarint(buf, at, id)
    }
    this.docs[d] = buf.slice(0, at)
  }

  get(d: number, field: FieldName): string | undefined {
    const bytes = this.docs[d]
    if (!bytes) return undefined
    const r = new VarintReader(bytes, 0, bytes.length)
    const target = FIELD_NAMES.indexOf(field)
    for (let f = 0; f < NF; f++) {
      const count = r.next()
      if (f !== target) {
        r.skip(count)
        continue
      }
      let text = ''
      for (let k = 0; k < count; k++) text += this.chunks[r.next()] ?? ''
      return text === '' ? undefined : text
    }
    return undefined
  }

  has(d: number): boolean {
    return this.docs[d] !== undefined
  }

  /** Keeps the docs whose remap is not -1, renumbered (alongside the DocTable's compaction). */
  compact(remap: Int32Array): void {
    const kept: (Uint8Array | undefined)[] = []
    for (let d = 0; d < remap.length; d++) if ((remap[d] as number) >= 0) kept[remap[d] as number] = this.docs[d]
    this.docs = kept
  }

  byteLength(): number {
    let total = 0
    for (const b of this.docs) total += b?.length ?? 0
    for (const c of this.chunks) total += 2 * c.length + 16
    return total
  }

  /** Restores from the snapshot's arrays; the caller checked the shapes. */
  static from(chunks: string[], bytes: Uint8Array, ends: Uint32Array): TextStore {
    const store = new TextStore()
    store.chunks = chunks
    store.chunkIds = null
    let start = 0
    for (let d = 0; d < ends.length; d++) {
      const end = ends[d] as number
      // Views, not copies: the file's buffer stays alive for the posting streams' views anyway.
      store.docs.push(end > start ? bytes.subarray(start, end) : undefined)
      start = end
    }
    return store
  }

  /** The first `count` docs' texts as pieces to concatenate, and where each ends. */
  pieces(count: number): { pieces: BytePieces; ends: Uint32Array } {
    const ends = new Uint32Array(count)
    let total = 0
    for (let d = 0; d < count; d++) ends[d] = total += this.docs[d]?.length ?? 0
    return { pieces: { count, byteLength: total, piece: (d) => this.docs[d] ?? NO_BYTES }, ends }
  }

  private chunkId(chunk: string): number {
    if (!this.chunkIds) {
      const ids = new Map<string, number>()
      this.chunks.forEach((c, i) => ids.set(c, i))
      this.chunkIds = ids
    }
    let id = this.chunkIds.get(chunk)
    if (id === undefined) {
      id = this.chunks.length
      this.chunks.push(chunk)
      this.chunkIds.set(chunk, id)
    }
    return id
  }
}
