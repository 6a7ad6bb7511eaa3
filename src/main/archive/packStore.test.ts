import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draft, testPack } from '../../testSupport/packs'
import { buildPackIndexFile } from '../../shared/search/packIndex'
import { createPackStore } from './packStore'

function folders() {
  const archiveDir = mkdtempSync(join(tmpdir(), 'bayegan-packs-'))
  const cache = join(mkdtempSync(join(tmpdir(), 'bayegan-data-')), 'pack-listings.json')
  return { archiveDir, cache }
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
    const first = await createPackStore(archiveDir, { listingCache: cache }).list()
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
    await createPackStore(archiveDir, { listingCache: cache }).list()
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
    await createPackStore(archiveDir, { listingCache: cache }).list()

    const two = await testPack('elecomp', [draft('a', 'الف'), draft('b', 'ب')], '2')
    writeFileSync(join(archiveDir, 'e.pack.json'), JSON.stringify(two))
    expect(await createPackStore(archiveDir, { listingCache: cache }).list()).toEqual([{ status: 'valid', file: 'e.pack.json', manifest: two.manifest }])

    writeFileSync(join(archiveDir, 'f.pack.json'), '{ not json')
    const withBad = await createPackStore(archiveDir, { listingCache: cache }).list()
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
    await createPackStore(a.archiveDir, { listingCache: a.cache }).list()
    corruptKeepingStamp(join(b.archiveDir, 'e.pack.json'))
    expect((await createPackStore(b.archiveDir, { listingCache: b.cache }).list())[0]?.status).toBe('invalid')
  })
})
