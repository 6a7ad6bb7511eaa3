import { SKIP_EVERY, SKIP_SHIFT } from './postingCursor'

/**
 * The stored form of a SearchIndex: flat typed arrays (structured-clone friendly for IndexedDB, no
 * JSON). analyserVersion tells the caller whether the snapshot is still valid.
 */
export interface SearchIndexSnapshot {
  format: 'bayegan.search-index'
  formatVersion: 1
  analyserVersion: string
  terms: Uint8Array
  df: Uint32Array
  lastDoc: Int32Array
  postings: Uint8Array
  postingEnds: Uint32Array
  positions: Uint8Array
  positionEnds: Uint32Array
  surfaces: Uint8Array
  surfaceTerms: Uint32Array
  ids: Uint8Array
  fieldLengths: Uint32Array
  dates: Float64Array
  sources: Int32Array
  hasNotes: Uint8Array
  labels: Uint8Array
  tagEnds: Uint32Array
  tagValues: Uint32Array
  colourEnds: Uint32Array
  colourValues: Uint32Array
  /** Field texts for snippets (an index built with keepText): the chunk dictionary, then per doc its chunk numbers. */
  textChunks?: Uint8Array
  texts?: Uint8Array
  textEnds?: Uint32Array
}

/**
 * A byte array given as the pieces it is the concatenation of (each term's stream, each document's
 * text), so it is copied once, into wherever it goes: saving the index then needs one file-sized
 * buffer, not a snapshot, a body and a file of the same size.
 */
export interface BytePieces {
  readonly count: number
  readonly byteLength: number
  piece(i: number): Uint8Array
}

/** A snapshot whose largest arrays may still be in pieces (SearchIndex.snapshotSteps). */
export type SnapshotParts = Omit<SearchIndexSnapshot, 'postings' | 'positions' | 'texts'> & {
  postings: Uint8Array | BytePieces
  positions: Uint8Array | BytePieces
  texts?: Uint8Array | BytePieces
}

export function isPieces(value: ArrayBufferView | BytePieces): value is BytePieces {
  return !ArrayBuffer.isView(value)
}

export function joinPieces(value: Uint8Array | BytePieces): Uint8Array {
  if (!isPieces(value)) return value
  const out = new Uint8Array(value.byteLength)
  let at = 0
  for (let i = 0; i < value.count; i++) {
    const piece = value.piece(i)
    out.set(piece, at)
    at += piece.length
  }
  return out
}

/** The snapshot itself, its pieces joined. */
export function joinParts(parts: SnapshotParts): SearchIndexSnapshot {
  const { postings, positions, texts, ...rest } = parts
  return { ...rest, postings: joinPieces(postings), positions: joinPieces(positions), ...(texts ? { texts: joinPieces(texts) } : {}) }
}

const ARRAY_TYPES: Record<string, new (n: number) => ArrayBufferView> = {
  terms: Uint8Array, df: Uint32Array, lastDoc: Int32Array, postings: Uint8Array, postingEnds: Uint32Array,
  positions: Uint8Array, positionEnds: Uint32Array, surfaces: Uint8Array, surfaceTerms: Uint32Array, ids: Uint8Array,
  fieldLengths: Uint32Array, dates: Float64Array, sources: Int32Array, hasNotes: Uint8Array, labels: Uint8Array,
  tagEnds: Uint32Array, tagValues: Uint32Array, colourEnds: Uint32Array, colourValues: Uint32Array
}
const TEXT_TYPES: Record<string, new (n: number) => ArrayBufferView> = { textChunks: Uint8Array, texts: Uint8Array, textEnds: Uint32Array }
/** Fields per document (FIELD_NAMES.length), repeated here to keep this module free of the index. */
const FIELDS = 7

export { ARRAY_TYPES as SNAPSHOT_ARRAY_TYPES, TEXT_TYPES as SNAPSHOT_TEXT_TYPES }

function fail(what: string): never {
  throw new Error(`search index snapshot is damaged: ${what}`)
}

function checkEnds(ends: Uint32Array, total: number, what: string): void {
  let prev = 0
  for (let i = 0; i < ends.length; i++) {
    const e = ends[i] as number
    if (e < prev) fail(`${what} offsets go backwards`)
    prev = e
  }
  if (prev !== total) fail(`${what} offsets do not end at the data's length`)
}

/** What checking a snapshot's postings finds on the way, for the index loading it to keep. */
export interface SnapshotChecked {
  /** Per term with more than SKIPS_FROM postings, its stream checkpoints (see buildSkips). */
  skips: (Uint32Array | undefined)[]
}

/** Terms this long get their checkpoints from the check; shorter ones build theirs when needed. */
const SKIPS_FROM = 4 * SKIP_EVERY

/**
 * Checks that a snapshot's arrays fit together (counts, offsets, every posting's doc number and
 * field mask) so a damaged or hostile snapshot is refused instead of answering wrongly.
 * Throws with what is wrong. Reads every posting once: linear in the index size. Returns the
 * long terms' stream checkpoints, collected on the way (the same as buildSkips would make).
 */
