import { open, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Edition } from '../../shared/archive/editions'
import type { Sha256Hex } from '../../shared/archive/hash'
import type { PackError } from '../../shared/archive/packErrors'
import { readPackJson } from '../../shared/archive/parsePack'
import { manifestSchema, type ArchiveItem, type Pack } from '../../shared/archive/schema'
import { startPackCheck, type StagedPack } from '../../shared/archive/stagedPack'
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

export interface PackPage {
  total: number
  items: ArchiveItem[]
}

export interface PackStore {
  /**
   * The listings. On a later start, from the listing cache when every pack file is the one it
   * describes (same name, size and modification time). Otherwise once each pack's shape, manifest
   * and hash list are checked (stage 1 of stagedPack): its items are still being checked, and a
   * pack whose item then fails is listed as refused from that moment on.
   */
  list(): Promise<PackListing[]>
  /** Items of a listed pack, each checked before it is served; null for a pack never listed as valid. Rejects with PackRefusedError once the pack failed. */
  page(packId: string, offset: number, limit: number): Promise<PackPage | null>
  /** A listed pack's editions (checked with the manifest), or null. */
  editions(packId: string): Promise<Edition[] | null>
  /** Every pack checked to its last item (and the listing cache written when all are valid). */
  load(): Promise<LoadedPacks>
  /** The prebuilt search index beside a valid pack, its header checked against the pack, or null. */
  indexBytes(packId: string): Promise<Uint8Array | null>
}

export interface PackStoreOptions {
  /** The listing cache's path in the app's data folder. */
  listingCache?: string
  /** SHA-256 for the packs' content hashes: the main process passes Node's (synchronous, several times faster per item than Web Crypto). */
  sha?: Sha256Hex
  /** The item check's pause between chunks (setImmediate); tests hold it to place a failure. */
  pause?: () => Promise<void>
}

type OpenedPack = { file: string; status: 'invalid'; errors: PackError[] } | { file: string; status: 'open'; pack: StagedPack }

/**
 * Reads every `*.pack.json` in the archive folder, once, and checks each in two stages
 * (stagedPack): the first page can be served while the rest of a large pack is still checked.
 * A bad pack is listed with its errors; the good ones are still served.
 *
 * With `listingCache`, a later start lists unchanged packs without reading them: at 100,000
 * articles reading and checking the pack takes seconds, and a start whose packs are already
 * imported needs only their manifests (issue 18). Items and editions are served only from the
 * packs as read and checked. Only all-valid listings are cached, and only once fully checked.
 */
export function createPackStore(archiveDir: string, options: PackStoreOptions = {}): PackStore {
  let opening: Promise<OpenedPack[]> | undefined
  const open = (): Promise<OpenedPack[]> => (opening ??= openAll(archiveDir, options))
  let loading: Promise<LoadedPacks> | undefined
  const load = (): Promise<LoadedPacks> =>
    (loading ??= open().then(async (opened) => {
      const loaded = await settleAll(opened)
      const cache = options.listingCache
      const valid = loaded.listings.flatMap((l) => (l.status === 'valid' ? [{ file: l.file, manifest: l.manifest }] : []))
      if (cache && valid.length === loaded.listings.length) {
        await writeListingCache(cache, { version: 1, dir: archiveDir, files: await packFiles(archiveDir), listings: valid })
      }
      return loaded
    }))
  async function listOpened(): Promise<PackListing[]> {
    const opened = await open()
    // Started here so a first start's full check (and the cache written after it) runs in the background.
    void load()
    return Promise.all(opened.map((o) => listingOf(o)))
  }
  async function list(): Promise<PackListing[]> {
    const cache = options.listingCache
    if (!cache) return listOpened()
    const files = await packFiles(archiveDir)
    const cached = await readListingCache(cache)
    if (cached && cached.dir === archiveDir && sameFiles(cached.files, files)) return cached.listings.map((l) => ({ status: 'valid' as const, file: l.file, manifest: l.manifest }))
    return listOpened()
  }
  async function openPack(packId: string): Promise<StagedPack | null> {
    const found = (await open()).find((o) => o.status === 'open' && o.pack.manifest.id === packId)
    return found?.status === 'open' ? found.pack : null
  }
  return {
    list,
    load,
    async page(packId, offset, limit) {
      const pack = await openPack(packId)
      return pack ? { total: pack.manifest.itemCount, items: await pack.items(offset, limit) } : null
    },
    async editions(packId) {
      const pack = await openPack(packId)
      return pack && !pack.failed() ? pack.editions : null
    },
    /**
     * The prebuilt search index beside a valid pack (`<name>.index.bin`), read on request (never
     * kept). Only its header is checked here (this pack's id and hash, this analyser, the length):
     * the renderer, which trusts nothing it is handed, checks every byte before it uses one, and
     * answers only with articles it has stored, which were checked item by item on the way in.
     */
    async indexBytes(packId) {
      // From the listings (the listing cache on a later start): a start whose saved search index
      // is stale must not wait for every pack to be read and checked again (seconds at 50,000).
      const listing = (await list()).find((l) => l.status === 'valid' && l.manifest.id === packId)
      if (listing?.status !== 'valid') return null
      const path = join(archiveDir, indexFileNameFor(listing.file))
      try {
        const bytes = await readWhole(path, MAX_INDEX_FILE_BYTES)
        if (!bytes) return null
        return readIndexHeader(bytes, { packId, packContentHash: listing.manifest.contentHash }).ok ? bytes : null
      } catch {
        return null // no index shipped, or unreadable: building is always possible
      }
    }
  }
}

