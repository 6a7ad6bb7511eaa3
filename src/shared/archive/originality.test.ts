import { describe, expect, it } from 'vitest'
import { itemSegments, longestSharedRun, wordCount, wordsOf } from './originality'

describe('wordsOf', () => {
  it('folds letter variants, digits and ZWNJ, drops punctuation, keeps the written form', () => {
    expect(wordsOf('كسب‌وكار، ۱۲۳ «نمايشگاه»!')).toEqual([
      { key: 'کسبوکار', text: 'كسب‌وكار' },
      { key: '123', text: '۱۲۳' },
      { key: 'نمایشگاه', text: 'نمايشگاه' }
    ])
  })
  it('joins half-space affixes written as spaces', () => {
    expect(wordsOf('تراکنش ها می شود').map((w) => w.key)).toEqual(wordsOf('تراکنش‌ها می‌شود').map((w) => w.key))
    expect(wordsOf('تراکنش ها می شود').map((w) => w.text)).toEqual(['تراکنش ها', 'می شود'])
  })
})

describe('longestSharedRun', () => {
  const source = 'خبرگزاری آزمون: نمايشگاه الكامپ امسال در شهر آفتاب برگزار مي‌شود و ۵۰۰ شرکت در آن حضور دارند.'

  it('finds the longest run across spelling, digit and spacing differences', () => {
    const run = longestSharedRun(['به گزارش این رسانه، نمایشگاه الکامپ امسال در شهر آفتاب برپا خواهد شد.'], source)
    expect(run).toEqual({ length: 6, words: ['نمایشگاه', 'الکامپ', 'امسال', 'در', 'شهر', 'آفتاب'] })
    const digits = longestSharedRun(['گفته شد 500 شرکت در آن حضور دارند'], source)
    expect(digits.length).toBe(6)
  })

  it('is short for a text in its own words', () => {
    const run = longestSharedRun(['به نوشتهٔ این خبرگزاری، محل برپایی الکامپ امسال به شهر آفتاب منتقل شده است.'], source)
    expect(run.length).toBeLessThan(6)
    expect(run.words).toEqual(['الکامپ', 'امسال']) // the first of the longest runs
  })

  it('never lets a run span two segments of the item', () => {
    const run = longestSharedRun(['متن دیگری که به الکامپ امسال', 'در شهر آفتاب ختم نمی‌شود'], source)
    expect(run.length).toBe(3)
  })

  it('returns an empty run when nothing is shared', () => {
    expect(longestSharedRun(['کاملاً متفاوت'], source)).toEqual({ length: 0, words: [] })
  })
})

describe('itemSegments and wordCount', () => {
  it('cover title, lead, body and summaries', () => {
    const item = {
      title: 'تیتر ما',
      lead: 'لید',
      body: [{ kind: 'paragraph' as const, text: 'بند یک دو' }],
      summaries: [{ lang: 'en' as const, text: 'Two words', provenance: 'curated' as const }]
    }
    expect(itemSegments(item)).toEqual(['تیتر ما', 'لید', 'بند یک دو', 'Two words'])
    expect(wordCount(item)).toBe(8)
  })
})
