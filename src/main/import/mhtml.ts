// MHTML ("save as single file" in Chrome and Edge; RFC 2557): a MIME multipart/related message
// holding the page's HTML and its resources (images, styles, frames), each part quoted-printable or
// base64. A small reader of our own rather than a package: the maintained one (mhtml-to-html) is a
// converter that rewrites the page and brings parse5 and a CLI's glob, with no limits on parts or
// sizes; this one is pure, works on bytes, and checks every limit before the work it guards.
//
// Pure: no I/O, no DOM. Never loops over more than the input; refuses ambiguous structure (two
// boundaries named, two different Content-Types) rather than guess as some other reader might.
import { decodeBytes } from './decode'

export const MHTML_LIMITS = {
  /** Parts read, nested ones included; past this the rest are ignored (and reported). */
  parts: 1000,
  /** Decoded bytes of one part: a larger resource is skipped; a larger page part refuses the file. */
  partBytes: 8 * 1024 * 1024,
  /** Decoded bytes of all parts together. */
  totalBytes: 32 * 1024 * 1024,
  /** One header block (the file's or a part's), folded lines included. */
  headerBytes: 16 * 1024,
  headerFields: 100,
  /** multipart inside multipart, levels below the top. */
  nesting: 3,
  /** A Content-Location or Content-ID used as a resource's key. */
  keyChars: 2000
} as const

export type MhtmlLimits = { [K in keyof typeof MHTML_LIMITS]: number }

export interface MhtmlResource {
  /** Lower-cased type/subtype, parameters dropped (`image/png`). */
  contentType: string
  bytes: Uint8Array
}

export type SkipReason = 'too-large' | 'over-total' | 'too-many' | 'undecodable' | 'unknown-encoding' | 'bad-headers' | 'too-deep'

export interface Mhtml {
  /** The page part, decoded to text. */
  html: string
  encoding: string
  /** `Snapshot-Content-Location` of the file, else the page part's `Content-Location` (unchecked text). */
  baseUrl?: string
  /** By `Content-Location` as written, and by `cid:<Content-ID>`; the page part is not among them. */
  resources: Map<string, MhtmlResource>
  /** Parts not kept, with why (for the import report). */
  skipped: { reason: SkipReason; what: string }[]
  /** Plain-English remarks for the report's technical detail (a missing closing boundary…). */
  notes: string[]
}

export type MhtmlProblemCode = 'not-mhtml' | 'no-html-part' | 'too-many-parts' | 'too-large'

export class MhtmlProblem extends Error {
  constructor(
    readonly code: MhtmlProblemCode,
    message: string
  ) {
    super(message)
  }
}

interface Headers {
  fields: Map<string, string>
  /** Fields named more than once with different values. */
  conflicting: Set<string>
}

interface MediaType {
  type: string
  params: Map<string, string>
  /** Parameters named more than once. */
  repeated: Set<string>
}

/** One leaf part: where its body lies in the file, not yet decoded. */
interface Leaf {
  headers: Headers
  media: MediaType
  start: number
  end: number
}

