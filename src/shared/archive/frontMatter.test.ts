import { describe, expect, it } from 'vitest'
import { SourceTextError, splitFrontMatter } from './frontMatter'

const lines = (...l: string[]): string => l.join('\n')

describe('splitFrontMatter', () => {
  it('returns all lines as body when there is no front matter', () => {
    const result = splitFrontMatter('تیتر\nمتن')
    expect(result.fields.size).toBe(0)
    expect(result.bodyLines).toEqual([{ text: 'تیتر', line: 1 }, { text: 'متن', line: 2 }])
  })

  it('reads scalars, quoted strings, inline and block lists, with their line numbers', () => {
    const result = splitFrontMatter(lines(
      '---',
      'id: zoomit-1',
      '# a comment',
      'source: زومیت',
      'title: "a \\"quoted\\": value"',
      "single: 'it''s'",
      'tags: [الکامپ ۲۷, "a, b"]',
      'more:',
      '  - کسب‌وکارهای دیجیتال',
      '  - فیلترینگ',
      'url: https://example.com/a?b=c#d',
      '---',
      'تیتر'
    ))
    const value = (key: string) => result.fields.get(key)?.value
    expect(value('id')).toBe('zoomit-1')
    expect(value('source')).toBe('زومیت')
    expect(value('title')).toBe('a "quoted": value')
    expect(value('single')).toBe("it's")
    expect(value('tags')).toEqual(['الکامپ ۲۷', 'a, b'])
    expect(value('more')).toEqual(['کسب‌وکارهای دیجیتال', 'فیلترینگ'])
    expect(value('url')).toBe('https://example.com/a?b=c#d')
    expect(result.fields.get('source')?.line).toBe(4)
    expect(result.bodyLines).toEqual([{ text: 'تیتر', line: 13 }])
  })

  it('reads | blocks keeping line breaks and > blocks folding them', () => {
    const result = splitFrontMatter(lines(
      '---',
      'summary_fa: |',
      '  جمله اول.',
      '    تورفتگی بیشتر.',
      '',
      '  جمله سوم.',
      'summary_en: >',
      '  One sentence',
      '  continues.',
      '',
      '  New paragraph.',
      '---'
    ))
    expect(result.fields.get('summary_fa')?.value).toBe('جمله اول.\n  تورفتگی بیشتر.\n\nجمله سوم.')
    expect(result.fields.get('summary_en')?.value).toBe('One sentence continues.\nNew paragraph.')
  })

  it('keeps ZWNJ and Persian text exactly', () => {
    const result = splitFrontMatter('---\nevent: الکامپ\u200c۲۷\n---\n')
    expect(result.fields.get('event')?.value).toBe('الکامپ\u200c۲۷')
  })

  it.each([
    [lines('---', 'id: x'), 1, /no closing ---/],
    [lines('---', 'id: x', 'id: y', '---'), 3, /"id" appears twice/],
    [lines('---', 'just text', '---'), 2, /expected "key: value"/],
    [lines('---', 'empty:', '---'), 2, /"empty" has no value/],
    [lines('---', 'block: |', '---'), 2, /"block" has an empty block/],
    [lines('---', 'tags: [a, b', '---'), 2, /closing \]/],
    [lines('---', 'title: "unterminated', '---'), 2, /quoted value/]
  ])('reports bad front matter with its line (%#)', (text, line, message) => {
    let caught: unknown
    try {
      splitFrontMatter(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(SourceTextError)
    expect((caught as SourceTextError).line).toBe(line)
    expect((caught as SourceTextError).message).toMatch(message)
  })
})
