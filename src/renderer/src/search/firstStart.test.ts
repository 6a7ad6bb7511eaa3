import 'fake-indexeddb/auto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Pack } from '../../../shared/archive/schema'
import type { HostBridge } from '../../../shared/host/contract'
import { dispatch } from '../../../shared/host/dispatch'
import { buildPackIndexFile } from '../../../shared/search/packIndex'
import { createHandlers, packStoreFor } from '../../../main/handlers'
import { packIndexResponse } from '../../../main/archive/packIndexRoute'
import { draft, testPack } from '../../../testSupport/packs'
import { testPlatform } from '../../../testSupport/platform'
import { createAppServices, type AppServices } from '../app/createAppServices'
import { syncArchive } from '../db/archiveSync'
import { openDatabase, type BayeganDb } from '../db/database'
import { IndexSession } from './indexSession'
import type { IndexStatus, WorkerMessage, WorkerRequest } from './protocol'
import { createSearchClient, type SearchClient } from './searchClient'
import { createHostClient } from '../host/hostClient'
import { createWorkerRoutes } from './workerRoutes'
import { memorySnapshotFiles } from './snapshotFiles'

/**
 * The first start end to end, without a browser: the real main-process handlers serving a pack and
 * its prebuilt index from a folder, the app's composition root, the real streaming import, and the
 * worker's code (IndexSession behind createWorkerRoutes) run in-process on the same database.
 */
function inProcessWorker(db: BayeganDb) {
  const target = new EventTarget()
  const deliver = (message: WorkerMessage): void => void setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) })), 0)
  const session = new IndexSession(db, { report: (status) => deliver({ kind: 'status', status }), files: memorySnapshotFiles() })
  const route = createWorkerRoutes(session, deliver, { saveDelayMs: 20 })
  return {
    session,
    postMessage: (request: WorkerRequest) => void setTimeout(() => route(structuredClone(request)), 0),
    addEventListener: target.addEventListener.bind(target) as Worker['addEventListener']
  }
}

/** The real handlers over a folder; `laterPages` holds every page after the first until it resolves. */
function archiveServing(files: Record<string, string | Uint8Array>, laterPages?: Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-first-start-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  const platform = testPlatform({ archiveDir: dir })
  const packStore = packStoreFor(platform)
  const handlers = createHandlers(platform, { packStore })
  const bridge: HostBridge = {
    invoke: (async (channel: string, payload: unknown) => {
      if (laterPages && channel === 'archive:page' && (payload as { offset: number }).offset > 0) await laterPages
      return dispatch(handlers, channel, payload)
    }) as HostBridge['invoke']
  }
  // The app protocol's pack index route, as the main process answers it.
  return { bridge, fetchOwn: (path: string) => packIndexResponse(packStore, path) }
}

let db: BayeganDb
let n = 0
afterEach(() => db?.close())

/** Twelve hundred articles; every tenth is about تراکنش, the rest about نمایشگاه. */
async function bigPack(): Promise<Pack> {
  return testPack('elecomp', Array.from({ length: 1200 }, (_, i) => draft(`item-${i}`, i % 10 === 0 ? `تراکنش‌های بانکی ${i}` : `نمایشگاه شماره ${i}`)))
}

function start(files: Record<string, string | Uint8Array>, laterPages?: Promise<void>): { services: AppServices; worker: ReturnType<typeof inProcessWorker> } {
  db = openDatabase(`first-start-${n++}`)
  const worker = inProcessWorker(db)
  return { services: createAppServices({ db, ...archiveServing(files, laterPages), searchWorker: worker }), worker }
}

const untilStatus = (search: SearchClient, ok: (s: IndexStatus) => boolean): Promise<IndexStatus> =>
  new Promise((resolve) => {
    if (ok(search.status())) return resolve(search.status())
    const off = search.onStatus((s) => {
      if (ok(s)) {
        off()
        resolve(s)
      }
    })
  })

/** Asks until an answer comes (a query replaced by a later one resolves null). */
async function ask(search: SearchClient, query: string, limit = 2000) {
  for (;;) {
    const answer = await search.search(query, {}, limit)
    if (answer) return answer
  }
}