/** Reads an MHTML file. Throws MhtmlProblem when there is no page to read; resources that fail are skipped and listed. */
export function readMhtml(bytes: Uint8Array, limits: MhtmlLimits = MHTML_LIMITS): Mhtml {
  // latin1 maps each byte to one UTF-16 unit, so offsets in the string are offsets in the file.
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const notes: string[] = []
  const skipped: Mhtml['skipped'] = []
  const top = readHeaders(s, 0, s.length, limits)
  if (!top) throw new MhtmlProblem('not-mhtml', `the file's MIME header is longer than ${limits.headerBytes} bytes or has more than ${limits.headerFields} fields`)
  if (!top.headers.fields.has('content-type')) throw new MhtmlProblem('not-mhtml', 'the file has no MIME header (no Content-Type); it is not an MHTML file')
  if (top.headers.conflicting.has('content-type')) throw new MhtmlProblem('not-mhtml', 'the file names two different Content-Types')
  const media = parseMediaType(top.headers.fields.get('content-type') ?? '')
  const snapshot = clip(top.headers.fields.get('snapshot-content-location'), limits.keyChars)

  const leaves: Leaf[] = []
  const state = { parts: 0, truncated: false }
  if (media.type.startsWith('multipart/')) {
    const boundary = boundaryOf(media)
    splitMultipart(s, top.bodyStart, s.length, boundary, 0, limits, leaves, skipped, notes, state)
  } else if (media.type === 'text/html' || media.type === 'application/xhtml+xml') {
    // A single-part MHTML: the whole body is the page.
    leaves.push({ headers: top.headers, media, start: top.bodyStart, end: s.length })
  } else {
    throw new MhtmlProblem('not-mhtml', `the file is ${media.type || 'of no stated type'}, not multipart/related`)
  }
  if (state.truncated) skipped.push({ reason: 'too-many', what: `parts after the first ${limits.parts}` })

  const main = chooseMain(leaves, media)
  if (!main) {
    if (state.truncated) throw new MhtmlProblem('too-many-parts', `no page (text/html) among the first ${limits.parts} parts`)
    throw new MhtmlProblem('no-html-part', 'the file holds no page (no text/html part)')
  }
  const decodedMain = decodePart(s, main, limits)
  if (!decodedMain.ok) {
    if (decodedMain.reason === 'too-large') throw new MhtmlProblem('too-large', `the page part is larger than ${mb(limits.partBytes)} MB`)
    throw new MhtmlProblem('not-mhtml', `the page part cannot be decoded: ${decodedMain.detail}`)
  }
  const text = decodeHtml(decodedMain.bytes, main.media.params.get('charset'))
  if (!text.ok) throw new MhtmlProblem('not-mhtml', `the page part is not text: ${text.message}`)
  if (text.note) notes.push(`page part: ${text.note}`)

  let total = decodedMain.bytes.length
  const resources = new Map<string, MhtmlResource>()
  for (const leaf of leaves) {
    if (leaf === main) continue
    const what = describe(leaf)
    const decoded = decodePart(s, leaf, limits)
    if (!decoded.ok) {
      skipped.push({ reason: decoded.reason, what: `${what}: ${decoded.detail}` })
      continue
    }
    if (total + decoded.bytes.length > limits.totalBytes) {
      skipped.push({ reason: 'over-total', what: `${what}: the parts together pass ${mb(limits.totalBytes)} MB` })
      continue
    }
    total += decoded.bytes.length
    const resource = { contentType: leaf.media.type, bytes: decoded.bytes }
    for (const key of keysOf(leaf, limits)) if (!resources.has(key)) resources.set(key, resource)
  }
  const baseUrl = snapshot ?? clip(main.headers.fields.get('content-location'), limits.keyChars)
  return { html: text.text, encoding: text.encoding, ...(baseUrl ? { baseUrl } : {}), resources, skipped, notes }
}

// ---------------------------------------------------------------------------------------------
// Headers

/** Reads a header block from `start`; undefined when it passes the limits. Ends at the first empty line. */
function readHeaders(s: string, start: number, end: number, limits: MhtmlLimits): { headers: Headers; bodyStart: number } | undefined {
  const fields = new Map<string, string>()
  const conflicting = new Set<string>()
  const lines: string[] = []
  let pos = start
  for (;;) {
    if (pos >= end) break
    const nl = s.indexOf('\n', pos)
    const lineEnd = nl === -1 || nl >= end ? end : nl
    if (lineEnd - start > limits.headerBytes) return undefined
    const line = s.slice(pos, lineEnd).replace(/\r$/, '')
    pos = lineEnd + 1
    if (line === '') break
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line
    else {
      lines.push(line)
      if (lines.length > limits.headerFields) return undefined
    }
  }
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue // not a field: ignored, as mail readers do
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    const prior = fields.get(name)
    if (prior === undefined) fields.set(name, value)
    else if (prior !== value) conflicting.add(name)
  }
  return { headers: { fields, conflicting }, bodyStart: Math.min(pos, end) }
}

/** `multipart/related; type="text/html"; boundary="--x"` → type and parameters (names lower-cased). */
export function parseMediaType(value: string): MediaType {
  const params = new Map<string, string>()
  const repeated = new Set<string>()
  const semi = value.indexOf(';')
  const type = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase()
  let i = semi === -1 ? value.length : semi + 1
  while (i < value.length) {
    while (i < value.length && /[\s;]/.test(value[i] as string)) i++
    const eq = value.indexOf('=', i)
    if (eq === -1) break
    const name = value.slice(i, eq).trim().toLowerCase()
    i = eq + 1
    while (i < value.length && /\s/.test(value[i] as string)) i++
    let v = ''
    if (value[i] === '"') {
      i++
      while (i < value.length && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < value.length) i++
        v += value[i]
        i++
      }
      i++
    } else {
      const stop = value.slice(i).search(/[;\s]/)
      v = stop === -1 ? value.slice(i) : value.slice(i, i + stop)
      i = stop === -1 ? value.length : i + stop
    }
    if (name === '' || name.includes(';')) continue
    if (params.has(name)) repeated.add(name)
    else params.set(name, v)
  }
  return { type, params, repeated }
}

