// A small synchronous, stable hash for deriving ids (not for integrity: that is SHA-256 in hash.ts,
// which Web Crypto only offers asynchronously). FNV-1a, 64-bit, over the UTF-8 bytes.
const OFFSET = 0xcbf29ce484222325n
const PRIME = 0x100000001b3n
const MASK = 0xffffffffffffffffn

export function fnv1a64Hex(text: string): string {
  let hash = OFFSET
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * PRIME) & MASK
  }
  return hash.toString(16).padStart(16, '0')
}
