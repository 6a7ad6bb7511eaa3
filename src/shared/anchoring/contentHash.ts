/**
 * A fast, synchronous fingerprint of an article's text (cyrb53, 53-bit) used to tell whether
 * stored positions can be trusted as-is. Not cryptographic; src/shared stays sync and platform-free,
 * so no WebCrypto/node:crypto here. If the archive exposes its own per-article hash, pass that instead.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return 'c53-' + n.toString(16).padStart(14, '0')
}
