import type { IndexSession } from './indexSession'
import { SNIPPETS_FIRST, type PackIndexOffer, type WorkerMessage, type WorkerRequest } from './protocol'

export interface RouteOptions {
  /** Lets messages already queued run first (a macrotask in the worker). */
  pause?: () => Promise<void>
  /** Quiet time (no query, no change) before the index is saved for the next start. */
  saveDelayMs?: number
  /** Changes postpone a save at most this long (typing postpones it until it pauses). */
  saveMaxWaitMs?: number
}

/** The engine is warmed up only when no query came for this long. */
const WARM_UP_QUIET_MS = 1000

/** Changed articles applied in one turn at most: a turn is one database read of their heads. */
const CHANGES_PER_TURN = 5000

/**
 * The search worker's message handling, without the worker: nothing is answered before `init`
 * has started the index (asking the UI for the packs' prebuilt indexes when no saved one can be used); changes and saves run one
 * after another; a query that a newer one has replaced while it waited is not scored (the client
 * has settled it already); and the index is saved only after a quiet spell, so typing never waits
 * on a save.
 */
export function createWorkerRoutes(session: IndexSession, post: (message: WorkerMessage) => void, options: RouteOptions = {}): (request: WorkerRequest) => void {
  const pause = options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)))
  const saveDelay = options.saveDelayMs ?? 1500
  const saveMaxWait = options.saveMaxWaitMs ?? 10_000
  let settle: { resolve: () => void; reject: (err: unknown) => void } = { resolve: () => {}, reject: () => {} }
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
  ready.catch(() => {}) // a failed start is told as a status, and to each query
  let started = false
  let serial: Promise<unknown> = ready
  const inTurn = (task: () => Promise<unknown>): void => {
    serial = serial.then(task).catch((err: unknown) => console.warn('search index:', err))
  }
  let latestSearch = 0
  let lastSearchAt = -Infinity
  /** Whether the engine's caches were filled since the index last changed (changes empty them). */
  let warm = false
  // Once ready, and after changes, only while the researcher is not typing (their own queries warm
  // it better); a warm-up cut short is done again after the next save.
  const warmUp = async (): Promise<void> => {
    if (warm) return
    const typing = (): boolean => performance.now() - lastSearchAt < WARM_UP_QUIET_MS
    for (const query of session.warmQueries()) {
      if (typing()) return
      await pause()
      if (typing()) return
      session.warmUp(query)
    }
    warm = true
  }
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let saveDue = 0
  let offersArrived: (offers: PackIndexOffer[]) => void = () => {}
  const askForPackIndexes = (): Promise<PackIndexOffer[]> =>
    new Promise((resolve) => {
      offersArrived = resolve
      post({ kind: 'wantPackIndexes' })
    })
  const waitingChanges = new Set<string>()
  let changesTurnQueued = false
  const applyWaitingChanges = async (): Promise<void> => {
    const ids = [...waitingChanges].slice(0, CHANGES_PER_TURN)
    for (const id of ids) waitingChanges.delete(id)
    // More than one turn's worth: the rest in a turn of their own, after whatever queued meanwhile.
    if (waitingChanges.size > 0) inTurn(applyWaitingChanges)
    else changesTurnQueued = false
    warm = false
    await session.applyChanges(ids)
    saveWhenQuiet()
  }
  const saveIn = (delay: number): void => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      saveTimer = undefined
      inTurn(() => session.save())
      // Changes emptied the engine's caches: filled again for the next keystrokes while it is quiet.
      inTurn(warmUp)
    }, delay)
  }
  // Changes postpone a save at most saveMaxWait (an import's pages never stop coming for long)...
  const saveWhenQuiet = (): void => {
    if (saveTimer === undefined) saveDue = Date.now() + saveMaxWait
    saveIn(Math.max(0, Math.min(saveDelay, saveDue - Date.now())))
  }
  // ...but typing postpones it until it pauses: a save (serialising the index, hundreds of ms at
  // 50,000 articles) would hold up the answers to the keys being typed.
  const typingPostponesSave = (): void => {
    if (saveTimer !== undefined) saveIn(saveDelay)
  }

  return (request) => {
    switch (request.kind) {
      case 'init':
        if (started) return
        started = true
        session
          .start(askForPackIndexes)
          // A build is saved before it answers, as it always was (a build is slow, a save is part of
          // it); a loaded prebuilt index is saved when typing pauses.
          .then(() => (session.loadedFrom === 'build' ? session.save() : undefined))
          .then(() => {
            settle.resolve()
            saveWhenQuiet()
            inTurn(warmUp)
          })
          .catch((err: unknown) => {
            settle.reject(err)
            post({ kind: 'status', status: { state: 'failed', message: messageOf(err) } })
          })
        return
      case 'packIndexes':
        offersArrived(Array.isArray(request.offers) ? request.offers : [])
        return
      case 'recheck':
        inTurn(async () => {
          warm = false // a recheck that finds the pack changed builds a new index
          await session.recheck()
          saveWhenQuiet()
        })
        return
      case 'changed': {
        // Received before init: the index's first read of IndexedDB has them already.
        if (!started) return
        // Changes that arrive while the index is busy are applied together: during a first import
        // every stored page is one change, and applying 200 pages one by one (each reading the data
        // stamp, which counts every article) left the index ~30 s behind the import at 100,000.
        for (const id of request.articleIds) waitingChanges.add(id)
        if (!changesTurnQueued) {
          changesTurnQueued = true
          inTurn(applyWaitingChanges)
        }
        return
      }
      case 'search':
        latestSearch = request.seq
        lastSearchAt = performance.now()
        typingPostponesSave()
        void ready
          .then(pause)
          .then(async () => {
            if (request.seq !== latestSearch) return // replaced while it waited: not scored
            const started = performance.now()
            const { total, hits, rest } = await session.search(request.query, request.filters, request.limit, SNIPPETS_FIRST)
            const tookMs = performance.now() - started
            post({ kind: 'results', seq: request.seq, query: request.query, total, hits, tookMs, complete: !rest })
            if (!rest) return
            await pause()
            if (request.seq !== latestSearch) return // replaced: its rest would never be shown
            post({ kind: 'results', seq: request.seq, query: request.query, total, hits: rest(), tookMs, complete: true })
          })
          .catch((err: unknown) => post({ kind: 'error', seq: request.seq, message: messageOf(err) }))
        return
    }
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