/**
 * A file's bytes in as few reads as the system allows (usually one), or null when it is larger
 * than `max`. readFile reads 512 KB at a time, each read a turn of the event loop: during a first
 * start those turns queue behind the pack check's chunks, and a 67 MB index took 1.6 s to serve.
 */
async function readWhole(path: string, max: number): Promise<Uint8Array | null> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    if (size > max) return null
    const bytes = new Uint8Array(size)
    let at = 0
    while (at < size) {
      const { bytesRead } = await file.read(bytes, at, size - at, at)
      if (bytesRead === 0) break
      at += bytesRead
    }
    return at === size ? bytes : null
  } finally {
    await file.close()
  }
}

/** A pack whose item failed is listed as refused, with every error parsePack finds in it. */
async function listingOf(opened: OpenedPack): Promise<PackListing> {
  if (opened.status === 'invalid') return opened
  const { file, pack } = opened
  if (!pack.failed()) return { status: 'valid', file, manifest: pack.manifest }
  const result = await pack.done
  return result.ok ? { status: 'valid', file, manifest: pack.manifest } : { status: 'invalid', file, errors: result.errors }
}

async function settleAll(opened: readonly OpenedPack[]): Promise<LoadedPacks> {
  const listings: PackListing[] = []
  const packs = new Map<string, Pack>()
  const files = new Map<string, string>()
  for (const o of opened) {
    if (o.status === 'invalid') {
      listings.push(o)
      continue
    }
    const result = await o.pack.done
    if (!result.ok) {
      listings.push({ status: 'invalid', file: o.file, errors: result.errors })
      continue
    }
    packs.set(result.pack.manifest.id, result.pack)
    files.set(result.pack.manifest.id, o.file)
    listings.push({ status: 'valid', file: o.file, manifest: result.pack.manifest })
  }
  return { listings, packs, files }
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

async function openAll(archiveDir: string, options: PackStoreOptions): Promise<OpenedPack[]> {
  const opened: OpenedPack[] = []
  const ids = new Set<string>()
  let names: string[]
  try {
    names = (await readdir(archiveDir)).filter((n) => n.endsWith(PACK_SUFFIX)).sort()
  } catch {
    return opened
  }
  for (const file of names) {
    const one = await openOne(join(archiveDir, file), file, options)
    if (one.status === 'open' && ids.has(one.pack.manifest.id)) {
      opened.push({
        status: 'invalid',
        file,
        errors: [{ path: 'manifest.id', message: `pack id "${one.pack.manifest.id}" is already used by another pack file` }]
      })
      continue
    }
    if (one.status === 'open') ids.add(one.pack.manifest.id)
    opened.push(one)
  }
  return opened
}

async function openOne(path: string, file: string, options: PackStoreOptions): Promise<OpenedPack> {
  try {
    const info = await stat(path)
    if (info.size > MAX_PACK_BYTES) {
      return { status: 'invalid', file, errors: [{ path: '', message: `the file is ${info.size} bytes, over the limit of ${MAX_PACK_BYTES}` }] }
    }
    const read = readPackJson(await readFile(path, 'utf8'))
    if (!read.ok) return { status: 'invalid', file, errors: read.errors }
    // setImmediate, not a 0 ms timer (at least 1 ms in Node): 500 pauses in a 50,000-item pack.
    const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)))
    const start = await startPackCheck(read.json, { ...(options.sha ? { sha: options.sha } : {}), pause })
    return start.ok ? { status: 'open', file, pack: start.pack } : { status: 'invalid', file, errors: start.errors }
  } catch (err) {
    return { status: 'invalid', file, errors: [{ path: '', message: `could not read the file: ${(err as Error).message}` }] }
  }
}
