/**
 * The keyboard selection inside one paragraph, in words: `from`..`to` (inclusive) index the
 * paragraph's words in reading order. Arrow keys are mapped by the reader: in a right-to-left
 * article ArrowLeft goes forward (to the next word), ArrowRight back.
 */
export interface WordSpan {
  from: number
  to: number
}

export type WordMove = 'next' | 'previous' | 'extend' | 'shrink'

/** Word boundaries of a paragraph: runs of non-space characters, so a half-space (ZWNJ) stays inside its word. */
export function wordsOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** The next word span after `move`, or null when the paragraph has no words. */
export function moveWords(span: WordSpan | null, count: number, move: WordMove): WordSpan | null {
  if (count === 0) return null
  const last = count - 1
  if (!span) return move === 'previous' ? { from: last, to: last } : { from: 0, to: 0 }
  switch (move) {
    case 'next': {
      const at = Math.min(span.to + 1, last)
      return { from: at, to: at }
    }
    case 'previous': {
      const at = Math.max(span.from - 1, 0)
      return { from: at, to: at }
    }
    case 'extend':
      return { from: span.from, to: Math.min(span.to + 1, last) }
    case 'shrink':
      return { from: span.from, to: Math.max(span.to - 1, span.from) }
  }
}

/** A DOM range over characters `start`..`end` of `segment`'s text (its marks and hit spans included). */
export function rangeInSegment(segment: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT)
  let pos = 0
  let from: [Node, number] | null = null
  let to: [Node, number] | null = null
  for (let n = walker.nextNode(); n && !to; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0
    if (!from && start < pos + len) from = [n, start - pos]
    if (from && end <= pos + len) to = [n, end - pos]
    pos += len
  }
  if (!from || !to) return null
  const range = document.createRange()
  range.setStart(...from)
  range.setEnd(...to)
  return range
}
