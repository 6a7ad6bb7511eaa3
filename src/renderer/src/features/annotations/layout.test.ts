import { describe, expect, it } from 'vitest'
import { describeTarget } from '../../../../shared/anchoring/describe'
import { readingTextOf } from '../../../../shared/article/readingText'
import type { Annotation } from '../../../../shared/domain/annotation'
import { filterAnnotations, matchesText, EMPTY_QUERY } from './annotationQuery'
import { layoutAnnotations, marksOf } from './layout'

const item = {
  title: 'معاون سازمان فناوری اطلاعات',
  lead: 'کسب‌وکارهای آسیب‌دیده وام گرفتند.',
  body: [
    { kind: 'paragraph' as const, text: 'در الکامپ ۲۷ گفته شد که کسب‌وکارها منتظرند.' },
    { kind: 'paragraph' as const, text: 'پایان گزارش Elecomp.' }
  ]
}
const reading = readingTextOf(item)

function highlight(id: string, text: string, phrase: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(phrase)
  return {
    id,
    articleId: 'a',
    target: describeTarget(text, start, start + phrase.length),
    quote: phrase,
    colour: 'yellow',
    note: '',
    tags: [],
    orphan: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    deletedAt: null,
    ...extra
  }
}

describe('laying out an article’s annotations', () => {
  it('orders highlights by reading position, splits one across paragraphs and stores nothing when nothing moved', () => {
    const across = highlight('across', reading.text, 'گرفتند.\n\nدر الکامپ')
    const first = highlight('first', reading.text, 'معاون')
    const gone = highlight('gone', reading.text, 'منتظرند', { deletedAt: '2026-11-02T00:00:00.000Z' })
    const layout = layoutAnnotations(reading, [across, first, gone])
    expect(layout.highlights.map((h) => h.annotation.id)).toEqual(['first', 'across'])
    expect(layout.placements).toEqual([])
    const marks = marksOf(reading, layout.highlights)
    expect(marks.get('lead')?.[0]).toMatchObject({ id: 'across', end: item.lead.length })
    expect(marks.get('body.0')?.[0]).toMatchObject({ id: 'across', start: 0, end: 'در الکامپ'.length })
  })

  it('re-places a highlight after the text changed, and orphans (never drops) one whose words are gone', () => {
    const oldText = reading.text
    const moved = highlight('moved', oldText, 'کسب‌وکارها منتظرند')
    const lost = highlight('lost', oldText, 'پایان گزارش Elecomp')
    const changed = readingTextOf({ ...item, lead: 'سطری تازه. ' + item.lead, body: [item.body[0]!, { kind: 'paragraph', text: 'چیز دیگری.' }] })
    const layout = layoutAnnotations(changed, [moved, lost])
    const placed = layout.highlights[0]!
    expect(changed.text.slice(placed.start, placed.end)).toBe('کسب‌وکارها منتظرند')
    expect(layout.orphans.map((a) => a.id)).toEqual(['lost'])
    expect(layout.placements.map((p) => [p.id, p.orphan])).toEqual([
      ['moved', false],
      ['lost', true]
    ])
  })
})

describe('searching annotations', () => {
  const a = highlight('a', reading.text, 'کسب‌وکارهای آسیب‌دیده', { note: '**وام** برای *کرونا*', tags: ['اقتصاد'] })
  it('matches quotes, notes and tags whatever the ZWNJ, letter variants or Markdown', () => {
    expect(matchesText(a, 'کسبوکارهای')).toBe(true)
    expect(matchesText(a, 'آسيب')).toBe(true) // Arabic yeh
    expect(matchesText(a, 'وام کرونا')).toBe(true)
    expect(matchesText(a, 'اقتصاد')).toBe(true)
    expect(matchesText(a, 'ماهی')).toBe(false)
  })
  it('filters by colour, tag and date, and leaves tombstones out', () => {
    const b = { ...a, id: 'b', colour: 'red' as const, tags: [], updatedAt: '2026-01-01T00:00:00.000Z' }
    const c = { ...a, id: 'c', deletedAt: '2026-11-01T10:00:00.000Z' }
    const now = new Date('2026-11-02T00:00:00.000Z')
    expect(filterAnnotations([a, b, c], EMPTY_QUERY, now).map((x) => x.id)).toEqual(['a', 'b'])
    expect(filterAnnotations([a, b, c], { ...EMPTY_QUERY, colour: 'red' }, now).map((x) => x.id)).toEqual(['b'])
    expect(filterAnnotations([a, b, c], { ...EMPTY_QUERY, tag: 'اقتصاد' }, now).map((x) => x.id)).toEqual(['a'])
    expect(filterAnnotations([a, b, c], { ...EMPTY_QUERY, date: 'month' }, now).map((x) => x.id)).toEqual(['a'])
  })
})
