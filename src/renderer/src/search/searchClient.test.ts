// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import type { IndexStatus, WorkerMessage, WorkerRequest } from './protocol'
import { createSearchClient } from './searchClient'

/** A stand-in for the Web Worker: records what the client posts and lets the test answer as the worker would. */
function fakeWorker() {
  const target = new EventTarget()
  const posted: WorkerRequest[] = []
  const transferred: unknown[] = []
  return {
    posted,
    transferred,
    postMessage: (message: WorkerRequest, transfer: Transferable[] = []) => {
      posted.push(message)
      transferred.push(...transfer)
    },
    addEventListener: target.addEventListener.bind(target) as Worker['addEventListener'],
    answer: (message: WorkerMessage) => target.dispatchEvent(new MessageEvent('message', { data: message }))
  }
}

const NO_FILTERS = {}

/** A client whose host has one pack index to offer, counting how often it is fetched. */
function clientWithOneOffer() {
  const offer = { packId: 'elecomp', packContentHash: 'h'.repeat(64), bytes: Uint8Array.of(0, 1, 2).buffer }
  let count = 0
  const worker = fakeWorker()
  const client = createSearchClient(worker, async () => {
    count++
    return [offer]
  })
  return { offer, worker, client, fetched: () => count }
}
const results = (seq: number, query: string, complete = true): WorkerMessage => ({ kind: 'results', seq, query, total: 1, hits: [], tookMs: 2, complete })

describe('the search client', () => {
  it('numbers requests and resolves a search with its answer', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    client.init()
    const answer = client.search('تراکنش', NO_FILTERS, 10)
    expect(worker.posted).toEqual([
      { kind: 'init', seq: 1 },
      { kind: 'search', seq: 2, query: 'تراکنش', filters: NO_FILTERS, limit: 10 }
    ])
    worker.answer(results(2, 'تراکنش'))
    await expect(answer).resolves.toEqual({ query: 'تراکنش', total: 1, hits: [], tookMs: 2 })
  })

  it('drops superseded answers: an older query settles with null, even when its answer comes last', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    const first = client.search('ترا', NO_FILTERS)
    const second = client.search('تراکنش', NO_FILTERS)
    // The older one is settled at once, before any answer arrives: the UI never waits on it.
    await expect(first).resolves.toBeNull()
    worker.answer(results(3, 'تراکنش'))
    worker.answer(results(2, 'ترا'))
    await expect(second).resolves.toMatchObject({ query: 'تراکنش' })
  })

  it('resolves with the first hits, then hands over the whole answer when the rest of the snippets come (or null if superseded)', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    const answer = client.search('تراکنش', NO_FILTERS)
    worker.answer(results(2, 'تراکنش', false))
    const first = await answer
    expect(first).toMatchObject({ query: 'تراکنش', total: 1 })
    if (!first?.more) throw new Error('no promise of the rest')
    worker.answer({ ...results(2, 'تراکنش'), total: 2 } as WorkerMessage)
    await expect(first.more).resolves.toEqual({ query: 'تراکنش', total: 2, hits: [], tookMs: 2 })
    // Superseded before its rest came: the rest settles with null at once, and a late one is ignored.
    const older = await (async () => {
      const pending = client.search('ترا', NO_FILTERS)
      worker.answer(results(3, 'ترا', false))
      return pending
    })()
    const newer = client.search('تراک', NO_FILTERS)
    await expect(older?.more).resolves.toBeNull()
    worker.answer(results(3, 'ترا'))
    worker.answer(results(4, 'تراک'))
    await expect(newer).resolves.toEqual({ query: 'تراک', total: 1, hits: [], tookMs: 2 })
  })

  it('rejects a search the worker failed, with its message', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    const answer = client.search('"نیمه', NO_FILTERS)
    worker.answer({ kind: 'error', seq: 2, message: 'index not ready' })
    await expect(answer).rejects.toThrow('index not ready')
  })

  it('passes index status to every listener until they unsubscribe', () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    expect(client.status()).toEqual({ state: 'starting' })
    const seen: IndexStatus[] = []
    const stop = client.onStatus((s) => seen.push(s))
    worker.answer({ kind: 'status', status: { state: 'building', done: 5, total: 10 } })
    stop()
    worker.answer({ kind: 'status', status: { state: 'ready', documents: 10, loadedFrom: 'build' } })
    expect(seen).toEqual([{ state: 'building', done: 5, total: 10 }])
    expect(client.status()).toEqual({ state: 'ready', documents: 10, loadedFrom: 'build' })
  })

  it('starts the worker with the first query when nobody called init, and init later asks for a recheck', () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    void client.search('الکامپ', NO_FILTERS, 5)
    client.init()
    expect(worker.posted).toEqual([
      { kind: 'init', seq: 1 },
      { kind: 'search', seq: 2, query: 'الکامپ', filters: NO_FILTERS, limit: 5 },
      { kind: 'recheck', seq: 3 }
    ])
  })

  it("fetches the packs' prebuilt indexes only when the worker asks (no saved index), and sends none when that fails", async () => {
    const { offer, worker, client, fetched } = clientWithOneOffer()
    client.init()
    expect(fetched()).toBe(0)
    worker.answer({ kind: 'wantPackIndexes' })
    await vi.waitFor(() => expect(worker.posted).toEqual([{ kind: 'init', seq: 1 }, { kind: 'packIndexes', seq: 2, offers: [offer] }]))
    expect(worker.transferred).toEqual([offer.bytes]) // moved to the worker, not copied
    const failing = fakeWorker()
    createSearchClient(failing, () => Promise.reject(new Error('no host'))).init()
    failing.answer({ kind: 'wantPackIndexes' })
    await vi.waitFor(() => expect(failing.posted).toEqual([{ kind: 'init', seq: 1 }, { kind: 'packIndexes', seq: 2, offers: [] }]))
  })

  it('prefetches the prebuilt indexes during a first import and hands them over when the worker asks, fetching once', async () => {
    const { offer, worker, client, fetched } = clientWithOneOffer()
    client.prefetchPackIndexes()
    client.prefetchPackIndexes()
    expect(fetched()).toBe(1)
    void client.search('الکامپ', NO_FILTERS)
    worker.answer({ kind: 'wantPackIndexes' })
    await vi.waitFor(() => expect(worker.posted).toContainEqual({ kind: 'packIndexes', seq: 3, offers: [offer] }))
    expect(fetched()).toBe(1)
  })

  it('says when a started index has loaded: at once when none was started, on ready or failed, or after the most it may wait', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    let loaded = false
    await client.indexLoaded(60_000) // never started: nothing to wait for
    client.init()
    void client.indexLoaded(60_000).then(() => (loaded = true))
    worker.answer({ kind: 'status', status: { state: 'starting' } })
    await new Promise((r) => setTimeout(r, 10))
    expect(loaded).toBe(false)
    worker.answer({ kind: 'status', status: { state: 'ready', documents: 3, loadedFrom: 'pack', pending: 2 } })
    await vi.waitFor(() => expect(loaded).toBe(true))
    await client.indexLoaded(60_000) // ready already
    const other = fakeWorker()
    const stuck = createSearchClient(other)
    stuck.init()
    const began = Date.now()
    await stuck.indexLoaded(30)
    expect(Date.now() - began).toBeGreaterThanOrEqual(25)
  })

  it('tells the worker about changed articles, and says nothing when none changed', () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker)
    client.changed([])
    client.changed(['a', 'b'])
    expect(worker.posted).toEqual([{ kind: 'changed', seq: 1, articleIds: ['a', 'b'] }])
  })
})
