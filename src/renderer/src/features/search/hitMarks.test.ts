import { describe, expect, it } from 'vitest'
import { readingTextOf } from '../../../../shared/article/readingText'
import { articleHits, hitMarksBySegment, mergeMarks, summaryFindSegments } from './hitMarks'

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

describe('find in the summaries', () => {
  const curated = [
    { lang: 'fa' as const, text: 'کاربران ایتا ده برابر شدند.', provenance: 'curated' as const },
    { lang: 'en' as const, text: "Eitaa's users grew tenfold and domestic messengers carried five times the traffic.", provenance: 'curated' as const }
  ]

  it('finds an English query in the English summary, after the article’s own hits', () => {
    const segments = summaryFindSegments(curated, [])
    expect(segments.map((s) => [s.key, s.lang])).toEqual([
      ['summary.fa', 'fa'],
      ['summary.en', 'en']
    ])
    const hits = articleHits(reading, 'Eitaa', segments)
    expect(hits).toEqual([{ id: 'hit-0', segmentKey: 'summary.en', start: 0, end: 5 }])
    // English analysis: a plural finds its singular, a stopword alone finds nothing.
    expect(articleHits(reading, 'messenger ', segments).map((h) => h.segmentKey)).toEqual(['summary.en'])
    expect(articleHits(reading, 'the ', segments)).toEqual([])
  })

  it('searches the summary the reader shows: the researcher’s latest version over the curated one', () => {
    const mine = { id: 'v1', articleId: 'a', lang: 'en' as const, text: 'My own note on Rubika.', provenance: 'researcher' as const, createdAt: '2026-12-01T10:00:00.000Z' }
    const segments = summaryFindSegments(curated, [mine])
    expect(articleHits(reading, 'Eitaa', segments)).toEqual([])
    expect(articleHits(reading, 'Rubika', segments).map((h) => h.segmentKey)).toEqual(['summary.en'])
  })
})
