import { toGlobalOffset, type ReadingText } from '../../../../shared/article/readingText'

/** The reading-text offsets of the current selection inside `root`, or null when it lies outside the article text. */
export function selectionOffsets(root: HTMLElement, selection: Selection | null, reading: ReadingText): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = pointOffset(root, range.startContainer, range.startOffset, reading, 'start')
  const end = pointOffset(root, range.endContainer, range.endOffset, reading, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** Maps a DOM point to a reading-text offset, snapping points between segments to the nearest segment edge. */
function pointOffset(root: HTMLElement, node: Node, offset: number, reading: ReadingText, edge: 'start' | 'end'): number | null {
  if (!root.contains(node)) return null
  const segmentEl = closestSegment(node)
  if (segmentEl) {
    const key = segmentEl.dataset['segment']!
    return toGlobalOffset(reading, key, textOffsetWithin(segmentEl, node, offset))
  }
  // The point sits between segments (e.g. a triple-click selects to the next block's start).
  const segments = [...root.querySelectorAll<HTMLElement>('[data-segment]')]
  const probe = document.createRange()
  probe.setStart(node, offset)
  const after = segments.find((el) => probe.comparePoint(el, 0) >= 0)
  const chosen = edge === 'start' ? after : (after ? segments[segments.indexOf(after) - 1] : segments.at(-1))
  if (!chosen) return null
  const key = chosen.dataset['segment']!
  return toGlobalOffset(reading, key, edge === 'start' ? 0 : (chosen.textContent ?? '').length)
}

function closestSegment(node: Node): HTMLElement | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return el?.closest<HTMLElement>('[data-segment]') ?? null
}

function textOffsetWithin(segmentEl: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // An element point: count the text of the children before `offset`.
    let total = 0
    node.childNodes.forEach((child, i) => {
      if (i < offset) total += child.textContent?.length ?? 0
    })
    return total + textBefore(segmentEl, node)
  }
  return textBefore(segmentEl, node) + offset
}

/** Characters of text inside segmentEl that come before `node` in document order. */
function textBefore(segmentEl: HTMLElement, node: Node): number {
  const walker = document.createTreeWalker(segmentEl, NodeFilter.SHOW_TEXT)
  let total = 0
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node || current.contains(node)) break
    if (node.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING) break
    total += current.textContent?.length ?? 0
  }
  return total
}
