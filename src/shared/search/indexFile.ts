/**
 * The prebuilt search index shipped beside a pack (`<name>.index.bin`): a search index snapshot
 * in one binary file, tied to the pack it was built from and the analyser that built it.
 *
 *   "BAYIDX1\n"  8 bytes
 *   u32 LE       header length in bytes
 *   header       UTF-8 JSON: { format, formatVersion, analyserVersion, packId, packContentHash,
 *                arrays: [[name, type, length], …], checksum }
 *   arrays       each array's bytes in header order (little-endian), nothing between them
 *
 * Untrusted: readIndexFile checks the header with zod, every array's length against the file,
 * the arrays' checksum (a damaged byte anywhere, even one that still decodes), the pack's hash
 * and the analyser version, then checkSnapshot the contents. Any doubt → rebuild.
 * Format version 2 added the checksum; a version 1 file is refused (rebuilt).
 */
import { z } from 'zod'
import { ANALYSER_VERSION } from '../text/analyse'
import { indexChecksum } from './indexChecksum'
import { checkSnapshot, SNAPSHOT_ARRAY_TYPES, SNAPSHOT_TEXT_TYPES, type SearchIndexSnapshot } from './snapshot'

export const INDEX_FILE_MAGIC = 'BAYIDX1\n'
/** A header is a few hundred bytes; more is not an index file. */
const MAX_HEADER_BYTES = 64 * 1024
/** The largest index file read (a 5000-item pack's index with texts is a few MB). */
export const MAX_INDEX_FILE_BYTES = 512 * 1024 * 1024
export const INDEX_FILE_SUFFIX = '.index.bin'

export const INDEX_FILE_TYPES = {
  u8: Uint8Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array
} as const
export type IndexFileTypeName = keyof typeof INDEX_FILE_TYPES

const headerSchema = z.object({
  format: z.literal('bayegan.pack-index'),
  formatVersion: z.literal(2),
  analyserVersion: z.string().min(1).max(100),
  packId: z.string().min(1).max(200),
  packContentHash: z.string().regex(/^[0-9a-f]{64}$/),
  arrays: z.array(z.tuple([z.string().max(40), z.enum(['u8', 'u32', 'i32', 'f64']), z.number().int().min(0).max(MAX_INDEX_FILE_BYTES)])).max(40),
  checksum: z.string().regex(/^[0-9a-f]{32}$/)
}).strict()

export interface IndexFileInfo {
  packId: string
  packContentHash: string
}

export type IndexFileResult =
  | { ok: true; snapshot: SearchIndexSnapshot }
  | { ok: false; reason: 'damaged' | 'stale-analyser' | 'other-pack'; message: string }

type Header = z.infer<typeof headerSchema>
type HeaderResult = { ok: true; header: Header; bodyStart: number } | Extract<IndexFileResult, { ok: false }>

/**
 * The header alone, checked: whether these bytes are an index file of this analyser for the pack
 * `expected`. Cheap at any size (the arrays are not read): what the main process checks before it
 * serves a file; the renderer reads the whole file with readIndexFile.
 */
export function readIndexHeader(bytes: Uint8Array, expected: IndexFileInfo): HeaderResult {
  const damaged = (message: string): HeaderResult => ({ ok: false, reason: 'damaged', message })
  if (bytes.length > MAX_INDEX_FILE_BYTES) return damaged('the file is over the size limit')
  if (bytes.length < INDEX_FILE_MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, INDEX_FILE_MAGIC.length)) !== INDEX_FILE_MAGIC) return damaged('not an index file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(INDEX_FILE_MAGIC.length, true)
  const start = INDEX_FILE_MAGIC.length + 4
  if (headerLength > MAX_HEADER_BYTES || start + headerLength > bytes.length) return damaged('the header is cut short')
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + headerLength)))
  } catch {
    return damaged('the header is not JSON')
  }
  const parsed = headerSchema.safeParse(raw)
  if (!parsed.success) return damaged(`the header is not valid: ${parsed.error.issues[0]?.message ?? ''}`)
  const header = parsed.data
  if (header.analyserVersion !== ANALYSER_VERSION) {
    return { ok: false, reason: 'stale-analyser', message: `built by analyser ${header.analyserVersion}, this app has ${ANALYSER_VERSION}` }
  }
  if (header.packId !== expected.packId || header.packContentHash !== expected.packContentHash) {
    return { ok: false, reason: 'other-pack', message: 'built from another pack or another version of this pack' }
  }
  const bodyLength = header.arrays.reduce((n, [, type, length]) => n + length * INDEX_FILE_TYPES[type].BYTES_PER_ELEMENT, 0)
  if (start + headerLength + bodyLength > bytes.length) return damaged('the file is cut short')
  if (start + headerLength + bodyLength < bytes.length) return damaged('there are bytes after the last array')
  return { ok: true, header, bodyStart: start + headerLength }
}

/**
 * Reads an index file for the pack `expected`. Refuses a damaged or truncated file, one built by
 * another analyser version, or one built from another pack or another version of this pack.
 */
export function readIndexFile(bytes: Uint8Array, expected: IndexFileInfo, options: { checkContents?: boolean } = {}): IndexFileResult {
  const damaged = (message: string): IndexFileResult => ({ ok: false, reason: 'damaged', message })
  const head = readIndexHeader(bytes, expected)
  if (!head.ok) return head
  const { header, bodyStart } = head
  const known: Record<string, new (n: number) => ArrayBufferView> = { ...SNAPSHOT_ARRAY_TYPES, ...SNAPSHOT_TEXT_TYPES }
  const arrays: Record<string, ArrayBufferView> = {}
  let at = bodyStart
  for (const [name, type, length] of header.arrays) {
    const Ctor = INDEX_FILE_TYPES[type]
    if (known[name] !== Ctor || name in arrays) return damaged(`unexpected array ${name}`)
    const byteLength = length * Ctor.BYTES_PER_ELEMENT
    // A view on the file's buffer where it is aligned for its type (the writer aligns them: a
    // 100 MB file is not copied a second time); a copy where it is not (an older writer's file).
    const Typed = Ctor as unknown as new (b: ArrayBufferLike, offset?: number, length?: number) => ArrayBufferView
    arrays[name] = (bytes.byteOffset + at) % Ctor.BYTES_PER_ELEMENT === 0
      ? new Typed(bytes.buffer, bytes.byteOffset + at, length)
      : new Typed(bytes.slice(at, at + byteLength).buffer)
    at += byteLength
  }
  // The arrays' lengths against the file's were checked with the header (readIndexHeader).
  if (indexChecksum(bytes.subarray(bodyStart)) !== header.checksum) return damaged('the checksum does not match: the file is damaged')
  const snapshot = { format: 'bayegan.search-index', formatVersion: 1, analyserVersion: header.analyserVersion, ...arrays } as SearchIndexSnapshot
  // Skipped (checkContents: false) only by a caller that loads it at once: SearchIndex.load checks it.
  if (options.checkContents !== false) {
    try {
      checkSnapshot(snapshot)
    } catch (err) {
      return damaged((err as Error).message)
    }
  }
  return { ok: true, snapshot }
}
