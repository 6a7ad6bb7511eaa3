import type { AnnotationRepository, Change } from '../db/annotations'

/** What the undo toast says about the last change. */
export type ChangeKind = 'created' | 'edited' | 'deleted' | 'reattached'

export interface UndoEntry {
  change: Change
  kind: ChangeKind
}

/** The researcher's own changes, newest last, so Ctrl+Z can walk back through them. */
export interface UndoHistory {
  push(change: Change | null, kind: ChangeKind): void
  undo(): Promise<UndoEntry | null>
  latest(): UndoEntry | null
  subscribe(listener: (event: 'push' | 'undo') => void): () => void
}

export const HISTORY_MAX = 100

export function createUndoHistory(repo: Pick<AnnotationRepository, 'revert'>): UndoHistory {
  const stack: UndoEntry[] = []
  const listeners = new Set<(event: 'push' | 'undo') => void>()
  const notify = (event: 'push' | 'undo'): void => listeners.forEach((l) => l(event))
  return {
    push(change, kind) {
      if (!change) return
      stack.push({ change, kind })
      if (stack.length > HISTORY_MAX) stack.shift()
      notify('push')
    },
    async undo() {
      const entry = stack.pop() ?? null
      if (entry) await repo.revert(entry.change)
      notify('undo')
      return entry
    },
    latest: () => stack.at(-1) ?? null,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
