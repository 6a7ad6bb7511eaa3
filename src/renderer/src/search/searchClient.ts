import type { SearchFilters } from '../../../shared/search/types'
import { RESULTS_LIMIT, type IndexStatus, type PackIndexOffer, type SearchResultItem, type WorkerMessage, type WorkerRequest } from './protocol'

export interface SearchAnswer {
  query: string
  total: number
  hits: SearchResultItem[]
  tookMs: number
  /** When the later hits have no snippets yet: the whole answer, or null if a newer query came first. */
  more?: Promise<SearchAnswer | null>
}

export interface SearchClient {
  /**
   * Starts loading or building the index (a first query does too). Called again once the archive
   * sync is done, it has the worker check a prebuilt index loaded during the first import.
   */
  init(): void
  /** Tells the index these articles (or their notes and summaries) changed. */
  changed(articleIds: readonly string[]): void
  /** Resolves with the answer, or with null when a newer query superseded this one. */
  search(query: string, filters: SearchFilters, limit?: number): Promise<SearchAnswer | null>
  /**
   * A first import is running: fetch the packs' prebuilt indexes now, for the worker to load when
   * it starts (it asks for them). Resolves to whether there is one, as soon as the host has
   * answered with a file (its bytes may still be arriving).
   */
  prefetchPackIndexes(): Promise<boolean>
  /**
   * Resolves once a started index is ready or failed, at once when none was started, and after
   * `maxMs` at the latest.
   */
  indexLoaded(maxMs: number): Promise<void>
  onStatus(listener: (status: IndexStatus) => void): () => void
  status(): IndexStatus
}

/**
 * The UI side of the search worker: numbered requests, and only the newest query's answer is used.
 * `packIndexes` fetches the packs' prebuilt indexes from the host (the worker cannot call it) when
 * the worker asks for them: on a first start, when it has no saved index.
 */
/** What the client needs of the worker (a Worker is one): post with a transfer list, listen. */
export interface SearchWorkerPort {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void
  addEventListener: Worker['addEventListener']
}

export function createSearchClient(worker: SearchWorkerPort, packIndexes?: (found: () => void) => Promise<PackIndexOffer[]>): SearchClient {
  let seq = 0
  let initialised = false
  let prefetched: Promise<PackIndexOffer[]> | null = null
  let anyFound: Promise<boolean> | null = null
  const fetchOffers = (found: () => void = () => {}): Promise<PackIndexOffer[]> => (packIndexes ? packIndexes(found).catch(() => []) : Promise.resolve([]))
  let latestSearch = 0
  let current: IndexStatus = { state: 'starting' }
  const listeners = new Set<(status: IndexStatus) => void>()
  const pending = new Map<number, { resolve: (a: SearchAnswer | null) => void; reject: (e: Error) => void }>()
  const send = (request: WorkerRequest, transfer: Transferable[] = []): void => worker.postMessage(request, transfer)

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data
    if (message.kind === 'wantPackIndexes') {
      // None (none shipped, or the host failed) only means the worker builds.
      const offers = prefetched ?? fetchOffers()
      prefetched = null // the worker asks once; the bytes are not kept here
      // The files move to the worker (tens of MB at 50,000 articles): transferred, not copied.
      void offers.then((o) => send({ kind: 'packIndexes', seq: ++seq, offers: o }, o.map((offer) => offer.bytes)))
      return
    }
    if (message.kind === 'status') {
      current = message.status
      for (const listener of listeners) listener(current)
      return
    }
    const waiting = pending.get(message.seq)
    if (!waiting) return
    pending.delete(message.seq)
    if (message.kind === 'error') return waiting.reject(new Error(message.message))
    if (message.seq !== latestSearch) return waiting.resolve(null)
    const answer: SearchAnswer = { query: message.query, total: message.total, hits: message.hits, tookMs: message.tookMs }
    // The rest of this answer is waited for like an answer of its own (a newer search settles it with null).
    if (!message.complete) answer.more = new Promise((resolve, reject) => pending.set(message.seq, { resolve, reject }))
    waiting.resolve(answer)
  })

  const init = (): void => {
    if (initialised) {
      send({ kind: 'recheck', seq: ++seq })
      return
    }
    initialised = true
    send({ kind: 'init', seq: ++seq })
  }

  return {
    init,
    changed: (articleIds) => {
      if (articleIds.length > 0) send({ kind: 'changed', seq: ++seq, articleIds: [...articleIds] })
    },
    search(query, filters, limit = RESULTS_LIMIT) {
      if (!initialised) init()
      const id = ++seq
      latestSearch = id
      // Older queries still waiting will never be shown: settle them now.
      for (const [other, waiting] of pending) {
        waiting.resolve(null)
        pending.delete(other)
      }
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        send({ kind: 'search', seq: id, query, filters, limit })
      })
    },
    prefetchPackIndexes() {
      if (anyFound) return anyFound
      if (initialised || !packIndexes) return Promise.resolve(false)
      let found = (): void => {}
      const foundOne = new Promise<boolean>((resolve) => (found = () => resolve(true)))
      prefetched = fetchOffers(found)
      anyFound = Promise.race([foundOne, prefetched.then((offers) => offers.length > 0)])
      return anyFound
    },
    indexLoaded(maxMs) {
      return new Promise<void>((resolve) => {
        const loaded = (status: IndexStatus): boolean => status.state === 'ready' || status.state === 'failed'
        if (!initialised || loaded(current)) return resolve()
        const done = (): void => {
          clearTimeout(timer)
          listeners.delete(check)
          resolve()
        }
        const check = (status: IndexStatus): void => {
          if (loaded(status)) done()
        }
        const timer = setTimeout(done, maxMs)
        listeners.add(check)
      })
    },
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    status: () => current
  }
}
