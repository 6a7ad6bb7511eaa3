import { describe, expect, it } from 'vitest'
import { describeTarget } from '../anchoring/describe'
import type { Annotation } from '../domain/annotation'
import { ANNO_CONTEXT, fromWebAnnotation, toWebAnnotation, webAnnotationSchema } from './webAnnotation'

const text = 'معاون سازمان فناوری اطلاعات در الکامپ ۲۷ گفت: کسب‌وکارهای آسیب‌دیده وام گرفتند.'
const start = text.indexOf('کسب‌وکارهای')
const highlight: Annotation = {
  id: 'a1',
  articleId: 'zoomit-e942ce09813ba0d2',
  target: describeTarget(text, start, start + 'کسب‌وکارهای آسیب‌دیده'.length),
  quote: 'کسب‌وکارهای آسیب‌دیده',
  colour: 'green',
  note: 'نقل از **خوانساری**',
  tags: ['وام', 'کرونا'],
  orphan: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:05:00.000Z',
  deletedAt: null
}

describe('W3C Web Annotation form', () => {
  it('has the JSON-LD context, motivation, bodies and a target with both selectors', () => {
    const w = toWebAnnotation(highlight)
    expect(w['@context']).toBe(ANNO_CONTEXT)
    expect(w.type).toBe('Annotation')
    expect(w.motivation).toBe('commenting')
    expect(w.body).toEqual([
      { type: 'TextualBody', value: 'نقل از **خوانساری**', purpose: 'commenting', format: 'text/markdown' },
      { type: 'TextualBody', value: 'وام', purpose: 'tagging' },
      { type: 'TextualBody', value: 'کرونا', purpose: 'tagging' }
    ])
    expect(w.target.source).toBe('zoomit-e942ce09813ba0d2')
    expect(w.target.selector?.[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'کسب‌وکارهای آسیب‌دیده' })
    expect(w.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', start, end: start + 21 })
    expect(webAnnotationSchema.safeParse(JSON.parse(JSON.stringify(w))).success).toBe(true)
  })

  it('names a bare highlight "highlighting" and an article note with no selector', () => {
    expect(toWebAnnotation({ ...highlight, note: '', tags: [] }).motivation).toBe('highlighting')
    const articleNote = { ...highlight, target: null, quote: null, colour: null }
    expect(toWebAnnotation(articleNote).target).toEqual({ source: highlight.articleId })
    expect(toWebAnnotation({ ...articleNote, note: '' }).motivation).toBe('tagging')
  })

  it('reads back exactly what it wrote, orphans and tombstones included', () => {
    for (const a of [highlight, { ...highlight, orphan: true, deletedAt: '2026-11-02T00:00:00.000Z' }, { ...highlight, target: null, quote: null }]) {
      expect(fromWebAnnotation(webAnnotationSchema.parse(JSON.parse(JSON.stringify(toWebAnnotation(a)))))).toEqual(a)
    }
  })
})
