// Bytes to text, refusing binaries: BOM first, then the charset the file declares, then strict
// UTF-8, then Windows-1256 (the usual legacy encoding of Persian pages) as the last resort.

export type Decoded = { ok: true; text: string; encoding: string; note?: string } | { ok: false; message: string }

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an ELF program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Windows program', bytes: [0x4d, 0x5a] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'an SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] }
]

/** Names what a binary file looks like, or undefined for text. Runs after any UTF-16 BOM is ruled out. */
export function detectBinary(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) return magic.name
  }
  const head = bytes.subarray(0, 64 * 1024)
  if (head.includes(0)) return 'a binary file (it contains NUL bytes)'
  let control = 0
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  if (head.length > 0 && control / head.length > 0.1) return 'a binary file (too many control characters)'
  return undefined
}

/** The charset a page or XML declaration names in its first bytes, lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head)
  if (xml) return xml[1]?.toLowerCase()
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head)
  return meta?.[1]?.toLowerCase()
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be')

  const binary = detectBinary(bytes)
  if (binary) return { ok: false, message: `this is ${binary}, not text` }

  const declared = declaredCharset(bytes)
  const label = declared ? htmlLabel(supportedLabel(declared)) : undefined
  if (label && label !== 'utf-8') {
    return { ok: true, text: new TextDecoder(label).decode(bytes), encoding: label }
  }
  const utf8 = strict(bytes, 'utf-8')
  if (utf8.ok) return utf8
  const mostly = mostlyUtf8(bytes)
  if (mostly) return mostly
  const fallback = new TextDecoder('windows-1256').decode(bytes)
  const why = declared ? `declares ${declared} but is not valid ${label ?? declared}` : 'is not valid UTF-8'
  return { ok: true, text: fallback, encoding: 'windows-1256', note: `the file ${why}; read as Windows-1256` }
}

/**
 * As browsers do (HTML's "prescan" rule): a UTF-16 label in a page's own bytes cannot be true,
 * since those bytes were just read as ASCII, so it means UTF-8.
 */
function htmlLabel(label: string | undefined): string | undefined {
  return label === 'utf-16le' || label === 'utf-16be' ? 'utf-8' : label
}

/**
 * A Persian UTF-8 file with a few damaged bytes is still UTF-8: reading it as Windows-1256 would
 * turn every good letter into mojibake to save a handful of bad ones. It counts as mostly UTF-8 when
 * at most 1 in 50 non-ASCII characters is a replacement (a Windows-1256 file read as UTF-8 is
 * nearly all replacements).
 */
function mostlyUtf8(bytes: Uint8Array): Decoded | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  let replaced = 0
  let other = 0
  for (const ch of text) {
    if (ch === '\uFFFD') replaced++
    else if (ch.charCodeAt(0) > 0x7f) other++
  }
  if (other === 0 || replaced * 50 > replaced + other) return undefined
  const what = replaced === 1 ? '1 damaged byte sequence was' : `${replaced} damaged byte sequences were`
  return { ok: true, text, encoding: 'utf-8', note: `the file is UTF-8 with errors: ${what} replaced with �` }
}

function strict(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding }
  } catch {
    return { ok: false, message: `the file is not valid ${encoding.toUpperCase()}` }
  }
}

/** The decoder's canonical name for a label, or undefined when Node does not know it. */
function supportedLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}
