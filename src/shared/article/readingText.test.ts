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
