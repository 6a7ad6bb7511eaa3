import { canonicalJson } from './canonicalJson'
import type { Edition } from './editions'
import type { ArchiveItem, ArchiveItemDraft } from './schema'

/** SHA-256 of the UTF-8 bytes, as lowercase hex. Web Crypto exists in Node 20 and every renderer. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Hash of everything in the item except its own contentHash field. */
export async function itemContentHash(item: ArchiveItemDraft | ArchiveItem): Promise<string> {
  const { contentHash: _ignored, ...content } = item as ArchiveItem
  return sha256Hex(canonicalJson(content))
}

/**
 * Hash of the ordered list of item hashes. It covers all content only if each item's contentHash
 * is right, so verify those first (parsePack does); then an edited item is named precisely.
 * With editions, it is the hash of `{ editions: <hash of the editions' canonical JSON>, items: [...] }`;
 * without, the list alone, so packs made before editions existed keep their hash.
 */
export async function packContentHash(
  items: readonly Pick<ArchiveItem, 'contentHash'>[],
  editions?: readonly Edition[]
): Promise<string> {
  const itemHashes = items.map((item) => item.contentHash)
  if (editions === undefined) return sha256Hex(canonicalJson(itemHashes))
  return sha256Hex(canonicalJson({ editions: await sha256Hex(canonicalJson(editions)), items: itemHashes }))
}
