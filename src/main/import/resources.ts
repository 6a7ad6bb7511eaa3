// Where a saved page's pictures come from, without ever going to the network: a `data:` URL in the
// page itself, the files saved beside it ("save page, complete" writes `<name>_files/`), or the
// parts of an MHTML file. Each source is a resolver, `(src) => resource | undefined`, so the image
// step does not care which one it has.
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path'
import { IMAGE_LIMITS } from '../../shared/archive/images'

export interface Resource {
  /** What the source declared; never trusted (the bytes are sniffed). */
  contentType: string
  bytes: Uint8Array
}

/** A resource too large to read gives its size only, so the report can say "too large". */
export type Resolved = Resource | { tooLarge: number } | { refused: string }

export type ResourceResolver = (src: string) => Resolved | undefined

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Files below the page's own folder only: no scheme (file:, http:), no absolute path, nothing that
 * leaves the folder by `..` or by a symbolic link, regular files only, read up to the size limit.
 */
export function folderResolver(pageDir: string, maxBytes: number = IMAGE_LIMITS.imageBytes): ResourceResolver {
  let root: string | undefined
  return (src) => {
    const raw = src.trim().replace(/[?#].*$/, '')
    if (raw === '' || SCHEME.test(raw) || raw.startsWith('//')) return undefined
    let path: string
    try {
      path = decodeURIComponent(raw).replaceAll('\\', '/')
    } catch {
      return { refused: 'the address is not a valid path' }
    }
    if (path.includes('\0') || isAbsolute(path) || path.startsWith('/')) return { refused: 'an absolute path' }
    root ??= realpathSync(pageDir)
    const full = resolvePath(root, path)
    if (!inside(root, full)) return { refused: 'outside the page’s folder' }
    let real: string
    try {
      if (!lstatSync(full).isFile()) return { refused: 'not a regular file' }
      real = realpathSync(full)
    } catch {
      return undefined
    }
    if (!inside(root, real)) return { refused: 'outside the page’s folder' }
    const fd = openSync(real, 'r')
    try {
      const size = fstatSync(fd).size
      if (size > maxBytes) return { tooLarge: size }
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1)
      const read = readSync(fd, buffer, 0, buffer.length, 0)
      if (read > maxBytes) return { tooLarge: read }
      return { contentType: '', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, read) }
    } finally {
      closeSync(fd)
    }
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..')
}

/** A `data:` URL's bytes (base64 or percent-encoded), refused unread when it is over the limit. */
export function decodeDataUrl(src: string, maxBytes: number = IMAGE_LIMITS.imageBytes): Resolved | undefined {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,/i.exec(src.slice(0, 300))
  if (!match) return undefined
  const payload = src.slice(match[0].length)
  const base64 = match[3] !== undefined
  const estimate = base64 ? Math.floor((payload.length * 3) / 4) : payload.length / 3
  if (estimate > maxBytes + 3) return { tooLarge: Math.round(estimate) }
  let bytes: Uint8Array
  if (base64) {
    const clean = payload.replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return { refused: 'broken base64' }
    bytes = new Uint8Array(Buffer.from(clean, 'base64'))
  } else {
    const decoded = percentDecode(payload)
    if (!decoded) return { refused: 'broken percent-encoding' }
    bytes = decoded
  }
  if (bytes.length > maxBytes) return { tooLarge: bytes.length }
  return { contentType: (match[1] ?? '').toLowerCase(), bytes }
}

/** %XX to bytes; other characters must be single bytes (a data: URL is ASCII). */
function percentDecode(text: string): Uint8Array | undefined {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x25) {
      const hex = text.slice(i + 1, i + 3)
      if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined
      out.push(parseInt(hex, 16))
      i += 2
    } else if (c < 0x100) out.push(c)
    else return undefined
  }
  return new Uint8Array(out)
}

/**
 * The parts of an MHTML file, looked up by the address the page uses: as written, then resolved
 * against the page's own address (a relative `src`), then `cid:` with or without angle brackets.
 * Addresses are compared without their fragment. Never fetches: an unknown address stays unknown.
 * The parts are already in memory; the image step checks their size like any picture.
 */
export function mhtmlResolver(resources: ReadonlyMap<string, Resource>, baseUrl?: string): ResourceResolver {
  return (raw) => {
    const url = raw.trim()
    if (url === '' || url.length > 4000) return undefined
    const direct = resources.get(url)
    if (direct) return direct
    if (/^cid:/i.test(url)) return resources.get(`cid:${url.slice(4).replace(/^<(.*)>$/, '$1')}`)
    let absolute: URL
    try {
      absolute = baseUrl ? new URL(url, baseUrl) : new URL(url)
    } catch {
      return undefined
    }
    absolute.hash = ''
    return resources.get(absolute.href)
  }
}
