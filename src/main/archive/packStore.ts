import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parsePackText } from '../../shared/archive/parsePack'
import type { Pack } from '../../shared/archive/schema'
import type { PackListing } from '../../shared/host/contract'

/** A pack bigger than this is refused before it is read into memory (Persian text is 2 bytes a letter in UTF-8). */
export const MAX_PACK_BYTES = 1024 * 1024 * 1024
const PACK_SUFFIX = '.pack.json'

export interface LoadedPacks {
  listings: PackListing[]
  packs: Map<string, Pack>
}

/**
 * Reads and validates every `*.pack.json` in the archive folder, once.
 * A bad pack is listed with its errors; the good ones are still served.
 */
export function createPackStore(archiveDir: string): { load(): Promise<LoadedPacks> } {
  let loading: Promise<LoadedPacks> | undefined
  return {
    load() {
      loading ??= loadAll(archiveDir)
      return loading
    }
  }
}

async function loadAll(archiveDir: string): Promise<LoadedPacks> {
  const listings: PackListing[] = []
  const packs = new Map<string, Pack>()
  let names: string[]
  try {
    names = (await readdir(archiveDir)).filter((n) => n.endsWith(PACK_SUFFIX)).sort()
  } catch {
    return { listings, packs }
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
      listings.push({ status: 'valid', file, manifest: listing.pack.manifest })
    } else {
      listings.push(listing)
    }
  }
  return { listings, packs }
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
