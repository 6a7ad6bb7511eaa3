import { BodyChecksum } from './indexChecksum'
import { INDEX_FILE_MAGIC, INDEX_FILE_TYPES, type IndexFileInfo, type IndexFileTypeName } from './indexFile'
import { isPieces, SNAPSHOT_ARRAY_TYPES, SNAPSHOT_TEXT_TYPES, type BytePieces, type SearchIndexSnapshot, type SnapshotParts } from './snapshot'
import { runToEnd, type Steps } from './steps'

/** Bytes copied (and summed) between two pauses: a few milliseconds of work. */
export const FILE_STEP_BYTES = 4 * 1024 * 1024
const CHECKSUM_PLACEHOLDER = '0'.repeat(32)

type FileArray = ArrayBufferView | BytePieces

const typeNameOf = (a: FileArray): IndexFileTypeName => {
  if (isPieces(a)) return 'u8'
  for (const [name, ctor] of Object.entries(INDEX_FILE_TYPES)) if (a instanceof ctor) return name as IndexFileTypeName
  throw new Error('unsupported array type')
}
const lengthOf = (a: FileArray): number => (isPieces(a) ? a.byteLength : (a as unknown as { length: number }).length)

/** The file's bytes for a snapshot (see indexFile.ts for the format). Deterministic: same snapshot, same bytes. */
export function writeIndexFile(snapshot: SearchIndexSnapshot, info: IndexFileInfo): Uint8Array {
  return runToEnd(indexFileSteps(snapshot, info))
}

/**
 * The same bytes, written in steps of about `stepBytes`: the header is laid out first (its checksum
 * is always 32 hex digits, so its length is known before the sum), then each array is copied into
 * its place and summed as it goes, straight from the index's own pieces.
 */
export function* indexFileSteps(parts: SnapshotParts | SearchIndexSnapshot, info: IndexFileInfo, stepBytes = FILE_STEP_BYTES): Steps<Uint8Array> {
  const byName = parts as unknown as Record<string, FileArray | undefined>
  const present = [...Object.keys(SNAPSHOT_ARRAY_TYPES), ...Object.keys(SNAPSHOT_TEXT_TYPES)].flatMap((name) => {
    const value = byName[name]
    return value ? [{ name, value, type: typeNameOf(value) }] : []
  })
  // Widest elements first, after a header padded to 8 bytes: every array starts aligned for its
  // type, so a reader can view the file's buffer instead of copying each array.
  present.sort((a, b) => INDEX_FILE_TYPES[b.type].BYTES_PER_ELEMENT - INDEX_FILE_TYPES[a.type].BYTES_PER_ELEMENT)
  const arrays = present.map(({ name, value, type }): [string, IndexFileTypeName, number] => [name, type, lengthOf(value)])
  const headerWith = (checksum: string): Uint8Array => {
    const json = new TextEncoder().encode(JSON.stringify({
      format: 'bayegan.pack-index', formatVersion: 2, analyserVersion: parts.analyserVersion,
      packId: info.packId, packContentHash: info.packContentHash, arrays, checksum
    }))
    // JSON ends in spaces as well as it ends: padding that keeps the body on an 8-byte boundary.
    const header = new Uint8Array(Math.ceil((INDEX_FILE_MAGIC.length + 4 + json.length) / 8) * 8 - INDEX_FILE_MAGIC.length - 4).fill(0x20)
    header.set(json, 0)
    return header
  }
  const headerLength = headerWith(CHECKSUM_PLACEHOLDER).length
  const bodyStart = INDEX_FILE_MAGIC.length + 4 + headerLength
  const bodyLength = present.reduce((n, { value }) => n + value.byteLength, 0)
  const out = new Uint8Array(bodyStart + bodyLength)
  const body = out.subarray(bodyStart)
  const sum = new BodyChecksum(body)
  let at = 0
  let sinceStep = 0
  for (const { value } of present) {
    const bytes = isPieces(value) ? null : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    const count = bytes ? Math.ceil(bytes.length / stepBytes) : (value as BytePieces).count
    for (let i = 0; i < count; i++) {
      const piece = bytes ? bytes.subarray(i * stepBytes, (i + 1) * stepBytes) : (value as BytePieces).piece(i)
      body.set(piece, at)
      at += piece.length
      sinceStep += piece.length
      if (sinceStep >= stepBytes) {
        sum.upTo(at)
        sinceStep = 0
        yield
      }
    }
  }
  if (at !== bodyLength) throw new Error('an array\'s pieces do not add up to its length')
  const header = headerWith(sum.digest())
  if (header.length !== headerLength) throw new Error('the header changed length')
  out.set(new TextEncoder().encode(INDEX_FILE_MAGIC), 0)
  new DataView(out.buffer).setUint32(INDEX_FILE_MAGIC.length, headerLength, true)
  out.set(header, INDEX_FILE_MAGIC.length + 4)
  return out
}
