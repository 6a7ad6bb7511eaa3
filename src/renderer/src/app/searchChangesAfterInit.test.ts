import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { sortKeyOf } from '@shared/dates'
import type { HostBridge } from '@shared/host/contract'
import { draft, testPack } from '../../../testSupport/packs'
import { putArticles } from '../db/articleStore'
import { openDatabase, type BayeganDb } from '../db/database'
import { createAppServices } from './createAppServices'

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
