import { anchor } from './anchor'
import { contentHash as hashText } from './contentHash'
import { describe } from './describe'
import { findSingleEdit, mapOffset } from './mapThroughEdit'
import type { Anchored, Target } from './types'

export interface Placed<A> {
  annotation: A
  anchored: Anchored
  /** Fresh selectors for the new text, to store so the next load anchors by position. */
  target: Target
}

export interface ReanchorResult<A> {
  placed: Placed<A>[]
  /** Could not be placed: keep them and show them as orphans, never delete. */
  orphans: A[]
}

export interface ReanchorOptions {
  /** Hash of `newText` if the caller has one (e.g. from the archive pack); computed otherwise. */
  newContentHash?: string
}

/**
 * Re-anchors every annotation of an article after its text changed (e.g. a re-imported pack).
 * `oldText`, when still known, sharpens each position hint through the edit between versions.
 */
export function reanchorAll<A extends { target: Target }>(
  oldText: string | undefined,
  newText: string,
  annotations: readonly A[],
  opts: ReanchorOptions = {}
): ReanchorResult<A> {
  const newHash = opts.newContentHash ?? hashText(newText)
  const edit = oldText === undefined ? undefined : findSingleEdit(oldText, newText)
  const placed: Placed<A>[] = []
  const orphans: A[] = []
  for (const annotation of annotations) {
    const [quote, position] = annotation.target.selectors
    const start = edit ? mapOffset(edit, position.start) : undefined
    const end = edit ? mapOffset(edit, position.end) : undefined
    // Outside the edited region the old position carries over exactly; inside it, it still hints.
    const selectors =
      start !== undefined && end !== undefined
        ? [quote, { type: 'TextPositionSelector' as const, start, end }]
        : annotation.target.selectors
    const anchored = anchor(newText, selectors, start === undefined ? {} : { hint: start })
    if (anchored === null) {
      orphans.push(annotation)
      continue
    }
    placed.push({
      annotation,
      anchored,
      target: { contentHash: newHash, selectors: describe(newText, anchored.start, anchored.end) }
    })
  }
  return { placed, orphans }
}
