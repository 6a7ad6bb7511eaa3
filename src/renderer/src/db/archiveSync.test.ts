import 'fake-indexeddb/auto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Pack } from '../../../shared/archive/schema'
import type { HostBridge } from '../../../shared/host/contract'
import { dispatch } from '../../../shared/host/dispatch'
import { createHandlers } from '../../../main/handlers'
import { createPackStore } from '../../../main/archive/packStore'
import { draft, testEdition, testPack } from '../../../testSupport/packs'
import { testPlatform } from '../../../testSupport/platform'
import { createHostClient } from '../host/hostClient'
import { syncArchive, type SyncProgress } from './archiveSync'
import { openDatabase, type BayeganDb } from './database'
import { savePosition } from './readingPositions'
import { writeSetting } from './settings'

/** The renderer's sync against the real main-process handlers, as the app wires them. */
function hostServing(files: Record<string, unknown>, checkPause?: () => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-sync-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content))
  const handlers = createHandlers(testPlatform({ archiveDir: dir }), checkPause ? { packStore: createPackStore(dir, { pause: checkPause }) } : {})
  const calls: string[] = []
  const bridge: HostBridge = {
    invoke: ((channel: string, payload: unknown) => {
      calls.push(channel)
      return dispatch(handlers, channel, payload)
    }) as HostBridge['invoke']
  }
  return { host: createHostClient(bridge), calls }
}

let db: BayeganDb
let dbCount = 0
afterEach(() => db?.close())
function freshDb(): BayeganDb {
  db = openDatabase(`sync-test-${dbCount++}`)
  return db
}

const many = (n: number) => Array.from({ length: n }, (_, i) => draft(`item-${i}`, `خبر ${i}`))