describe('a first start with a pack and its prebuilt index', () => {
  it('answers from the prebuilt index during the import, never with an article not stored yet, and with all of them once it is done', async () => {
    const pack = await bigPack()
    let openPages = (): void => {}
    const laterPages = new Promise<void>((resolve) => (openPages = resolve))
    const { services, worker } = start({ 'elecomp.pack.json': JSON.stringify(pack), 'elecomp.index.bin': buildPackIndexFile(pack) }, laterPages)
    const checks: Promise<void>[] = []
    let asked = false
    const sync = syncArchive(db, services.host, (progress) => {
      // The researcher searches as soon as the library shows the first page (the next is held back).
      if (progress.done === 0 || asked) return
      asked = true
      checks.push(
        ask(services.search, 'تراکنش').then(async (answer) => {
          expect(services.search.status()).toEqual({ state: 'ready', loadedFrom: 'pack', documents: 500, pending: 700, savedIndex: 'none' })
          // Of the 120 articles about it, the 50 of the first page: the others cannot be opened yet.
          expect(answer.total).toBe(50)
          expect(answer.hits.map((h) => Number(h.id.split('-')[1])).every((i) => i < 500)).toBe(true)
          expect(answer.hits[0]?.title.text).toMatch(/^تراکنش‌های بانکی/)
          openPages()
        })
      )
    })
    await sync
    await Promise.all(checks)
    expect(asked).toBe(true)
    // Every page's change has reached the index: all 120 are found, with snippets cut from kept texts.
    await untilStatus(services.search, (s) => s.state === 'ready' && s.pending === undefined && s.documents === 1200)
    const all = await ask(services.search, 'تراکنش')
    expect(all.total).toBe(120)
    expect(all.hits[0]?.snippets[0]?.text).toMatch(/تراکنش/)
    // The sync is done (the app calls init again): the index is checked against the stored pack and saved.
    services.search.init()
    await expect.poll(() => db.searchSnapshots.count(), { timeout: 5000 }).toBe(1)
    expect(worker.session.refused).toEqual([])
  })

  it('a damaged or stale prebuilt index is refused and the index is built from the database', async () => {
    const pack = await bigPack()
    const good = buildPackIndexFile(pack)
    const damaged = good.slice()
    damaged[Math.floor(damaged.length / 2)] = (damaged[Math.floor(damaged.length / 2)] as number) ^ 0xff
    const older = buildPackIndexFile(await testPack('elecomp', [draft('item-0', 'تراکنش')], '0'))
    // The main process checks only the header (a stale or cut file is not served); a damaged byte
    // inside the arrays is served and found by the worker's checksum.
    const cases: [Uint8Array, string[]][] = [[damaged, ['damaged']], [older, []], [good.slice(0, good.length - 100), []]]
    for (const [file, refusedInWorker] of cases) {
      const { services, worker } = start({ 'elecomp.pack.json': JSON.stringify(pack), 'elecomp.index.bin': file })
      await syncArchive(db, services.host)
      services.search.init()
      await untilStatus(services.search, (s) => s.state === 'ready')
      expect(services.search.status()).toMatchObject({ state: 'ready', loadedFrom: 'build', documents: 1200 })
      expect((await ask(services.search, 'تراکنش')).total).toBe(120)
      expect(worker.session.refused.map((r) => r.reason.split(':')[0])).toEqual(refusedInWorker)
      db.close()
    }
  })

  it('a file the host would serve is still checked by the worker: one for another pack version is refused there', async () => {
    const pack = await bigPack()
    const older = await testPack('elecomp', [draft('item-0', 'تراکنش')], '0')
    db = openDatabase(`first-start-${n++}`)
    await syncArchive(db, createHostClient(archiveServing({ 'elecomp.pack.json': JSON.stringify(pack) }).bridge))
    const worker = inProcessWorker(db)
    // As if the host had passed on the older version's file under this version's hash.
    const client = createSearchClient(worker, async () => [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: buildPackIndexFile(older).slice().buffer }])
    client.init()
    await untilStatus(client, (s) => s.state === 'ready')
    expect(client.status()).toMatchObject({ loadedFrom: 'build', documents: 1200 })
    expect(worker.session.refused.map((r) => r.reason.split(':')[0])).toEqual(['other-pack'])
  })
})
