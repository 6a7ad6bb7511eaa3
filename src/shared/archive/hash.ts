import { canonicalJson } from './canonicalJson'
import type { Edition } from './editions'
import type { ArchiveItem, ArchiveItemDraft } from './schema'

/** Any SHA-256 of a text's UTF-8 bytes as lowercase hex: the main process passes Node's, synchronous and much faster per item. */
export type Sha256Hex = (text: string) => string | Promise<string>

/** SHA-256 of the UTF-8 bytes, as lowercase hex. Web Crypto exists in Node 20 and every renderer. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Hash of everything in the item except its own contentHash field. */
export async function itemContentHash(item: ArchiveItemDraft | ArchiveItem, sha: Sha256Hex = sha256Hex): Promise<string> {
  const { contentHash: _ignored, ...content } = item as ArchiveItem
  return sha(canonicalJson(content))
}

/**
 * Hash of the ordered list of item hashes. It covers all content only if each item's contentHash
 * is right, so verify those first (parsePack does); then an edited item is named precisely.
 * With editions, it is the hash of `{ editions: <hash of the editions' canonical JSON>, items: [...] }`;
 * without, the list alone, so packs made before editions existed keep their hash.
 */
export async function packContentHash(
  items: readonly Pick<ArchiveItem, 'contentHash'>[],
  editions?: readonly Edition[],
  sha: Sha256Hex = sha256Hex
): Promise<string> {
  const itemHashes = items.map((item) => item.contentHash)
  if (editions === undefined) return sha(canonicalJson(itemHashes))
  return sha(canonicalJson({ editions: await sha(canonicalJson(editions)), items: itemHashes }))
}
