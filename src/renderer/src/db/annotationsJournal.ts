import { JOURNAL_BATCH_MAX, JOURNAL_BATCH_MAX_CHARS, type JournalChange } from '../../../shared/backup/journalEntry'
import type { HostClient } from '../host/hostClient'

export interface JournalStatus {
  /** Changes not yet confirmed on disk by the main process. */
  pending: number
  /** The last attempt failed; the changes are kept and retried. */
  failing: boolean
}

export interface JournalSink {
  send(changes: readonly JournalChange[]): void
  /** Resolves once everything sent so far is journaled (or the current attempt failed). */
  flush(): Promise<void>
  /**
   * For a page about to close: puts every queued change on the wire at once, without waiting for
   * answers (the main process journals calls in the order they arrive and drains before quitting).
   */
  sendAllNow(): void
  status(): JournalStatus
  subscribe(listener: (status: JournalStatus) => void): () => void
}

const RETRY_MS = 3000

/** How many changes from `from` make the next call: at most JOURNAL_BATCH_MAX, and imported articles bounded by size. */
export function batchEnd(changes: readonly JournalChange[], from: number): number {
  let chars = 0
  let end = from
  while (end < changes.length && end - from < JOURNAL_BATCH_MAX) {
    const change = changes[end] as JournalChange
    // Only articles are large; measuring every small change would cost a stringify per edit.
    chars += change.kind === 'article' ? JSON.stringify(change.record).length : 1000
    if (chars > JOURNAL_BATCH_MAX_CHARS && end > from) break
    end++
  }
  return end
}

/**
 * Sends every change to the main process's journal, in order, in batches. A failed call keeps its
 * changes at the head of the queue and retries, so a brief hiccup loses nothing; the UI shows
 * the status so a lasting failure is never silent.
 */
export function createJournalSink(host: HostClient): JournalSink {
  const queue: JournalChange[] = []
  const listeners = new Set<(status: JournalStatus) => void>()
  let failing = false
  let running: Promise<void> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  // How many changes at the head of the queue the running drain has sent and awaits.
  let inFlight = 0

  const status = (): JournalStatus => ({ pending: queue.length, failing })
  const notify = (): void => listeners.forEach((l) => l(status()))

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, batchEnd(queue, 0))
      inFlight = batch.length
      try {
        await host.call('journal:append', { changes: batch })
      } catch {
        inFlight = 0
        failing = true
        notify()
        clearTimeout(retryTimer)
        retryTimer = setTimeout(kick, RETRY_MS)
        return
      }
      queue.splice(0, batch.length)
      inFlight = 0
      failing = false
      notify()
    }
  }

  function kick(): Promise<void> {
    if (!running) running = drain().finally(() => (running = null))
    return running
  }

  return {
    send(changes) {
      if (changes.length === 0) return
      queue.push(...changes)
      notify()
      void kick()
    },
    async flush() {
      while (running) await running
      if (queue.length > 0 && !failing) await kick()
    },
    sendAllNow() {
      const rest = queue.splice(inFlight)
      for (let i = 0; i < rest.length; ) {
        const end = batchEnd(rest, i)
        const batch = rest.slice(i, end)
        i = end
        // Should the page live on after all, a failed batch goes back in the queue to be retried.
        void host.call('journal:append', { changes: batch }).catch(() => {
          queue.push(...batch)
          void kick()
        })
      }
      if (rest.length > 0) notify()
    },
    status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
