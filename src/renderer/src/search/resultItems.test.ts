import { describe, expect, it } from 'vitest'
import { SearchIndex } from '../../../shared/search/searchIndex'
import { resultItem } from './resultItems'

const index = SearchIndex.build(
  [{ id: 'a', fields: { title: 'گزارش تراکنش‌های بانکی', lead: 'تراکنشها در ماه گذشته بیشتر شد', body: 'بانک مرکزی از رشد تراکنش ها خبر داد.' }, meta: {} }],
  { keepText: true }
)

describe('a result item', () => {
  it('carries the title with its highlights and a snippet from each other field that matched', () => {
    const [hit] = index.search('تراکنش').hits
    if (!hit) throw new Error('no hit')
    const item = resultItem(hit, index.text, 'تراکنش')
    expect(item.title).toEqual({ field: 'title', text: 'گزارش تراکنش‌های بانکی', highlights: [[6, 16]] })
    expect(item.snippets.map((s) => [s.field, s.highlights.length])).toEqual([['lead', 1], ['body', 1]])
  })

  it('without snippets when they are cut later: the same title, none of the fields analysed', () => {
    const [hit] = index.search('تراکنش').hits
    if (!hit) throw new Error('no hit')
    const asked: string[] = []
    const item = resultItem(hit, (id, field) => (asked.push(field), index.text(id, field)), 'تراکنش', false)
    expect(item.title).toEqual(resultItem(hit, index.text, 'تراکنش').title)
    expect(item.snippets).toEqual([])
    expect(asked).toEqual(['title'])
  })
})
