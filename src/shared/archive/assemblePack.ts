import type { Edition } from './editions'
import { itemContentHash, packContentHash } from './hash'
import { PACK_FORMAT, PACK_FORMAT_VERSION, type ArchiveItem, type ArchiveItemDraft, type Pack } from './schema'

export interface PackManifestInput {
  id: string
  title: { fa: string; en: string }
  version: string
  /** ISO 8601; passed in so builds can be reproducible. */
  createdAt: string
}

/** Hashes the items and writes the manifest. Does not validate: run parsePack on the result. */
export async function assemblePack(
  drafts: readonly ArchiveItemDraft[],
  manifest: PackManifestInput,
  editions?: readonly Edition[]
): Promise<Pack> {
  const items: ArchiveItem[] = []
  for (const draft of drafts) items.push({ ...draft, contentHash: await itemContentHash(draft) })
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    manifest: {
      id: manifest.id,
      title: manifest.title,
      version: manifest.version,
      language: 'fa',
      itemCount: items.length,
      contentHash: await packContentHash(items, editions),
      createdAt: manifest.createdAt
    },
    items,
    // Written only when there are editions, so a pack without them is exactly as before.
    ...(editions === undefined ? {} : { editions: [...editions] })
  }
}
