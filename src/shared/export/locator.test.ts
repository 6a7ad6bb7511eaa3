import { describe, expect, it } from 'vitest'
import { readingTextOf } from '../article/readingText'
import { locate, numberParagraphs } from './locator'
import { locatorText } from './locatorText'

const item = {
  title: 'عنوان خبر',
  lead: 'لید خبر',
  body: [
    { kind: 'paragraph' as const, text: 'بند یکم متن' },
    { kind: 'heading' as const, text: 'میان‌تیتر' },
    { kind: 'quote' as const, text: 'نقل قول گوینده', attribution: 'گوینده' },
    { kind: 'paragraph' as const, text: 'بند پایانی' }
  ]
}
const reading = readingTextOf(item)
const numbered = numberParagraphs(reading)
const at = (phrase: string): [number, number] => {
  const start = reading.text.indexOf(phrase)
  if (start < 0) throw new Error(phrase)
  return [start, start + phrase.length]
}

describe('locate', () => {
  it('numbers the lead, paragraphs and quotes from 1 and names the title and subheadings', () => {
    expect(locate(numbered, ...at('لید'))).toEqual({ part: 'paragraph', paragraph: 1 })
    expect(locate(numbered, ...at('یکم'))).toEqual({ part: 'paragraph', paragraph: 2 })
    expect(locate(numbered, ...at('میان'))).toEqual({ part: 'heading' })
    expect(locate(numbered, ...at('نقل قول'))).toEqual({ part: 'paragraph', paragraph: 3 })
    expect(locate(numbered, ...at('بند پایانی'))).toEqual({ part: 'paragraph', paragraph: 4 })
    expect(locate(numbered, ...at('عنوان'))).toEqual({ part: 'title' })
  })

  it('gives the attribution its quote’s number and a run across paragraphs both ends', () => {
    const [start] = at('گوینده\n')
    expect(locate(numbered, start, start + 3)).toEqual({ part: 'paragraph', paragraph: 3 })
    expect(locate(numbered, at('متن')[0], at('بند پایانی')[1])).toEqual({ part: 'paragraph', paragraph: 2, paragraphEnd: 4 })
  })

  it('has no place for a range outside the text', () => {
    expect(locate(numbered, reading.text.length + 10, reading.text.length + 20)).toBeNull()
  })

  it('counts a list, a table or a figure as one paragraph and names the item, row or caption inside it', () => {
    const structured = readingTextOf({
      title: 'عنوان',
      lead: 'لید',
      body: [
        { kind: 'paragraph' as const, text: 'بند نخست' },
        { kind: 'list' as const, ordered: true, items: [{ text: 'مورد الف' }, { text: 'مورد ب' }, { text: 'مورد پ' }] },
        { kind: 'table' as const, header: true, caption: 'جدول غرفه‌ها', rows: [['سالن', 'شرکت'], ['۳۸', '۴۵']] },
        { kind: 'figure' as const, caption: 'نقشهٔ سالن‌ها' },
        { kind: 'paragraph' as const, text: 'بند آخر' }
      ]
    })
    const n = numberParagraphs(structured)
    const where = (phrase: string) => {
      const start = structured.text.indexOf(phrase)
      if (start < 0) throw new Error(phrase)
      return locate(n, start, start + phrase.length)
    }
    expect(where('بند نخست')).toEqual({ part: 'paragraph', paragraph: 2 })
    expect(where('مورد ب')).toEqual({ part: 'paragraph', paragraph: 3, item: 2 })
    expect(where('۴۵')).toEqual({ part: 'paragraph', paragraph: 4, row: 2 })
    expect(where('جدول غرفه')).toEqual({ part: 'paragraph', paragraph: 4, caption: true })
    expect(where('نقشهٔ سالن')).toEqual({ part: 'paragraph', paragraph: 5, caption: true })
    expect(where('بند آخر')).toEqual({ part: 'paragraph', paragraph: 6 })
    // Across two items: the block's number, no single item.
    const from = structured.text.indexOf('مورد الف')
    expect(locate(n, from, structured.text.indexOf('مورد ب') + 3)).toEqual({ part: 'paragraph', paragraph: 3 })
    expect(locatorText({ part: 'paragraph', paragraph: 3, item: 2 }, 'fa')).toBe('بند ۳، مورد ۲')
    expect(locatorText({ part: 'paragraph', paragraph: 4, row: 2 }, 'en')).toBe('para. 4, row 2')
    expect(locatorText({ part: 'paragraph', paragraph: 5, caption: true }, 'fa')).toBe('بند ۵، زیرنویس')
  })
})
