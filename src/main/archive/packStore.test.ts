import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draft, testEdition, testPack } from '../../testSupport/packs'
import { formatPackError } from '../../shared/archive/packErrors'
import { PackRefusedError } from '../../shared/archive/stagedPack'
import { buildPackIndexFile } from '../../shared/search/packIndex'
import type { PackListing } from '../../shared/host/contract'
import { createPackStore } from './packStore'

function folders() {
  const archiveDir = mkdtempSync(join(tmpdir(), 'bayegan-packs-'))
  const cache = join(mkdtempSync(join(tmpdir(), 'bayegan-data-')), 'pack-listings.json')
  return { archiveDir, cache }
}

/** A first start: the listing, then the background check to the last item (after which the cache is written). */
async function firstStart(archiveDir: string, cache: string): Promise<PackListing[]> {
  const store = createPackStore(archiveDir, { listingCache: cache })
  const listings = await store.list()
  await store.load()
  return listings
}

const STAMP = new Date('2026-11-30T12:00:00Z')

/** Writes a pack file with a whole-second modification time, so a test can put it back exactly. */
function writePack(path: string, content: unknown): void {
  writeFileSync(path, JSON.stringify(content))
  utimesSync(path, STAMP, STAMP)
}

/** Rewrites the file with other bytes of the same length and puts its modification time back. */
function corruptKeepingStamp(path: string): void {
  const text = readFileSync(path, 'utf8')
  writeFileSync(path, 'x'.repeat(Buffer.byteLength(text)))
  utimesSync(path, STAMP, STAMP)
}

describe('pack store listing cache', () => {
  it('lists unchanged packs on a later start from the cache, without reading them', async () => {
    const { archiveDir, cache } = folders()
    const pack = await testPack('elecomp', [draft('a', 'الف'), draft('b', 'ب')])
    const file = join(archiveDir, 'e.pack.json')
    writePack(file, pack)
    const first = await firstStart(archiveDir, cache)
    expect(first).toEqual([{ status: 'valid', file: 'e.pack.json', manifest: pack.manifest }])

    // Same name, size and time but no longer a pack: a later start lists it from the cache…
    corruptKeepingStamp(file)
    const later = createPackStore(archiveDir, { listingCache: cache })
    expect(await later.list()).toEqual(first)
    // …while its items are still served only from a full validation, which refuses it.
    expect((await later.load()).listings[0]).toMatchObject({ status: 'invalid', file: 'e.pack.json' })
  })

  it("serves a pack's prebuilt index on a later start from the cached listing, without reading the pack", async () => {
    const { archiveDir, cache } = folders()
    const pack = await testPack('elecomp', [draft('a', 'الف'), draft('b', 'ب')])
    const file = join(archiveDir, 'e.pack.json')
    writePack(file, pack)
    const index = buildPackIndexFile(pack)
    writeFileSync(join(archiveDir, 'e.index.bin'), index)
    await firstStart(archiveDir, cache)
    // The pack no longer reads (same stamp): the index is still served from the cached manifest.
    corruptKeepingStamp(file)
    const served = await createPackStore(archiveDir, { listingCache: cache }).indexBytes('elecomp')
    expect(served && Buffer.from(served).equals(Buffer.from(index))).toBe(true)
    // Without a cache the pack is read, refused, and no index is served for it.
    expect(await createPackStore(archiveDir).indexBytes('elecomp')).toBeNull()
  })

  it('reads the packs again when a file changed, was added, or the cache is damaged', async () => {
    const { archiveDir, cache } = folders()
    const one = await testPack('elecomp', [draft('a', 'الف')])
    writeFileSync(join(archiveDir, 'e.pack.json'), JSON.stringify(one))
    await firstStart(archiveDir, cache)

    const two = await testPack('elecomp', [draft('a', 'الف'), draft('b', 'ب')], '2')
    writeFileSync(join(archiveDir, 'e.pack.json'), JSON.stringify(two))
    expect(await firstStart(archiveDir, cache)).toEqual([{ status: 'valid', file: 'e.pack.json', manifest: two.manifest }])

    writeFileSync(join(archiveDir, 'f.pack.json'), '{ not json')
    const withBad = await firstStart(archiveDir, cache)
    expect(withBad.map((l) => l.status)).toEqual(['valid', 'invalid'])
    // A refused pack is never cached: it is reported again on the next start.
    expect((await createPackStore(archiveDir, { listingCache: cache }).list()).map((l) => l.status)).toEqual(['valid', 'invalid'])

    writeFileSync(join(archiveDir, 'f.pack.json'), JSON.stringify(await testPack('other', [draft('c', 'پ')])))
    writeFileSync(cache, '{"version":1,"dir":"x","files":"damaged"}')
    expect((await createPackStore(archiveDir, { listingCache: cache }).list()).map((l) => l.status)).toEqual(['valid', 'valid'])
  })

  it('does not take a cache written for another archive folder', async () => {
    const a = folders()
    const b = { archiveDir: mkdtempSync(join(tmpdir(), 'bayegan-packs-')), cache: a.cache }
    const pack = await testPack('elecomp', [draft('a', 'الف')])
    writePack(join(a.archiveDir, 'e.pack.json'), pack)
    writePack(join(b.archiveDir, 'e.pack.json'), pack)
    await firstStart(a.archiveDir, a.cache)
    corruptKeepingStamp(join(b.archiveDir, 'e.pack.json'))
    expect((await createPackStore(b.archiveDir, { listingCache: b.cache }).list())[0]?.status).toBe('invalid')
  })
})

