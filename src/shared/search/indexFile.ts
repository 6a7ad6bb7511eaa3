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
import { checkSnapshot, SNAPSHOT_ARRAY_TYPES, SNAPSHOT_TEXT_TYPES, type SearchIndexSnapshot } from './snapshot'

const MAGIC = 'BAYIDX1\n'
/** A header is a few hundred bytes; more is not an index file. */
const MAX_HEADER_BYTES = 64 * 1024
/** The largest index file read (a 5000-item pack's index with texts is a few MB). */
export const MAX_INDEX_FILE_BYTES = 512 * 1024 * 1024
export const INDEX_FILE_SUFFIX = '.index.bin'

const TYPES = {
  u8: Uint8Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array
} as const
type TypeName = keyof typeof TYPES

const typeNameOf = (a: ArrayBufferView): TypeName => {
  for (const [name, ctor] of Object.entries(TYPES)) if (a instanceof ctor) return name as TypeName
  throw new Error('unsupported array type')
}

const headerSchema = z.object({
  format: z.literal('bayegan.pack-index'),
  formatVersion: z.literal(2),
  analyserVersion: z.string().min(1).max(100),
  packId: z.string().min(1).max(200),
  packContentHash: z.string().regex(/^[0-9a-f]{64}$/),
  arrays: z.array(z.tuple([z.string().max(40), z.enum(['u8', 'u32', 'i32', 'f64']), z.number().int().min(0).max(MAX_INDEX_FILE_BYTES)])).max(40),
  checksum: z.string().regex(/^[0-9a-f]{32}$/)
}).strict()

/**
 * FNV-1a in four lanes (bytes 0, 1, 2, 3 mod 4), 128 bits as hex: any one changed byte changes
 * it, and it reads 100 MB in about a tenth of a second. Against damage, not against forgery
 * (the file ships with the app, and the pack's hash ties it to its pack).
 */
export function indexChecksum(bytes: Uint8Array): string {
  let a = 0x811c9dc5
  let b = 0x01234567
  let c = 0x89abcdef
  let d = 0x13579bdf
  const P = 0x01000193
  const n = bytes.length & ~3
  let i = 0
  for (; i < n; i += 4) {
    a = Math.imul(a ^ (bytes[i] as number), P)
    b = Math.imul(b ^ (bytes[i + 1] as number), P)
    c = Math.imul(c ^ (bytes[i + 2] as number), P)
    d = Math.imul(d ^ (bytes[i + 3] as number), P)
  }
  for (; i < bytes.length; i++) a = Math.imul(a ^ (bytes[i] as number), P)
  return [a, b, c, d].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('')
}

export interface IndexFileInfo {
  packId: string
  packContentHash: string
}

/** The file's bytes for a snapshot of a pack's articles. Deterministic: same snapshot, same bytes. */
export function writeIndexFile(snapshot: SearchIndexSnapshot, info: IndexFileInfo): Uint8Array {
  const arrays: [string, TypeName, number][] = []
  const parts: Uint8Array[] = []
  const present = [...Object.keys(SNAPSHOT_ARRAY_TYPES), ...Object.keys(SNAPSHOT_TEXT_TYPES)].flatMap((name) => {
    const value = (snapshot as unknown as Record<string, ArrayBufferView | undefined>)[name]
    return value ? [{ name, value, size: TYPES[typeNameOf(value)].BYTES_PER_ELEMENT }] : []
  })
  // Widest elements first, after a header padded to 8 bytes: every array starts aligned for its
  // type, so a reader can view the file's buffer instead of copying each array.
  for (const { name, value } of present.sort((a, b) => b.size - a.size)) {
    arrays.push([name, typeNameOf(value), (value as unknown as { length: number }).length])
    parts.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
  }
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    body.set(p, at)
    at += p.length
  }
  const json = new TextEncoder().encode(JSON.stringify({
    format: 'bayegan.pack-index', formatVersion: 2, analyserVersion: snapshot.analyserVersion,
    packId: info.packId, packContentHash: info.packContentHash, arrays, checksum: indexChecksum(body)
  }))
  // JSON ends in spaces as well as it ends: padding that keeps the body on an 8-byte boundary.
  const header = new Uint8Array(Math.ceil((MAGIC.length + 4 + json.length) / 8) * 8 - MAGIC.length - 4).fill(0x20)
  header.set(json, 0)
  const total = MAGIC.length + 4 + header.length + body.length
  const out = new Uint8Array(total)
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true)
  out.set(header, MAGIC.length + 4)
  out.set(body, MAGIC.length + 4 + header.length)
  return out
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
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) return damaged('not an index file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(MAGIC.length, true)
  const start = MAGIC.length + 4
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
  const bodyLength = header.arrays.reduce((n, [, type, length]) => n + length * TYPES[type].BYTES_PER_ELEMENT, 0)
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
    const Ctor = TYPES[type]
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