export function checkSnapshot(s: SearchIndexSnapshot): SnapshotChecked {
  const record = s as unknown as Record<string, unknown>
  for (const [name, type] of Object.entries(ARRAY_TYPES)) if (!(record[name] instanceof type)) fail(`${name} is missing or of the wrong type`)
  const hasText = s.textChunks !== undefined || s.texts !== undefined || s.textEnds !== undefined
  if (hasText) for (const [name, type] of Object.entries(TEXT_TYPES)) if (!(record[name] instanceof type)) fail(`${name} is missing or of the wrong type`)
  const nt = decodeStrings(s.terms).length
  for (const name of ['df', 'lastDoc', 'postingEnds', 'positionEnds'] as const) if (s[name].length !== nt) fail(`${name} does not have one entry per term`)
  checkEnds(s.postingEnds, s.postings.length, 'postings')
  checkEnds(s.positionEnds, s.positions.length, 'positions')
  const ns = decodeStrings(s.surfaces).length
  if (s.surfaceTerms.length !== ns) fail('surfaces and their terms differ in number')
  for (const t of s.surfaceTerms) if (t >= nt) fail('a surface names an unknown term')
  const n = decodeStrings(s.ids).length
  if (s.fieldLengths.length !== n * FIELDS) fail('field lengths do not match the documents')
  for (const name of ['dates', 'sources', 'hasNotes', 'tagEnds', 'colourEnds'] as const) if (s[name].length !== n) fail(`${name} does not have one entry per document`)
  const labels = decodeStrings(s.labels).length
  checkEnds(s.tagEnds, s.tagValues.length, 'tags')
  checkEnds(s.colourEnds, s.colourValues.length, 'colours')
  for (const v of s.tagValues) if (v >= labels) fail('a tag names an unknown label')
  for (const v of s.colourValues) if (v >= labels) fail('a colour names an unknown label')
  for (const v of s.sources) if (v < -1 || v >= labels) fail('a source names an unknown label')
  if (s.textEnds && s.texts) {
    if (s.textEnds.length !== n) fail('texts do not have one entry per document')
    checkEnds(s.textEnds, s.texts.length, 'texts')
  }
  // Every posting: doc numbers ascending below n, a non-empty field mask, df postings per term,
  // and as many positions as its term frequencies say.
  const buf = s.postings
  const pos = s.positions
  let at = 0
  let pat = 0
  // Most varints are one byte: that case first, without the multi-byte loop (this reads every posting).
  const varint = (): number => {
    if (at >= buf.length) fail('a posting is cut short')
    const first = buf[at++] as number
    if (first < 0x80) return first
    let v = first & 0x7f
    let scale = 0x80
    for (let bytes = 1; ; bytes++) {
      if (at >= buf.length || bytes > 4) fail('a posting is cut short')
      const b = buf[at++] as number
      v += (b & 0x7f) * scale
      if (b < 0x80) return v
      scale *= 0x80
    }
  }
  const skips: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(nt)
  for (let t = 0; t < nt; t++) {
    const start = at
    const posStart = pat
    const end = s.postingEnds[t] as number
    const posEnd = s.positionEnds[t] as number
    const df = s.df[t] as number
    const checkpoints = df > SKIPS_FROM ? new Uint32Array(3 * ((df + SKIP_EVERY - 1) >> SKIP_SHIFT)) : undefined
    let d = -1
    let count = 0
    // Positions not yet walked past: walked in one loop at a checkpoint and at the term's end.
    let pending = 0
    while (at < end) {
      if (checkpoints && count < df && (count & (SKIP_EVERY - 1)) === 0) {
        pat = skipVarints(pos, pat, pending, posEnd)
        pending = 0
        const c = 3 * (count >> SKIP_SHIFT)
        checkpoints[c] = d
        checkpoints[c + 1] = at - start
        checkpoints[c + 2] = pat - posStart
      }
      const delta = varint()
      if (delta < 1) fail('doc numbers do not ascend')
      d += delta
      if (d >= n) fail('a posting names an unknown document')
      if (at >= end) fail('a posting is cut short')
      const mask = buf[at++] as number
      if (mask === 0 || mask >= 1 << FIELDS) fail('a posting has a bad field mask')
      // This posting's positions: as many varints as its term frequencies, inside the term's positions.
      for (let f = 0; f < FIELDS; f++) if (mask & (1 << f)) pending += varint()
      count++
    }
    pat = skipVarints(pos, pat, pending, posEnd)
    if (at !== end) fail('a posting runs past its term')
    if (count !== df || (count > 0 && s.lastDoc[t] !== d)) fail('document frequencies do not match the postings')
    if (pat !== posEnd) fail('positions do not match the term frequencies')
    skips[t] = checkpoints
  }
  return { skips }
}

/** Where `count` varints starting at `from` end; fails if they do not all end before `until`. */
function skipVarints(bytes: Uint8Array, from: number, count: number, until: number): number {
  let at = from
  for (let left = count; left > 0; at++) {
    if (at >= until) fail('positions do not match the term frequencies')
    if ((bytes[at] as number) < 0x80) left--
  }
  return at
}

const SEPARATOR = '\u0000'

export function encodeStrings(list: readonly string[]): Uint8Array {
  return new TextEncoder().encode(list.join(SEPARATOR))
}

export function decodeStrings(bytes: Uint8Array): string[] {
  if (bytes.length === 0) return []
  return new TextDecoder().decode(bytes).split(SEPARATOR)
}

/** Total bytes of a snapshot's arrays (what IndexedDB will store). */
export function snapshotByteLength(s: SearchIndexSnapshot): number {
  let total = 0
  for (const value of Object.values(s)) if (ArrayBuffer.isView(value)) total += value.byteLength
  return total
}
