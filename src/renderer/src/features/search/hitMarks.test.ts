import { describe, expect, it } from 'vitest'
import { readingTextOf } from '../../../../shared/article/readingText'
import { articleHits, hitMarksBySegment, mergeMarks } from './hitMarks'

const reading = readingTextOf({
  title: 'تراکنشهای مرکز ملی',
  lead: 'مجموع تراکنش‌ها به ۹ میلیارد رسید',
  body: [{ kind: 'paragraph', text: 'در مرداد ۱۴۰۰ تراکنش ها کمتر بود و کسبوکارها رشد کردند.' }]
})

describe('articleHits', () => {
  it('finds every spelling of a word in every segment, on the original characters', () => {
    const hits = articleHits(reading, 'تراکنش‌ها')
    const texts = hits.map((h) => reading.segments.find((s) => s.key === h.segmentKey)!.text.slice(h.start, h.end))
    expect(texts).toEqual(['تراکنشهای', 'تراکنش‌ها', 'تراکنش ها'])
    expect(hits.map((h) => h.segmentKey)).toEqual(['title', 'lead', 'body.0'])
  })
  it('matches digits typed in another script and nothing for a blank query', () => {
    const hits = articleHits(reading, '1400')
    expect(hits).toHaveLength(1)
    expect(articleHits(reading, '   ')).toEqual([])
  })
  it('marks the current hit and merges with other marks', () => {
    const hits = articleHits(reading, 'تراکنش')
    const marks = hitMarksBySegment(hits, 1)
    expect(marks.get('lead')?.[0]?.colour).toBe('current')
    expect(marks.get('title')?.[0]?.colour).toBeUndefined()
    const merged = mergeMarks(marks, new Map([['title', [{ start: 0, end: 2, id: 'a1', kind: 'annotation' as const, colour: 'red' }]]]))
    expect(merged.get('title')?.map((m) => m.id)).toEqual(['hit-0', 'a1'])
  })
})
