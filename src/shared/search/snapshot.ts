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
