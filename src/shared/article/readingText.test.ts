import { describe, expect, it } from 'vitest'
import { rangesBySegment, readingTextOf, toGlobalOffset } from './readingText'

const item = {
  title: 'عنوان',
  lead: 'لید خبر',
  body: [
    { kind: 'paragraph' as const, text: 'بند یکم' },
    { kind: 'quote' as const, text: 'نقل قول', attribution: 'گوینده' },
    { kind: 'heading' as const, text: 'میان‌تیتر' }
  ]
}

describe('readingTextOf', () => {
  it('joins title, lead, blocks and attributions with blank lines and records where each starts', () => {
    const reading = readingTextOf(item)
    expect(reading.text).toBe('عنوان\n\nلید خبر\n\nبند یکم\n\nنقل قول\n\nگوینده\n\nمیان‌تیتر')
    for (const s of reading.segments) expect(reading.text.slice(s.start, s.start + s.text.length)).toBe(s.text)
    expect(reading.segments.map((s) => s.key)).toEqual(['title', 'lead', 'body.0', 'body.1', 'attribution.1', 'body.2'])
  })
  it('prefers the display copy, whose half-spaces change offsets', () => {
    const reading = readingTextOf({ ...item, display: { ...item, title: 'عنوان\u200cها' } })
    expect(reading.text.startsWith('عنوان\u200cها\n\n')).toBe(true)
  })
  it('maps segment offsets to global ones and splits ranges across segments', () => {
    const reading = readingTextOf(item)
    const start = toGlobalOffset(reading, 'body.0', 4)!
    expect(reading.text.slice(start, start + 3)).toBe('یکم')
    expect(toGlobalOffset(reading, 'body.9', 0)).toBeNull()
    const lead = reading.segments[1]!
    const ranges = rangesBySegment(reading, lead.start + 4, start + 3)
    expect(ranges).toEqual([
      { key: 'lead', start: 4, end: 7 },
      { key: 'body.0', start: 0, end: 7 }
    ])
  })
})

describe('readingTextOf with lists, tables, figures and links', () => {
  const rich = {
    title: 'عنوان',
    body: [
      { kind: 'paragraph' as const, text: 'به گزارش ایتنا', links: [{ start: 9, end: 14, href: 'https://www.itna.ir/' }] },
      { kind: 'list' as const, ordered: true, items: [{ text: 'یک' }, { text: 'دو', links: [{ start: 0, end: 2, href: 'https://a.ir/' }] }] },
      { kind: 'table' as const, header: true, caption: 'جدول', rows: [['سال', 'غرفه'], ['۱۴۰۲', '']] },
      { kind: 'figure' as const, image: 'a'.repeat(64), alt: 'عکس', caption: 'زیرنویس' },
      { kind: 'figure' as const, alt: 'فقط متن جایگزین' }
    ]
  }

  it('makes each item, non-empty cell and caption a segment of its own; alt text is not reading text', () => {
    const reading = readingTextOf(rich)
    expect(reading.segments.map((s) => s.key)).toEqual(['title', 'body.0', 'item.1.0', 'item.1.1', 'caption.2', 'cell.2.0.0', 'cell.2.0.1', 'cell.2.1.0', 'caption.3'])
    expect(reading.text).toBe('عنوان\n\nبه گزارش ایتنا\n\nیک\n\nدو\n\nجدول\n\nسال\n\nغرفه\n\n۱۴۰۲\n\nزیرنویس')
    for (const s of reading.segments) expect(reading.text.slice(s.start, s.start + s.text.length)).toBe(s.text)
    expect(reading.text).not.toContain('عکس')
    const table = reading.blocks[2]
    expect(table?.kind === 'table' && table.rows[1]?.[1]).toBeNull()
    expect(reading.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'table', 'figure', 'figure'])
  })

  it('carries links on their segments, inside the segment text', () => {
    const reading = readingTextOf(rich)
    const p = reading.segments.find((s) => s.key === 'body.0')!
    expect(p.text.slice(p.links![0]!.start, p.links![0]!.end)).toBe('ایتنا')
    expect(reading.segments.find((s) => s.key === 'item.1.1')?.links).toEqual([{ start: 0, end: 2, href: 'https://a.ir/' }])
  })

  it('splits a highlight across list items by segment', () => {
    const reading = readingTextOf(rich)
    const start = toGlobalOffset(reading, 'item.1.0', 0)!
    const end = toGlobalOffset(reading, 'item.1.1', 1)!
    expect(rangesBySegment(reading, start, end)).toEqual([
      { key: 'item.1.0', start: 0, end: 2 },
      { key: 'item.1.1', start: 0, end: 1 }
    ])
  })
})
