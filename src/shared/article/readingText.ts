import type { ArchiveItem, Block, Link } from '../archive/schema'

/**
 * One run of the article as the reader shows it: the title, the lead, a paragraph, heading or
 * quote, a quote's attribution, a list item, a table cell, or a caption.
 */
export interface ReadingSegment {
  /**
   * Stable across renders, used as a DOM data key: 'title', 'lead', 'body.3' (paragraph, heading,
   * quote), 'attribution.3', 'item.3.0' (list item), 'cell.3.1.2' (row 1, column 2), 'caption.3'.
   */
  key: string
  kind: 'title' | 'lead' | 'paragraph' | 'heading' | 'quote' | 'attribution' | 'item' | 'cell' | 'caption'
  text: string
  /** Offset of the segment's first character in the reading text. */
  start: number
  /** Links kept from an imported page, offsets inside this segment's text. */
  links?: readonly Link[]
}

/** A body block as the reader lays it out, pointing at its segments. */
export type ReadingBlock =
  | { kind: 'paragraph' | 'heading'; index: number; segment: ReadingSegment }
  | { kind: 'quote'; index: number; segment: ReadingSegment; attribution?: ReadingSegment }
  | { kind: 'list'; index: number; ordered: boolean; items: ReadingSegment[] }
  /** Empty cells have no segment (null): there is nothing in them to select. */
  | { kind: 'table'; index: number; header: boolean; rows: (ReadingSegment | null)[][]; caption?: ReadingSegment }
  | { kind: 'figure'; index: number; image?: string; alt?: string; caption?: ReadingSegment }

export interface ReadingText {
  text: string
  segments: ReadingSegment[]
  /** The body's blocks in order (title and lead are segments only). */
  blocks: ReadingBlock[]
}

const SEPARATOR = '\n\n'

/**
 * The article's text as one string, the coordinate system of annotations and in-article hits:
 * title, lead and every run of the body (each list item, each non-empty table cell, each caption
 * a run of its own) joined by blank lines, using the display copy when the pack has one.
 * Articles of paragraphs, headings and quotes only read exactly as before lists and tables
 * existed, so annotations made then keep their offsets. The same function runs wherever offsets
 * are made or used, so they always agree.
 */
export function readingTextOf(item: Pick<ArchiveItem, 'title' | 'lead' | 'body' | 'display'>): ReadingText {
  const source = item.display ?? item
  const segments: ReadingSegment[] = []
  const texts: string[] = []
  let offset = 0
  const add = (key: string, kind: ReadingSegment['kind'], text: string, links?: readonly Link[]): ReadingSegment => {
    const segment: ReadingSegment = { key, kind, text, start: offset, ...(links && links.length > 0 ? { links } : {}) }
    segments.push(segment)
    texts.push(text)
    offset += text.length + SEPARATOR.length
    return segment
  }
  add('title', 'title', source.title)
  if (source.lead) add('lead', 'lead', source.lead)
  // Links come from the original: a display copy is made only for text files, which have none.
  const blocks = source.body.map((block, i) => readingBlock(block, i, add, item.display ? undefined : item.body[i]))
  return { text: texts.join(SEPARATOR), segments, blocks }
}

type Add = (key: string, kind: ReadingSegment['kind'], text: string, links?: readonly Link[]) => ReadingSegment

function readingBlock(block: Block, i: number, add: Add, original: Block | undefined): ReadingBlock {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', index: i, segment: add(`body.${i}`, 'paragraph', block.text, original?.kind === 'paragraph' ? original.links : undefined) }
    case 'heading':
      return { kind: 'heading', index: i, segment: add(`body.${i}`, 'heading', block.text) }
    case 'quote': {
      const segment = add(`body.${i}`, 'quote', block.text, original?.kind === 'quote' ? original.links : undefined)
      const attribution = block.attribution ? add(`attribution.${i}`, 'attribution', block.attribution) : undefined
      return { kind: 'quote', index: i, segment, ...(attribution ? { attribution } : {}) }
    }
    case 'list':
      return {
        kind: 'list',
        index: i,
        ordered: block.ordered,
        items: block.items.map((item, j) => add(`item.${i}.${j}`, 'item', item.text, original?.kind === 'list' ? original.items[j]?.links : undefined))
      }
    case 'table': {
      const caption = block.caption ? add(`caption.${i}`, 'caption', block.caption) : undefined
      const rows = block.rows.map((row, r) => row.map((cell, c) => (cell.trim() === '' ? null : add(`cell.${i}.${r}.${c}`, 'cell', cell))))
      return { kind: 'table', index: i, header: block.header === true, rows, ...(caption ? { caption } : {}) }
    }
    case 'figure': {
      const caption = block.caption ? add(`caption.${i}`, 'caption', block.caption) : undefined
      return { kind: 'figure', index: i, ...(block.image ? { image: block.image } : {}), ...(block.alt ? { alt: block.alt } : {}), ...(caption ? { caption } : {}) }
    }
  }
}

/** Characters a block puts on the page, for rendering a long article in steps. */
export function readingBlockChars(block: ReadingBlock): number {
  switch (block.kind) {
    case 'list':
      return block.items.reduce((n, s) => n + s.text.length, 0)
    case 'table':
      return block.rows.reduce((n, row) => n + row.reduce((m, s) => m + (s?.text.length ?? 0), 0), 0)
    case 'figure':
      return (block.caption?.text.length ?? 0) + 200
    default:
      return block.segment.text.length
  }
}

/** The global offset of a position inside a segment, or null for an unknown key. */
export function toGlobalOffset(reading: ReadingText, key: string, offsetInSegment: number): number | null {
  const segment = reading.segments.find((s) => s.key === key)
  if (!segment) return null
  return segment.start + Math.max(0, Math.min(segment.text.length, offsetInSegment))
}

export interface SegmentRange {
  key: string
  start: number
  end: number
}

/** Splits a global range into per-segment ranges (a highlight may cross paragraphs). */
export function rangesBySegment(reading: ReadingText, start: number, end: number): SegmentRange[] {
  const out: SegmentRange[] = []
  for (const s of reading.segments) {
    const from = Math.max(start, s.start)
    const to = Math.min(end, s.start + s.text.length)
    if (from < to) out.push({ key: s.key, start: from - s.start, end: to - s.start })
  }
  return out
}
