import type { ArchiveItem, Block } from '../archive/schema'

/** One run of the article as the reader shows it: the title, the lead, or one body block. */
export interface ReadingSegment {
  /** 'title', 'lead', 'body.3' or 'attribution.3': stable across renders, used as a DOM data key. */
  key: string
  kind: 'title' | 'lead' | Block['kind'] | 'attribution'
  text: string
  /** Offset of the segment's first character in the reading text. */
  start: number
}

export interface ReadingText {
  text: string
  segments: ReadingSegment[]
}

const SEPARATOR = '\n\n'

/**
 * The article's text as one string, the coordinate system of annotations and in-article hits:
 * title, lead and blocks joined by blank lines, using the display copy when the pack has one.
 * The same function runs wherever offsets are made or used, so they always agree.
 */
export function readingTextOf(item: Pick<ArchiveItem, 'title' | 'lead' | 'body' | 'display'>): ReadingText {
  const source = item.display ?? item
  const parts: Omit<ReadingSegment, 'start'>[] = [{ key: 'title', kind: 'title', text: source.title }]
  if (source.lead) parts.push({ key: 'lead', kind: 'lead', text: source.lead })
  source.body.forEach((block, i) => {
    parts.push({ key: `body.${i}`, kind: block.kind, text: block.text })
    if (block.kind === 'quote' && block.attribution) parts.push({ key: `attribution.${i}`, kind: 'attribution', text: block.attribution })
  })
  const segments: ReadingSegment[] = []
  let offset = 0
  for (const part of parts) {
    segments.push({ ...part, start: offset })
    offset += part.text.length + SEPARATOR.length
  }
  return { text: parts.map((p) => p.text).join(SEPARATOR), segments }
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
