import type { ReadingText } from '../article/readingText'
import type { ExportLocator } from './document'

interface NumberedSegment {
  start: number
  end: number
  part: ExportLocator['part']
  /** Paragraph number; a quote's attribution shares its quote's number. */
  paragraph?: number
  /** Inside a list, table or figure: which item or row, or its caption. */
  inside?: { item: number } | { row: number } | { caption: true }
}

/** `item.4.2` → block 4, item 3; `cell.5.1.0` → block 5, row 2; `caption.6` → block 6's caption. */
function placeInBlock(key: string): { block: number; inside: NonNullable<NumberedSegment['inside']> } | null {
  const [kind, block, a] = key.split('.')
  if (block === undefined) return null
  if (kind === 'item') return { block: Number(block), inside: { item: Number(a) + 1 } }
  if (kind === 'cell') return { block: Number(block), inside: { row: Number(a) + 1 } }
  if (kind === 'caption') return { block: Number(block), inside: { caption: true } }
  return null
}

/**
 * Numbers the article's paragraphs the way a reader counts them: the lead and each body paragraph,
 * quote, list, table or figure from 1 (a list's items share its number, and say which item), the
 * title and subheadings named rather than numbered.
 */
export function numberParagraphs(reading: ReadingText): NumberedSegment[] {
  let n = 0
  let lastBlock: number | null = null
  return reading.segments.map((s) => {
    const end = s.start + s.text.length
    if (s.kind === 'title') return { start: s.start, end, part: 'title' }
    if (s.kind === 'heading') return { start: s.start, end, part: 'heading' }
    const place = placeInBlock(s.key)
    if (place) {
      if (place.block !== lastBlock) n += 1
      lastBlock = place.block
      return { start: s.start, end, part: 'paragraph', paragraph: Math.max(1, n), inside: place.inside }
    }
    lastBlock = null
    if (s.kind !== 'attribution') n += 1
    return { start: s.start, end, part: 'paragraph', paragraph: Math.max(1, n) }
  })
}

/**
 * Where a highlight [start, end) sits: the first paragraph it touches and, when it runs on, the
 * last one; inside one list item, table row or caption, which one. Null when the range lies
 * outside the text (a position that cannot be trusted).
 */
export function locate(numbered: NumberedSegment[], start: number, end: number): ExportLocator | null {
  const touched = numbered.filter((s) => start < Math.max(s.end, s.start + 1) && end > s.start)
  const first = touched[0]
  if (!first) return null
  const paragraphs = touched.flatMap((s) => (s.paragraph === undefined ? [] : [s.paragraph]))
  const from = paragraphs[0]
  const to = paragraphs[paragraphs.length - 1]
  if (from === undefined) return { part: first.part }
  if (to !== undefined && to > from) return { part: 'paragraph', paragraph: from, paragraphEnd: to }
  // One row may span several cells; a range across items or rows names only the block.
  const inside = first.inside
  const oneInside = inside !== undefined && touched.every((s) => s.inside !== undefined && placeKey(s.inside) === placeKey(inside))
  return oneInside ? { part: 'paragraph', paragraph: from, ...inside } : { part: 'paragraph', paragraph: from }
}

/** `item 2`, `row 3`, `caption`: equal keys are the same place inside one block. */
function placeKey(inside: NonNullable<NumberedSegment['inside']>): string {
  return 'item' in inside ? `item ${inside.item}` : 'row' in inside ? `row ${inside.row}` : 'caption'
}
