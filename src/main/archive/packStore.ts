import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parsePackText } from '../../shared/archive/parsePack'
import type { Pack } from '../../shared/archive/schema'
import type { PackIndexFile, PackListing } from '../../shared/host/contract'
import { MAX_INDEX_FILE_BYTES, readIndexFile } from '../../shared/search/indexFile'
import { indexFileNameFor } from '../../shared/search/packIndex'

/** A pack bigger than this is refused before it is read into memory. */
export const MAX_PACK_BYTES = 256 * 1024 * 1024
const PACK_SUFFIX = '.pack.json'

export interface LoadedPacks {
  listings: PackListing[]
  packs: Map<string, Pack>
  /** Pack id → its file name, to find the prebuilt index beside it. */
  files: Map<string, string>
}

/**
 * Reads and validates every `*.pack.json` in the archive folder, once.
 * A bad pack is listed with its errors; the good ones are still served.
 */
export function createPackStore(archiveDir: string): { load(): Promise<LoadedPacks>; index(packId: string): Promise<PackIndexFile | null> } {
  let loading: Promise<LoadedPacks> | undefined
  const load = (): Promise<LoadedPacks> => (loading ??= loadAll(archiveDir))
  return {
    load,
    /**
     * The prebuilt search index beside a valid pack (`<name>.index.bin`), read on request (never
     * kept) and checked here first: over the size limit, damaged, or built from another pack
     * version or analyser → null, and the renderer builds its own.
     */
    async index(packId) {
      const { packs, files } = await load()
      const pack = packs.get(packId)
      const file = files.get(packId)
      if (!pack || !file) return null
      const path = join(archiveDir, indexFileNameFor(file))
      try {
        if ((await stat(path)).size > MAX_INDEX_FILE_BYTES) return null
        const bytes = await readFile(path)
        const read = readIndexFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { packId, packContentHash: pack.manifest.contentHash })
        if (!read.ok) return null
        return { packId, packContentHash: pack.manifest.contentHash, base64: bytes.toString('base64') }
      } catch {
        return null // no index shipped, or unreadable: building is always possible
      }
    }
  }
}

async function loadAll(archiveDir: string): Promise<LoadedPacks> {
  const listings: PackListing[] = []
  const packs = new Map<string, Pack>()
  const files = new Map<string, string>()
  let names: string[]
  try {
    names = (await readdir(archiveDir)).filter((n) => n.endsWith(PACK_SUFFIX)).sort()
  } catch {
    return { listings, packs, files }
  }
  for (const file of names) {
    const listing = await loadOne(join(archiveDir, file), file)
    if (listing.status === 'valid' && packs.has(listing.pack.manifest.id)) {
      listings.push({
        status: 'invalid',
        file,
        errors: [{ path: 'manifest.id', message: `pack id "${listing.pack.manifest.id}" is already used by another pack file` }]
      })
      continue
    }
    if (listing.status === 'valid') {
      packs.set(listing.pack.manifest.id, listing.pack)
      files.set(listing.pack.manifest.id, file)
      listings.push({ status: 'valid', file, manifest: listing.pack.manifest })
    } else {
      listings.push(listing)
    }
  }
  return { listings, packs, files }
}

async function loadOne(
  path: string,
  file: string
): Promise<{ status: 'valid'; pack: Pack } | Extract<PackListing, { status: 'invalid' }>> {
  try {
    const info = await stat(path)
    if (info.size > MAX_PACK_BYTES) {
      return { status: 'invalid', file, errors: [{ path: '', message: `the file is ${info.size} bytes, over the limit of ${MAX_PACK_BYTES}` }] }
    }
    const result = await parsePackText(await readFile(path, 'utf8'))
    return result.ok ? { status: 'valid', pack: result.pack } : { status: 'invalid', file, errors: result.errors }
  } catch (err) {
    return { status: 'invalid', file, errors: [{ path: '', message: `could not read the file: ${(err as Error).message}` }] }
  }
}
