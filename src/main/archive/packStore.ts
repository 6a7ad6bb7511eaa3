import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { parsePackText } from '../../shared/archive/parsePack'
import { manifestSchema, type Pack } from '../../shared/archive/schema'
import type { PackListing } from '../../shared/host/contract'
import { MAX_INDEX_FILE_BYTES, readIndexHeader } from '../../shared/search/indexFile'
import { indexFileNameFor } from '../../shared/search/packIndex'

/** A pack bigger than this is refused before it is read into memory (Persian text is 2 bytes a letter in UTF-8). */
export const MAX_PACK_BYTES = 1024 * 1024 * 1024
const PACK_SUFFIX = '.pack.json'
/** The listing cache's file name in the app's data folder. */
export const PACK_LISTING_CACHE = 'pack-listings.json'

export interface LoadedPacks {
  listings: PackListing[]
  packs: Map<string, Pack>
  /** Pack id → its file name, to find the prebuilt index beside it. */
  files: Map<string, string>
}

export interface PackStore {
  /** Every pack fully read and validated (once): what serves items and editions. */
  load(): Promise<LoadedPacks>
  /**
   * The listings, from the listing cache when every pack file is the one it describes (same name,
   * size and modification time), else from load(), which then refreshes the cache.
   */
  list(): Promise<PackListing[]>
  /** The prebuilt search index beside a valid pack, its header checked against the pack, or null. */
  indexBytes(packId: string): Promise<Uint8Array | null>
}

/**
 * Reads and validates every `*.pack.json` in the archive folder, once.
 * A bad pack is listed with its errors; the good ones are still served.
 *
 * With `listingCache` (a file in the app's data folder), a later start lists unchanged packs
 * without reading them: at 100,000 articles reading and validating the pack takes tens of seconds,
 * and a start whose packs are already imported needs only their manifests (issue 18). Items and
 * editions are still served only from a full validation. Only all-valid listings are cached.
 */
export function createPackStore(archiveDir: string, options: { listingCache?: string } = {}): PackStore {
  let loading: Promise<LoadedPacks> | undefined
  const load = (): Promise<LoadedPacks> => (loading ??= loadAll(archiveDir))
  async function list(): Promise<PackListing[]> {
    const cache = options.listingCache
    if (!cache) return (await load()).listings
    const files = await packFiles(archiveDir)
    const cached = await readListingCache(cache)
    if (cached && cached.dir === archiveDir && sameFiles(cached.files, files)) return cached.listings.map((l) => ({ status: 'valid' as const, file: l.file, manifest: l.manifest }))
    const { listings } = await load()
    const valid = listings.flatMap((l) => (l.status === 'valid' ? [{ file: l.file, manifest: l.manifest }] : []))
    if (valid.length === listings.length) await writeListingCache(cache, { version: 1, dir: archiveDir, files, listings: valid })
    return listings
  }
  return {
    load,
    list,
    /**
     * The prebuilt search index beside a valid pack (`<name>.index.bin`), read on request (never
     * kept). Only its header is checked here (this pack's id and hash, this analyser, the length):
     * the renderer, which trusts nothing it is handed, checks every byte before it uses one.
     */
    async indexBytes(packId) {
      // From the listings (the listing cache on a later start): a start whose saved search index
      // is stale must not wait for every pack to be read and validated again (seconds at 50,000).
      const listing = (await list()).find((l) => l.status === 'valid' && l.manifest.id === packId)
      if (listing?.status !== 'valid') return null
      const path = join(archiveDir, indexFileNameFor(listing.file))
      try {
        if ((await stat(path)).size > MAX_INDEX_FILE_BYTES) return null
        const buffer = await readFile(path)
        const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
        return readIndexHeader(bytes, { packId, packContentHash: listing.manifest.contentHash }).ok ? bytes : null
      } catch {
        return null // no index shipped, or unreadable: building is always possible
      }
    }
  }
}

const fileStampSchema = z.strictObject({ name: z.string(), size: z.number(), mtimeMs: z.number() })
type FileStamp = z.infer<typeof fileStampSchema>
const listingCacheSchema = z.strictObject({
  version: z.literal(1),
  dir: z.string(),
  files: z.array(fileStampSchema).max(1000),
  listings: z.array(z.strictObject({ file: z.string(), manifest: manifestSchema })).max(1000)
})
type ListingCache = z.infer<typeof listingCacheSchema>

async function packFiles(archiveDir: string): Promise<FileStamp[]> {
  let names: string[]
  try {
    names = (await readdir(archiveDir)).filter((n) => n.endsWith(PACK_SUFFIX)).sort()
  } catch {
    return []
  }
  return Promise.all(
    names.map(async (name) => {
      const info = await stat(join(archiveDir, name))
      return { name, size: info.size, mtimeMs: info.mtimeMs }
    })
  )
}

function sameFiles(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.size === b[i]?.size && f.mtimeMs === b[i]?.mtimeMs)
}

/** The cache as written, or null when it is missing, unreadable or not in the expected shape. */
async function readListingCache(path: string): Promise<ListingCache | null> {
  try {
    const parsed = listingCacheSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

async function writeListingCache(path: string, cache: ListingCache): Promise<void> {
  try {
    await writeFile(`${path}.tmp`, JSON.stringify(cache))
    await rename(`${path}.tmp`, path)
  } catch {
    // Without a cache the next start reads the packs again: slower, never wrong.
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
