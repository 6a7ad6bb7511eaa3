import type { AnnotationRepository, Change } from '../db/annotations'

/** What the undo toast says about the last change. */
export type ChangeKind = 'created' | 'edited' | 'deleted' | 'reattached'

export interface UndoEntry {
  change: Change
  kind: ChangeKind
}

/** An undo asked for: done, or refused because the record was edited since (the newer edit stays). */
export interface UndoResult extends UndoEntry {
  outcome: 'undone' | 'changed-since'
}

export type HistoryEvent = 'push' | 'undo' | 'changed-since'

/** The researcher's own changes, newest last, so Ctrl+Z can walk back through them. */
export interface UndoHistory {
  push(change: Change | null, kind: ChangeKind): void
  undo(): Promise<UndoResult | null>
  latest(): UndoEntry | null
  subscribe(listener: (event: HistoryEvent) => void): () => void
}

export const HISTORY_MAX = 100

export function createUndoHistory(repo: Pick<AnnotationRepository, 'revert'>): UndoHistory {
  const stack: UndoEntry[] = []
  const listeners = new Set<(event: HistoryEvent) => void>()
  const notify = (event: HistoryEvent): void => listeners.forEach((l) => l(event))
  return {
    push(change, kind) {
      if (!change) return
      stack.push({ change, kind })
      if (stack.length > HISTORY_MAX) stack.shift()
      notify('push')
    },
    async undo() {
      const entry = stack.pop() ?? null
      if (!entry) {
        notify('undo')
        return null
      }
      const result = await repo.revert(entry.change)
      const outcome = result.status === 'reverted' ? 'undone' : 'changed-since'
      if (result.status === 'reverted') {
        // The undo itself is the record's newest write: the next undo of the same record checks against it.
        const id = entry.change.after.id
        const previous = stack.findLastIndex((e) => e.change.after.id === id)
        const prior = stack[previous]
        if (prior) stack[previous] = { ...prior, change: { ...prior.change, after: result.change.after } }
      }
      notify(outcome === 'undone' ? 'undo' : 'changed-since')
      return { ...entry, outcome }
    },
    latest: () => stack.at(-1) ?? null,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
