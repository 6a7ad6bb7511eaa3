import 'fake-indexeddb/auto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sortKeyOf } from '@shared/dates'
import type { HostBridge } from '@shared/host/contract'
import { draft, testPack } from '../../../testSupport/packs'
import { putArticles } from '../db/articleStore'
import { openDatabase, type BayeganDb } from '../db/database'
import { createAppServices } from './createAppServices'
import { createHandlers } from '../../../main/handlers'
import { dispatch } from '../../../shared/host/dispatch'
import { testPlatform } from '../../../testSupport/platform'
import type { IndexStatus } from '../search/protocol'

let db: BayeganDb
afterEach(() => db?.close())

it('tells the search worker of changes only once its index was asked for (init or a query): the index reads what came before', async () => {
  db = openDatabase('search-changes-after-init')
  const posted: { kind: string; articleIds?: string[] }[] = []
  const searchWorker = { postMessage: (m: { kind: string; articleIds?: string[] }) => void posted.push(m), addEventListener: () => {} }
  const bridge: HostBridge = { invoke: () => Promise.reject(new Error('no host in this test')) }
  const services = createAppServices({ db, bridge, searchWorker })
  const pack = await testPack('p', [draft('a', 'الف'), draft('b', 'ب')])
  const record = (i: number) => {
    const item = pack.items[i]!
    return { id: item.id, packId: 'p', item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }
  }
  await putArticles(db, [record(0)]) // a first import's page, before search starts
  expect(posted).toEqual([])
  services.search.init()
  await putArticles(db, [record(1)])
  expect(posted.map((m) => m.kind)).toEqual(['init', 'changed'])
  expect(posted[1]?.articleIds).toEqual(['b'])
})

it('a query before init starts the index too, and every later change follows it', async () => {
  db = openDatabase('search-changes-after-query')
  const posted: { kind: string; articleIds?: string[] }[] = []
  const searchWorker = { postMessage: (m: { kind: string; articleIds?: string[] }) => void posted.push(m), addEventListener: () => {} }
  const bridge: HostBridge = { invoke: () => Promise.reject(new Error('no host in this test')) }
  const services = createAppServices({ db, bridge, searchWorker })
  const item = (await testPack('p', [draft('a', 'الف')])).items[0]!
  void services.search.search('الف', {})
  await putArticles(db, [{ id: item.id, packId: 'p', item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }])
  expect(posted.map((m) => m.kind)).toEqual(['init', 'search', 'changed'])
})

describe('a first import with a prebuilt index', () => {
  const manifest = async () => (await testPack('p', [draft('a', 'الف')])).manifest
  function servicesWith(indexBytes: ArrayBuffer | null | Promise<ArrayBuffer>, name: string) {
    db = openDatabase(name)
    const posted: { kind: string; articleIds?: string[] }[] = []
    const searchWorker = { postMessage: (m: { kind: string; articleIds?: string[] }) => void posted.push(m), addEventListener: () => {} }
    let listing: unknown[] = []
    const bridge: HostBridge = {
      invoke: ((channel: string) => Promise.resolve(channel === 'archive:list' ? { ok: true, value: listing } : { ok: false, error: { code: 'failed', message: channel } })) as HostBridge['invoke']
    }
    const fetchOwn = async () => (indexBytes ? { ok: true, arrayBuffer: () => Promise.resolve(indexBytes) } : { ok: false, arrayBuffer: async () => new ArrayBuffer(0) })
    const services = createAppServices({ db, bridge, searchWorker, fetchOwn })
    return { services, posted, list: (l: unknown[]) => (listing = l) }
  }

  it('starts the index as soon as one is fetched, and every stored page follows it', async () => {
    const { services, posted, list } = servicesWith(new ArrayBuffer(8), 'search-prefetch-starts')
    list([{ status: 'valid', file: 'p.pack.json', manifest: await manifest() }])
    expect(await services.search.prefetchPackIndexes()).toBe(true)
    await vi.waitFor(() => expect(posted.map((m) => m.kind)).toEqual(['init']))
    const item = (await testPack('p', [draft('a', 'الف')])).items[0]!
    await putArticles(db, [{ id: item.id, packId: 'p', item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }])
    expect(posted.map((m) => m.kind)).toEqual(['init', 'changed'])
  })

  it('starts the index when the host answers with the file, before its bytes have arrived', async () => {
    let arrive = (_: ArrayBuffer): void => {}
    const bytes = new Promise<ArrayBuffer>((resolve) => (arrive = resolve))
    const { services, posted, list } = servicesWith(bytes, 'search-prefetch-early')
    list([{ status: 'valid', file: 'p.pack.json', manifest: await manifest() }])
    expect(await services.search.prefetchPackIndexes()).toBe(true)
    await vi.waitFor(() => expect(posted.map((m) => m.kind)).toEqual(['init']))
    arrive(new ArrayBuffer(8))
  })

  it('without one, waits for the first query as before', async () => {
    const { services, posted, list } = servicesWith(null, 'search-prefetch-none')
    list([{ status: 'valid', file: 'p.pack.json', manifest: await manifest() }])
    expect(await services.search.prefetchPackIndexes()).toBe(false)
    await new Promise((r) => setTimeout(r, 10))
    expect(posted).toEqual([])
  })
})

it('a first import with a prebuilt index stores its first page, then waits for the index to load before the next', async () => {
  db = openDatabase('search-index-first')
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-index-first-'))
  writeFileSync(join(dir, 'p.pack.json'), JSON.stringify(await testPack('p', Array.from({ length: 1200 }, (_, i) => draft(`a${i}`, `خبر ${i}`)))))
  const handlers = createHandlers(testPlatform({ archiveDir: dir }))
  const bridge: HostBridge = { invoke: ((channel: string, payload: unknown) => dispatch(handlers, channel, payload)) as HostBridge['invoke'] }
  const target = new EventTarget()
  const posted: { kind: string }[] = []
  const searchWorker = { postMessage: (m: { kind: string }) => void posted.push(m), addEventListener: target.addEventListener.bind(target) as Worker['addEventListener'] }
  const status = (s: IndexStatus) => target.dispatchEvent(new MessageEvent('message', { data: { kind: 'status', status: s } }))
  const fetchOwn = async () => ({ ok: true, arrayBuffer: async () => new ArrayBuffer(8) })
  const services = createAppServices({ db, bridge, searchWorker, fetchOwn })
  const syncing = services.archive.sync(() => {})
  await vi.waitFor(async () => expect(await db.articles.count()).toBe(500))
  await vi.waitFor(() => expect(posted.map((m) => m.kind)).toContain('init')) // the index is loading
  await new Promise((r) => setTimeout(r, 50))
  expect(await db.articles.count()).toBe(500) // the import waits for it
  status({ state: 'ready', documents: 500, loadedFrom: 'pack', pending: 700 })
  expect((await syncing).imported).toEqual([{ packId: 'p', kind: 'first-import', itemCount: 1200 }])
})