const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/

function boundaryOf(media: MediaType): string {
  if (media.repeated.has('boundary')) throw new MhtmlProblem('not-mhtml', 'the file names two boundaries; it is ambiguous which one separates the parts')
  const boundary = media.params.get('boundary')
  if (boundary === undefined || boundary === '') throw new MhtmlProblem('not-mhtml', `the ${media.type} header names no boundary`)
  if (!BOUNDARY.test(boundary)) throw new MhtmlProblem('not-mhtml', 'the boundary is not a valid MIME boundary (1 to 70 plain characters)')
  return boundary
}

// ---------------------------------------------------------------------------------------------
// Parts

/**
 * Splits [start, end) at lines that are exactly `--boundary` (optionally followed by `--` and
 * spaces). The same text elsewhere in a line, or followed by other characters, is part of the body.
 */
function splitMultipart(
  s: string,
  start: number,
  end: number,
  boundary: string,
  depth: number,
  limits: MhtmlLimits,
  leaves: Leaf[],
  skipped: Mhtml['skipped'],
  notes: string[],
  state: { parts: number; truncated: boolean }
): void {
  const dash = `--${boundary}`
  const delimiters: { at: number; after: number; close: boolean }[] = []
  let i = s.indexOf(dash, start)
  while (i !== -1 && i < end) {
    if (i === start || s[i - 1] === '\n') {
      let j = i + dash.length
      const close = s.startsWith('--', j)
      if (close) j += 2
      while (j < end && (s[j] === ' ' || s[j] === '\t')) j++
      if (s[j] === '\r' && s[j + 1] === '\n') j += 2
      else if (s[j] === '\n') j += 1
      else if (j < end) j = -1 // other text follows: not a delimiter
      if (j !== -1) {
        delimiters.push({ at: i, after: Math.min(j, end), close })
        if (close) break
      }
    }
    i = s.indexOf(dash, i + 1)
  }
  if (delimiters.length === 0) throw new MhtmlProblem('not-mhtml', 'the boundary the header names never appears in the file')
  const last = delimiters[delimiters.length - 1] as { close: boolean }
  if (!last.close) notes.push(`no closing boundary${depth > 0 ? ' in a nested part' : ''}: the file may have been cut short`)
  for (let k = 0; k < delimiters.length; k++) {
    const open = delimiters[k] as { at: number; after: number; close: boolean }
    if (open.close) break
    const next = delimiters[k + 1]
    // The line break before a delimiter belongs to the delimiter.
    let partEnd = next ? next.at : end
    if (next) {
      if (s[partEnd - 1] === '\n') partEnd--
      if (s[partEnd - 1] === '\r') partEnd--
    }
    if (partEnd <= open.after) continue // two delimiters in a row: an empty part, nothing to keep
    if (state.parts >= limits.parts) {
      state.truncated = true
      return
    }
    state.parts++
    const read = readHeaders(s, open.after, partEnd, limits)
    if (!read) {
      skipped.push({ reason: 'bad-headers', what: `part ${state.parts}: its header is longer than ${limits.headerBytes} bytes or has more than ${limits.headerFields} fields` })
      continue
    }
    const media = parseMediaType(read.headers.fields.get('content-type') ?? 'text/plain')
    if (media.type.startsWith('multipart/')) {
      if (depth + 1 > limits.nesting) {
        skipped.push({ reason: 'too-deep', what: `part ${state.parts}: multipart nested more than ${limits.nesting} deep` })
        continue
      }
      let inner: string
      try {
        inner = boundaryOf(media)
      } catch (error) {
        skipped.push({ reason: 'bad-headers', what: `part ${state.parts}: ${(error as Error).message}` })
        continue
      }
      splitMultipart(s, read.bodyStart, partEnd, inner, depth + 1, limits, leaves, skipped, notes, state)
      if (state.truncated) return
      continue
    }
    leaves.push({ headers: read.headers, media, start: read.bodyStart, end: partEnd })
  }
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/** RFC 2387: the part named by `start`, else the first of the stated `type`, else the first page. */
function chooseMain(leaves: Leaf[], top: MediaType): Leaf | undefined {
  const start = top.params.get('start')
  if (start) {
    const wanted = bareId(start)
    const named = leaves.find((l) => bareId(l.headers.fields.get('content-id') ?? '') === wanted)
    if (named && HTML_TYPES.has(named.media.type)) return named
  }
  const type = top.params.get('type')?.toLowerCase()
  if (type && HTML_TYPES.has(type)) {
    const typed = leaves.find((l) => l.media.type === type)
    if (typed) return typed
  }
  return leaves.find((l) => HTML_TYPES.has(l.media.type))
}

type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; reason: SkipReason; detail: string }

