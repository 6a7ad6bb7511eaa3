import type { SearchFilters } from '../../../shared/search/types'
import type { IndexStatus, SearchResultItem, WorkerMessage, WorkerRequest } from './protocol'

export interface SearchAnswer {
  query: string
  total: number
  hits: SearchResultItem[]
  tookMs: number
}

export interface SearchClient {
  /** Starts loading or building the index; safe to call more than once. */
  init(): void
  /** Tells the index these articles (or their notes and summaries) changed. */
  changed(articleIds: readonly string[]): void
  /** Resolves with the answer, or with null when a newer query superseded this one. */
  search(query: string, filters: SearchFilters, limit?: number): Promise<SearchAnswer | null>
  onStatus(listener: (status: IndexStatus) => void): () => void
  status(): IndexStatus
}

/** The UI side of the search worker: numbered requests, and only the newest query's answer is used. */
export function createSearchClient(worker: Pick<Worker, 'postMessage' | 'addEventListener'>): SearchClient {
  let seq = 0
  let latestSearch = 0
  let current: IndexStatus = { state: 'starting' }
  const listeners = new Set<(status: IndexStatus) => void>()
  const pending = new Map<number, { resolve: (a: SearchAnswer | null) => void; reject: (e: Error) => void }>()
  const send = (request: WorkerRequest): void => worker.postMessage(request)

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data
    if (message.kind === 'status') {
      current = message.status
      for (const listener of listeners) listener(current)
      return
    }
    const waiting = pending.get(message.seq)
    if (!waiting) return
    pending.delete(message.seq)
    if (message.kind === 'error') waiting.reject(new Error(message.message))
    else waiting.resolve(message.seq === latestSearch ? { query: message.query, total: message.total, hits: message.hits, tookMs: message.tookMs } : null)
  })

  return {
    init: () => send({ kind: 'init', seq: ++seq }),
    changed: (articleIds) => {
      if (articleIds.length > 0) send({ kind: 'changed', seq: ++seq, articleIds: [...articleIds] })
    },
    search(query, filters, limit = 30) {
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
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    status: () => current
  }
}
