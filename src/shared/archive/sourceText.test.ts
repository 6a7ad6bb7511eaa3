import { describe, expect, it } from 'vitest'
import { SourceTextError, lineOfField, parseSourceArticle, slugFromFileName } from './sourceText'
import { blockText } from './plainText'

const lines = (...l: string[]): string => l.join('\n')
const META = ['---', 'source: زومیت', 'date: 1403-04-08', '---']

function errorOf(text: string, fileName = 'a.txt'): SourceTextError {
  try {
    parseSourceArticle(text, fileName)
  } catch (error) {
    if (error instanceof SourceTextError) return error
    throw error
  }
  throw new Error('expected a SourceTextError')
}

describe('parseSourceArticle: plain text structure', () => {
  it('reads title, lead, paragraphs, a heading and quotes with attribution', () => {
    const { item } = parseSourceArticle(lines(
      ...META.slice(0, -1), 'lead: true', '---',
      'تیتر خبر: بخش دوم',
      'لید خبر: چیزی گفت.',
      'بند اول که با نقطه تمام می‌شود.',
      'جمله نقل‌شده پایان یافت.- علی رضایی، مدیر',
      'میان‌تیتر کوتاه بدون نقطه',
      '',
      'بند بعد از میان‌تیتر «با گیومه».',
      'جمله دیگر؟',
      '— مریم احمدی',
      'بند آخر بی‌نقطه'
    ), 'x.txt')
    expect(item.title).toBe('تیتر خبر: بخش دوم')
    expect(item.lead).toBe('لید خبر: چیزی گفت.')
    expect(item.body).toEqual([
      { kind: 'paragraph', text: 'بند اول که با نقطه تمام می‌شود.' },
      { kind: 'quote', text: 'جمله نقل‌شده پایان یافت.', attribution: 'علی رضایی، مدیر' },
      { kind: 'heading', text: 'میان‌تیتر کوتاه بدون نقطه' },
      { kind: 'paragraph', text: 'بند بعد از میان‌تیتر «با گیومه».' },
      { kind: 'quote', text: 'جمله دیگر؟', attribution: 'مریم احمدی' },
      // Last line: nothing follows, so it is not a heading.
      { kind: 'paragraph', text: 'بند آخر بی‌نقطه' }
    ])
  })

  it('does not mistake long lines, lines ending in a colon, or dashes inside text for structure', () => {
    const long = 'این یک سطر بلند است که هیچ نقطه‌ای ندارد ولی بیش از نود نویسه دارد و بنابراین میان‌تیتر نیست چون میان‌تیترها کوتاه هستند'
    const { item } = parseSourceArticle(lines(...META, 'تیتر', 'او گفت:', long, 'رقم ۱۰۰-۵۰۰ میلیون بود.', 'پایان.'), 'x.txt')
    expect(item.body.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('keeps text exactly: no letter, digit or ZWNJ normalisation, only line ends trimmed', () => {
    const { item } = parseSourceArticle(lines(...META, '  تيتر با ي عربی و 123  ', 'كسبوكار و کسب‌وکار ۱۲۳.\t'), 'x.txt')
    expect(item.title).toBe('تيتر با ي عربی و 123')
    expect(item.body).toEqual([{ kind: 'paragraph', text: 'كسبوكار و کسب‌وکار ۱۲۳.' }])
  })

  it('accepts CRLF line ends and a byte-order mark', () => {
    const { item } = parseSourceArticle(`\uFEFF${lines(...META, 'تیتر', 'متن.')}`.replaceAll('\n', '\r\n'), 'x.txt')
    expect(item.title).toBe('تیتر')
    expect(item.body).toEqual([{ kind: 'paragraph', text: 'متن.' }])
  })
})

describe('parseSourceArticle: Markdown structure', () => {
  it('reads # title, ## headings and > quotes with > — attribution', () => {
    const { item } = parseSourceArticle(lines(
      ...META,
      '# تیتر',
      '',
      'بند اول',
      '',
      '## میان‌تیتر ##',
      '',
      '> نقل قول',
      '> ادامه نقل قول.',
      '> — گوینده',
      '',
      '> نقل بدون گوینده.'
    ), 'x.md')
    expect(item.title).toBe('تیتر')
    expect(item.body).toEqual([
      { kind: 'paragraph', text: 'بند اول' },
      { kind: 'heading', text: 'میان‌تیتر' },
      { kind: 'quote', text: 'نقل قول ادامه نقل قول.', attribution: 'گوینده' },
      { kind: 'quote', text: 'نقل بدون گوینده.' }
    ])
  })
})

describe('parseSourceArticle: metadata', () => {
  it('maps front matter onto the item', () => {
    const { item } = parseSourceArticle(lines(
      '---',
      'source: زومیت',
      'sourceEn: Zoomit',
      'source_url: https://www.zoomit.ir/',
      'url: https://www.zoomit.ir/x',
      'date: 1400-05',
      'date_note: approximate',
      'event: الکامپ ۲۷',
      'eventEn: Elecomp 27',
      'tags: الکامپ ۲۷، فیلترینگ, دولت هوشمند',
      'summary_en: |',
      '  English summary.',
      'summary_fa: خلاصه.',
      '---',
      'تیتر',
      'متن.'
    ), 'archive/001_Some File.txt')
    expect(item).toEqual({
      id: '001-some-file',
      title: 'تیتر',
      body: [{ kind: 'paragraph', text: 'متن.' }],
      source: { name: 'زومیت', nameEn: 'Zoomit', url: 'https://www.zoomit.ir/' },
      url: 'https://www.zoomit.ir/x',
      event: { id: 'elecomp-27', fa: 'الکامپ ۲۷', en: 'Elecomp 27' },
      published: { precision: 'month', jalali: { year: 1400, month: 5 }, note: 'approximate' },
      tags: ['الکامپ ۲۷', 'فیلترینگ', 'دولت هوشمند'],
      summaries: [
        { lang: 'fa', text: 'خلاصه.', provenance: 'curated' },
        { lang: 'en', text: 'English summary.', provenance: 'curated' }
      ]
    })
  })

  it('uses the event as the only date when no date is given', () => {
    const { item } = parseSourceArticle(lines('---', 'source: s', 'event: e', 'eventEn: E 1', '---', 'تیتر', 'متن.'), 'a.txt')
    expect(item.published).toEqual({ precision: 'event' })
  })

  it('records where each field came from', () => {
    const { fieldLines } = parseSourceArticle(lines(...META, 'تیتر', '', 'متن.', 'دوم.'), 'a.txt')
    expect(lineOfField(fieldLines, 'title')).toBe(5)
    expect(lineOfField(fieldLines, 'body[1].text')).toBe(8)
    expect(lineOfField(fieldLines, 'source.name')).toBe(2)
    expect(lineOfField(fieldLines, 'published.jalali')).toBe(3)
  })

  it.each([
    [lines('---', 'source: s', 'colour: red', '---', 't', 'b.'), 3, /unknown front matter key "colour"/],
    [lines('---', 'date: 1403', '---', 't', 'b.'), 1, /needs "source:"/],
    [lines('t', 'b.'), 1, /no front matter: .*"source:".*"date:"/],
    [lines('---', 'source: s', '---', 't', 'b.'), 1, /needs "date:"/],
    [lines('---', 'source: s', 'date: 1402-12-30', '---', 't', 'b.'), 3, /does not exist/],
    [lines('---', 'source: s', 'date: 1403', 'lead: yes', '---', 't', 'b.'), 4, /true or false/],
    [lines('---', 'source: s', 'event: e', '---', 't', 'b.'), 3, /both "event".*"eventEn"/],
    [lines('---', 'source: s', 'date: 1403', '---', 'title only'), 5, /no body/],
    [lines('---', 'source: s', 'date: 1403', '---', ''), 5, /no title/]
  ])('reports what is wrong and on which line (%#)', (text, line, message) => {
    const error = errorOf(text)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })
})

describe('ids from file names', () => {
  it('slugs Latin names as before', () => {
    expect(slugFromFileName('archive/000_e942ce09813ba0d2.txt')).toBe('000-e942ce09813ba0d2')
    expect(slugFromFileName('My File.md')).toBe('my-file')
  })
  it('gives Persian names distinct, stable ids instead of one shared slug', () => {
    const names = ['الکامپ ۲۴.txt', 'الکامپ ۲۵.txt', 'گزارش-d.txt', 'گزارش-e.txt']
    const ids = names.map(slugFromFileName)
    expect(new Set(ids).size).toBe(names.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(ids[0]).toMatch(/^f-[0-9a-f]{12}$/)
    expect(ids[2]).toMatch(/^d-[0-9a-f]{12}$/)
    expect(names.map(slugFromFileName)).toEqual(ids)
    // The folder does not matter, and composed/decomposed spellings of a name give one id.
    expect(slugFromFileName('other/dir/الکامپ ۲۴.txt')).toBe(ids[0])
    expect(slugFromFileName('e\u0301.txt')).toBe(slugFromFileName('\u00e9.txt'))
  })
})

describe('parseSourceArticle: kind', () => {
  const digest = (...extra: string[]): string => lines(
    '---', 'id: d-e24-faceit-venue', ...extra, 'source: فیس‌ایت', 'url: https://faceit.example/news/1', 'date: 1397-04-19', '---', 'تیتر', 'متن.'
  )
  it('marks digests, and leaves articles without a kind so their hashes stay as before', () => {
    expect(parseSourceArticle(digest('kind: digest'), 'a.txt').item.kind).toBe('digest')
    expect(parseSourceArticle(digest('kind: article'), 'a.txt').item).not.toHaveProperty('kind')
    expect(parseSourceArticle(digest(), 'a.txt').item).not.toHaveProperty('kind')
  })
  it('records the line of the kind field', () => {
    expect(lineOfField(parseSourceArticle(digest('kind: digest'), 'a.txt').fieldLines, 'kind')).toBe(3)
  })
  it('refuses an unknown kind, naming the line', () => {
    const error = errorOf(digest('kind: review'))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/"kind" must be one of article, digest/)
  })
  it('requires an explicit id for a digest', () => {
    const error = errorOf(lines('---', 'kind: digest', 'source: s', 'date: 1397', '---', 't', 'b.'))
    expect(error.line).toBe(2)
    expect(error.message).toMatch(/digest needs an explicit "id:"/)
  })
})

describe('display copy with half-spaces restored', () => {
  const source = ['---', 'source: زومیت', 'date: 1403-04-08', 'display: restore-zwnj', '---', 'کسبوکارهای آسیبدیده', 'او گفت: «این تراکنشها میشود.»'].join('\n')
  it('keeps the original text and adds a display copy that differs only by ZWNJ', () => {
    const { item } = parseSourceArticle(source, 'x.txt')
    expect(item.title).toBe('کسبوکارهای آسیبدیده')
    expect(item.display?.title).toBe('کسب\u200cوکارهای آسیب\u200cدیده')
    const original = [item.title, ...item.body.map(blockText)].join('\n')
    const display = [item.display!.title, ...item.display!.body.map(blockText)].join('\n')
    expect(display.replaceAll('\u200c', '')).toBe(original)
    expect(display).not.toBe(original)
  })
  it('refuses any other display value, naming the line', () => {
    expect(() => parseSourceArticle(source.replace('restore-zwnj', 'yes'), 'x.txt')).toThrow(/display/)
  })
})