function decodePart(s: string, leaf: Leaf, limits: MhtmlLimits): Decoded {
  const encoding = (leaf.headers.fields.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase()
  const size = leaf.end - leaf.start
  const tooLarge: Decoded = { ok: false, reason: 'too-large', detail: `larger than ${mb(limits.partBytes)} MB` }
  switch (encoding) {
    case 'base64': {
      const b64 = s.slice(leaf.start, leaf.end).replace(/[\r\n\t ]/g, '')
      // The decoded size is known from the text's length: checked before decoding.
      if (Math.floor((b64.length * 3) / 4) - 2 > limits.partBytes) return tooLarge
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) return { ok: false, reason: 'undecodable', detail: 'broken base64' }
      const bytes = new Uint8Array(Buffer.from(b64, 'base64'))
      return bytes.length > limits.partBytes ? tooLarge : { ok: true, bytes }
    }
    case 'quoted-printable': {
      // Decoding never makes a part longer: a part whose text fits needs no further check.
      const bytes = decodeQuotedPrintable(s, leaf.start, leaf.end)
      return bytes.length > limits.partBytes ? tooLarge : { ok: true, bytes }
    }
    case '7bit':
    case '8bit':
    case 'binary':
      if (size > limits.partBytes) return tooLarge
      return { ok: true, bytes: new Uint8Array(Buffer.from(s.slice(leaf.start, leaf.end), 'latin1')) }
    default:
      return { ok: false, reason: 'unknown-encoding', detail: `unknown transfer encoding ${encoding.slice(0, 40)}` }
  }
}

const hexValue = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1)

/** RFC 2045 §6.7, leniently as browsers read it: a `=` not followed by two hex digits or a line end is kept. */
export function decodeQuotedPrintable(s: string, start = 0, end = s.length): Uint8Array {
  const out = new Uint8Array(end - start)
  let n = 0
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x3d) {
      out[n++] = c & 0xff
      continue
    }
    // A soft line break: `=`, optional trailing spaces, then the line end.
    let j = i + 1
    while (j < end && (s[j] === ' ' || s[j] === '\t')) j++
    if (s[j] === '\r' && s[j + 1] === '\n') {
      i = j + 1
      continue
    }
    if (s[j] === '\n' || j === end) {
      i = j
      continue
    }
    const hi = hexValue(s.charCodeAt(i + 1))
    const lo = hexValue(s.charCodeAt(i + 2))
    if (i + 2 < end && hi >= 0 && lo >= 0) {
      out[n++] = hi * 16 + lo
      i += 2
    } else out[n++] = c
  }
  return out.subarray(0, n)
}

/** The transport's charset wins over the page's own meta (as with HTTP); without one, the file-import rules apply. */
function decodeHtml(bytes: Uint8Array, charset: string | undefined): { ok: true; text: string; encoding: string; note?: string } | { ok: false; message: string } {
  const label = charset ? supportedLabel(charset) : undefined
  if (label && label !== 'utf-8') return { ok: true, text: new TextDecoder(label).decode(bytes), encoding: label }
  return decodeBytes(bytes)
}

function supportedLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return undefined
  }
}

function keysOf(leaf: Leaf, limits: MhtmlLimits): string[] {
  const keys: string[] = []
  const location = clip(leaf.headers.fields.get('content-location'), limits.keyChars)
  if (location) keys.push(location)
  const id = bareId(leaf.headers.fields.get('content-id') ?? '')
  if (id && id.length <= limits.keyChars) keys.push(`cid:${id}`)
  return keys
}

const bareId = (raw: string): string => raw.trim().replace(/^<(.*)>$/, '$1').trim()

function clip(value: string | undefined, max: number): string | undefined {
  const v = value?.trim()
  return v && v.length <= max ? v : undefined
}

function describe(leaf: Leaf): string {
  const where = leaf.headers.fields.get('content-location') ?? leaf.headers.fields.get('content-id') ?? 'a part'
  return `${leaf.media.type || 'untyped'} ${where.slice(0, 120)}`
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')
