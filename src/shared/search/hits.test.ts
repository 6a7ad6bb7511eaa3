import { describe, expect, it } from 'vitest'
import { findHitRanges, makeSnippet, matchesQuery } from './hits'

const marked = (query: string, text: string, lang: 'fa' | 'en' = 'fa'): string[] =>
  findHitRanges(query, text, lang).map(([s, e]) => text.slice(s, e))

describe('findHitRanges', () => {
  it('marks every hit on the original characters, whatever the spelling', () => {
    const text = 'تراکنش‌های امروز، تراکنشها و تراکنش ها و تراکنش.'
    expect(marked('تراکنش ', text)).toEqual(['تراکنش‌های', 'تراکنشها', 'تراکنش ها', 'تراکنش'])
  })

  it('marks a spaced query on the joined word and vice versa', () => {
    expect(marked('تراکنش ها ', 'سه تراکنشهای بزرگ')).toEqual(['تراکنشهای'])
    expect(marked('کسبوکار ', 'حمایت از كسب و كار ها')).toEqual(['كسب و كار ها'])
  })

  it('marks phrases as one range and only where consecutive', () => {
    expect(marked('"فناوری اطلاعات"', 'فناوری اطلاعات و اطلاعات فناوری')).toEqual(['فناوری اطلاعات'])
  })

  it('marks prefixes while typing', () => {
    expect(marked('تراک', 'تراکتور و تراکنش‌ها؛ ترافیک')).toEqual(['تراکتور', 'تراکنش‌ها'])
  })

  it('does not mark excluded words or different words', () => {
    expect(marked('ماه -ماهی', 'ماه و ماهی و ماهها')).toEqual(['ماه', 'ماهها'])
  })

  it('works on English text', () => {
    expect(marked('company ', 'Two Companies and a company.', 'en')).toEqual(['Companies', 'company'])
  })
})

describe('makeSnippet', () => {
  it('cuts a window around the hits and shifts highlights into it', () => {
    const text = 'الف '.repeat(100) + 'تراکنش‌ها' + ' ب'.repeat(100)
    const snippet = makeSnippet('body', text, findHitRanges('تراکنش ', text), 80)
    expect(snippet.text.length).toBeLessThanOrEqual(82)
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['تراکنش‌ها'])
    expect(snippet.text.startsWith('…')).toBe(true)
  })
})

describe('matchesQuery', () => {
  const text = 'کسب‌وکارهای آسیب‌دیده از فیلترینگ وام گرفتند'
  it('needs every word, in any spelling, and the last one as a prefix', () => {
    expect(matchesQuery('كسبوكارها فیلترینگ', text)).toBe(true)
    expect(matchesQuery('آسيب', text)).toBe(true)
    expect(matchesQuery('فیلترینگ ماهی', text)).toBe(false)
  })
  it('honours phrases and exclusions', () => {
    expect(matchesQuery('"وام گرفتند"', text)).toBe(true)
    expect(matchesQuery('"گرفتند وام"', text)).toBe(false)
    expect(matchesQuery('وام -فیلترینگ', text)).toBe(false)
  })
})
