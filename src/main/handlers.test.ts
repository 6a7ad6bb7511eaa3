import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../shared/host/dispatch'
import { draft, testEdition, testPack } from '../testSupport/packs'
import { createHandlers } from './handlers'
import { testPlatform } from '../testSupport/platform'

async function archiveDir(files: Record<string, unknown>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-handlers-'))
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content))
  }
  return dir
}

async function handlersFor(files: Record<string, unknown>) {
  return createHandlers(testPlatform({ archiveDir: await archiveDir(files) }))
}

describe('archive handlers', () => {
  it('lists valid packs with their manifests and refused ones with named errors', async () => {
    const good = await testPack('good', [draft('a', 'الف'), draft('b', 'ب')])
    const bad = await testPack('bad', [draft('c', 'پ')])
    ;(bad.items[0] as { title: unknown }).title = 7
    const handlers = await handlersFor({ 'a.pack.json': good, 'b.pack.json': bad, 'c.pack.json': '{"format": ', 'notes.txt': 'ignored' })
    const listings = await handlers['archive:list'](null)
    expect(listings.map((l) => [l.file, l.status])).toEqual([
      ['a.pack.json', 'valid'],
      ['b.pack.json', 'invalid'],
      ['c.pack.json', 'invalid']
    ])
    const badListing = listings[1]
    expect(badListing?.status === 'invalid' && badListing.errors[0]).toMatchObject({ itemIndex: 0, itemId: 'c', path: 'title' })
    const malformed = listings[2]
    expect(malformed?.status === 'invalid' && malformed.errors[0]?.message).toMatch(/JSON/i)
  })

  it('refuses a second pack that reuses an id', async () => {
    const pack = await testPack('same', [draft('a', 'الف')])
    const listings = await (await handlersFor({ '1.pack.json': pack, '2.pack.json': pack }))['archive:list'](null)
    expect(listings.map((l) => l.status)).toEqual(['valid', 'invalid'])
  })

  it('serves items page by page', async () => {
    const drafts = Array.from({ length: 5 }, (_, i) => draft(`item-${i}`, `عنوان ${i}`))
    const handlers = await handlersFor({ 'p.pack.json': await testPack('paged', drafts) })
    const page = await handlers['archive:page']({ packId: 'paged', offset: 3, limit: 10 })
    expect(page.total).toBe(5)
    expect(page.items.map((i) => i.id)).toEqual(['item-3', 'item-4'])
  })

  it('refuses the pages of a pack whose item fails its check after the listing, and lists it as refused', async () => {
    const drafts = Array.from({ length: 300 }, (_, i) => draft(`item-${i}`, `عنوان ${i}`))
    drafts[250] = draft('item-250', '\u200c') // hashed right, so it is listed; only the item's own check refuses it
    const handlers = await handlersFor({ 'p.pack.json': await testPack('late', drafts) })
    expect((await handlers['archive:list'](null)).map((l) => l.status)).toEqual(['valid'])
    expect((await handlers['archive:page']({ packId: 'late', offset: 0, limit: 100 })).items).toHaveLength(100)
    await expect(dispatch(handlers, 'archive:page', { packId: 'late', offset: 200, limit: 100 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/"late" was refused/) }
    })
    const [listing] = await handlers['archive:list'](null)
    expect(listing?.status === 'invalid' && listing.errors[0]).toMatchObject({ itemIndex: 250, itemId: 'item-250', path: 'title' })
  })

  it("serves a pack's editions, and none for packs without them", async () => {
    const handlers = await handlersFor({
      'e.pack.json': await testPack('with', [draft('a', 'الف')], '1', [testEdition(24, ['a'])]),
      'f.pack.json': await testPack('without', [draft('b', 'ب')])
    })
    expect((await handlers['archive:editions']({ packId: 'with' })).map((e) => e.id)).toEqual(['elecomp-24'])
    expect(await handlers['archive:editions']({ packId: 'without' })).toEqual([])
    await expect(handlers['archive:editions']({ packId: 'missing' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('answers an empty or missing archive folder with an empty list', async () => {
    const handlers = createHandlers(testPlatform())
    expect(await handlers['archive:list'](null)).toEqual([])
  })
})

describe('dispatch', () => {
  it('rejects unknown channels and malformed payloads with an error, never a throw', async () => {
    const handlers = await handlersFor({ 'p.pack.json': await testPack('p', [draft('a', 'الف')]) })
    const cases: [unknown, unknown, string][] = [
      ['no:such', null, 'bad-channel'],
      [42, null, 'bad-channel'],
      ['archive:page', null, 'bad-payload'],
      ['archive:page', { packId: 'p', offset: -1, limit: 10 }, 'bad-payload'],
      ['archive:page', { packId: 'p', offset: 0, limit: 100_000 }, 'bad-payload'],
      ['archive:page', { packId: 'p', offset: 0, limit: 1, extra: true }, 'bad-payload'],
      ['archive:page', { packId: 'p', offset: 0.5, limit: 1 }, 'bad-payload'],
      ['archive:page', { packId: 'x'.repeat(10_000), offset: 0, limit: 1 }, 'bad-payload'],
      ['archive:page', { packId: 'missing', offset: 0, limit: 1 }, 'not-found'],
      ['archive:list', { sneaky: 1 }, 'bad-payload'],
      ['archive:editions', { packId: 'p', extra: 1 }, 'bad-payload'],
      ['archive:editions', { packId: 'missing' }, 'not-found']
    ]
    for (const [channel, payload, code] of cases) {
      const result = await dispatch(handlers, channel, payload)
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify([channel, payload]).slice(0, 80)).toBe(code)
    }
  })

  it('passes a valid call through', async () => {
    const handlers = await handlersFor({})
    expect(await dispatch(handlers, 'app:info', null)).toEqual({ ok: true, value: { name: 'Bayegan', version: '0.0.0', shell: 'test' } })
  })
})