describe('syncArchive', () => {
  it('imports a new pack page by page, each page stored before the progress counts it', async () => {
    const db = freshDb()
    const pack = await testPack('elecomp', many(1200))
    const { host } = hostServing({ 'e.pack.json': pack })
    const progress: SyncProgress[] = []
    const storedAtProgress: number[] = []
    const outcome = await syncArchive(db, host, (p) => {
      progress.push(p)
      void db.articleHeads.count().then((n) => storedAtProgress.push(n))
    })
    expect(outcome.imported).toEqual([{ packId: 'elecomp', kind: 'first-import', itemCount: 1200 }])
    expect(await db.articles.count()).toBe(1200)
    expect(progress.map((p) => p.done)).toEqual([0, 500, 1000, 1200])
    expect(progress.every((p) => p.phase === 'saving' && p.total === 1200)).toBe(true)
    // Each count of the progress bar is already in the library: the heads are there to list.
    expect(storedAtProgress).toEqual([0, 500, 1000, 1200])
    const stored = await db.articles.get('item-3')
    expect(stored).toMatchObject({ packId: 'elecomp', source: 'زومیت', tags: ['الکامپ'], sortKey: expect.any(Number) })
  })

  it('waits on afterFirstPage once, after the first page is stored and before the second is', async () => {
    const db = freshDb()
    const { host } = hostServing({ 'e.pack.json': await testPack('elecomp', many(1200)) })
    const storedWhenAsked: number[] = []
    let goOn = (): void => {}
    const holding = new Promise<void>((resolve) => (goOn = resolve))
    const syncing = syncArchive(db, host, () => {}, {
      afterFirstPage: async () => {
        storedWhenAsked.push(await db.articles.count())
        await holding
      }
    })
    await vi.waitFor(() => expect(storedWhenAsked).toEqual([500]))
    await new Promise((r) => setTimeout(r, 50))
    expect(await db.articles.count()).toBe(500) // held: the next page waits
    goOn()
    expect((await syncing).imported).toEqual([{ packId: 'elecomp', kind: 'first-import', itemCount: 1200 }])
    expect(storedWhenAsked).toEqual([500])
    expect(await db.articles.count()).toBe(1200)
  })

  it('skips an unchanged pack without reading its items', async () => {
    const db = freshDb()
    const pack = await testPack('elecomp', many(3))
    await syncArchive(db, hostServing({ 'e.pack.json': pack }).host)
    const second = hostServing({ 'e.pack.json': pack })
    const outcome = await syncArchive(db, second.host)
    expect(outcome).toMatchObject({ imported: [], unchanged: ['elecomp'] })
    expect(second.calls).toEqual(['archive:list'])
    expect(await db.importLog.count()).toBe(1)
  })

  it('re-imports a changed pack, drops removed items and leaves the researcher\'s data alone', async () => {
    const db = freshDb()
    await syncArchive(db, hostServing({ 'e.pack.json': await testPack('elecomp', many(3)) }).host)
    await savePosition(db, 'item-1', { fraction: 0.4 })
    await writeSetting(db, 'ui.language', 'en')
    const changed: Pack = await testPack('elecomp', [draft('item-0', 'عنوان تازه'), draft('item-1', 'خبر 1'), draft('item-9', 'خبر نو')], '2')
    const outcome = await syncArchive(db, hostServing({ 'e.pack.json': changed }).host)
    expect(outcome.imported[0]?.kind).toBe('re-import')
    expect((await db.articles.orderBy('id').primaryKeys()).sort()).toEqual(['item-0', 'item-1', 'item-9'])
    expect((await db.articles.get('item-0'))?.item.title).toBe('عنوان تازه')
    expect((await db.readingPositions.get('item-1'))?.fraction).toBe(0.4)
    expect((await db.settings.get('ui.language'))?.value).toBe('en')
    expect((await db.packs.get('elecomp'))?.contentHash).toBe(changed.manifest.contentHash)
    expect(await db.importLog.count()).toBe(2)
  })

  it('reports a refused pack and keeps what was imported before', async () => {
    const db = freshDb()
    const pack = await testPack('elecomp', many(2))
    await syncArchive(db, hostServing({ 'e.pack.json': pack }).host)
    const corrupt = structuredClone(pack) as unknown as { items: { body: { text: unknown }[] }[] }
    corrupt.items[1]!.body[0]!.text = false
    const outcome = await syncArchive(db, hostServing({ 'e.pack.json': corrupt }).host)
    expect(outcome.imported).toEqual([])
    expect(outcome.refused[0]?.file).toBe('e.pack.json')
    expect(outcome.refused[0]?.errors[0]).toMatchObject({ itemIndex: 1, itemId: 'item-1', path: 'body[0].text' })
    expect(await db.articles.count()).toBe(2)
  })

  it('takes back a first import whose pack the host refuses half way, and reports why', async () => {
    const db = freshDb()
    const drafts = many(1200)
    drafts[1100] = draft('item-1100', ' ') // hashed right, so the pack is listed and served until the host checks this item
    const pack = await testPack('elecomp', drafts, '1', [testEdition(24, ['item-0'])])
    const progress: number[] = []
    // The host checks 100 items between pauses; past the first 1,000 it waits until two pages are stored.
    let pauses = 0
    let twoPagesStored = (): void => {}
    const stored = new Promise<void>((resolve) => (twoPagesStored = resolve))
    const checkPause = (): Promise<void> => (++pauses < 10 ? Promise.resolve() : stored)
    const onProgress = (p: SyncProgress): void => {
      progress.push(p.done)
      if (p.done === 1000) twoPagesStored()
    }
    const outcome = await syncArchive(db, hostServing({ 'e.pack.json': pack }, checkPause).host, onProgress)
    expect(progress).toEqual([0, 500, 1000]) // two pages were stored before the refusal
    expect(outcome.imported).toEqual([])
    expect(outcome.refused).toEqual([{ file: 'e.pack.json', errors: [expect.objectContaining({ itemIndex: 1100, itemId: 'item-1100', path: 'title' })] }])
    expect(await db.articles.count()).toBe(0)
    expect(await db.articleHeads.count()).toBe(0)
    expect(await db.editions.count()).toBe(0)
    expect(await db.packs.get('elecomp')).toBeUndefined()
  })

  it('keeps the previous version when a re-import is refused half way', async () => {
    const db = freshDb()
    await syncArchive(db, hostServing({ 'e.pack.json': await testPack('elecomp', many(3)) }).host)
    const drafts = many(700)
    drafts[650] = draft('item-650', ' ')
    const outcome = await syncArchive(db, hostServing({ 'e.pack.json': await testPack('elecomp', drafts, '2') }).host)
    expect(outcome.refused.map((r) => r.errors[0]?.itemIndex)).toEqual([650])
    expect(await db.articles.count()).toBe(3)
    expect((await db.packs.get('elecomp'))?.version).toBe('1')
  })

  it('leaves the previous articles in place when saving fails half way', async () => {
    const db = freshDb()
    await syncArchive(db, hostServing({ 'e.pack.json': await testPack('elecomp', many(3)) }).host)
    const bigger = await testPack('elecomp', many(1200), '2')
    let calls = 0
    const failing = (p: SyncProgress): void => {
      if (p.phase === 'saving' && ++calls === 2) throw new Error('disk full')
    }
    await expect(syncArchive(db, hostServing({ 'e.pack.json': bigger }).host, failing)).rejects.toThrow('disk full')
    expect(await db.articles.count()).toBe(3)
    expect((await db.packs.get('elecomp'))?.version).toBe('1')
  })

  it('a first import that fails half way keeps what it stored, leaves no pack record, and the next start imports it all', async () => {
    const db = freshDb()
    const pack = await testPack('elecomp', many(1200))
    const failing = (p: SyncProgress): void => {
      if (p.done === 500) throw new Error('disk full')
    }
    await expect(syncArchive(db, hostServing({ 'e.pack.json': pack }).host, failing)).rejects.toThrow('disk full')
    expect(await db.articles.count()).toBe(500)
    expect(await db.packs.get('elecomp')).toBeUndefined()

    // Meanwhile the pack lost an item and gained one: the retry stores the new pack and nothing stale.
    const changed = await testPack('elecomp', [...many(1200).slice(1), draft('item-new', 'خبر نو')], '2')
    const outcome = await syncArchive(db, hostServing({ 'e.pack.json': changed }).host)
    expect(outcome.imported).toEqual([{ packId: 'elecomp', kind: 'first-import', itemCount: 1200 }])
    expect(await db.articles.count()).toBe(1200)
    expect(await db.articleHeads.count()).toBe(1200)
    expect(await db.articles.get('item-0')).toBeUndefined()
    expect(await db.articleHeads.get('item-new')).toBeDefined()
    expect((await db.packs.get('elecomp'))?.contentHash).toBe(changed.manifest.contentHash)
    expect(await db.importLog.count()).toBe(1)
  })

  it("imports the pack's editions with it and replaces them on re-import, marking digests in the heads", async () => {
    const db = freshDb()
    const digest = draft('d-e24-a', 'چکیده', {
      kind: 'digest',
      url: 'https://www.example.ir/news/1/',
      summaries: [{ lang: 'fa', text: 'خلاصه.', provenance: 'curated' }, { lang: 'en', text: 'Summary.', provenance: 'curated' }]
    })
    const first = await testPack('elecomp', [draft('a', 'الف'), digest], '1', [testEdition(24, ['d-e24-a']), testEdition(23, ['a'])])
    await syncArchive(db, hostServing({ 'e.pack.json': first }).host)
    expect(await db.editions.orderBy('number').primaryKeys()).toEqual(['elecomp-23', 'elecomp-24'])
    expect((await db.editions.get('elecomp-24'))?.edition.facts[0]?.cite).toEqual(['d-e24-a'])
    expect((await db.articleHeads.get('d-e24-a'))?.kind).toBe('digest')
    expect(await db.articleHeads.get('a')).not.toHaveProperty('kind')
    expect((await db.articles.get('d-e24-a'))?.urlKey).toBe('example.ir/news/1')

    const second = await testPack('elecomp', [draft('a', 'الف'), digest], '2', [testEdition(24, ['d-e24-a'])])
    await syncArchive(db, hostServing({ 'e.pack.json': second }).host)
    expect(await db.editions.toCollection().primaryKeys()).toEqual(['elecomp-24'])
  })
})