describe('pack store: checked in two stages', () => {
  it('lists a pack once its manifest and hash list hold, serves checked pages, and refuses it when an item fails later', async () => {
    const { archiveDir, cache } = folders()
    const drafts = Array.from({ length: 250 }, (_, i) => draft(`item-${i}`, `تیتر ${i}`))
    drafts[220] = draft('item-220', ' ') // hashed right, but no visible title: only the item's own check refuses it
    const pack = await testPack('late', drafts)
    writePack(join(archiveDir, 'late.pack.json'), pack)
    const store = createPackStore(archiveDir, { listingCache: cache })

    expect(await store.list()).toEqual([{ status: 'valid', file: 'late.pack.json', manifest: pack.manifest }])
    const first = await store.page('late', 0, 100)
    expect(first?.total).toBe(250)
    expect(first?.items.map((i) => i.id)).toEqual(pack.items.slice(0, 100).map((i) => i.id))
    await expect(store.page('late', 200, 50)).rejects.toBeInstanceOf(PackRefusedError)

    // From now on it is listed as refused, with the item named, and nothing more is served.
    const [listing] = await store.list()
    expect(listing?.status).toBe('invalid')
    expect(listing?.status === 'invalid' && listing.errors.map(formatPackError)).toEqual(['item 220 ("item-220"): title: must have visible text, not only spaces or zero-width characters'])
    await expect(store.page('late', 0, 10)).rejects.toBeInstanceOf(PackRefusedError)
    expect(await store.editions('late')).toBeNull()
    expect((await store.load()).listings[0]?.status).toBe('invalid')
    // Never cached as valid: the next start reads and checks it again.
    expect(existsSync(cache)).toBe(false)
  })

  it('serves editions with the manifest, before the items are all checked', async () => {
    const { archiveDir } = folders()
    const pack = await testPack('ed', [draft('a', 'الف'), draft('b', 'ب')], '1', [testEdition(24, ['a'])])
    writePack(join(archiveDir, 'ed.pack.json'), pack)
    const store = createPackStore(archiveDir)
    expect(await store.editions('ed')).toEqual(pack.editions)
    expect(await store.editions('missing')).toBeNull()
    expect((await store.page('ed', 1, 5))?.items).toEqual([pack.items[1]])
  })
})
