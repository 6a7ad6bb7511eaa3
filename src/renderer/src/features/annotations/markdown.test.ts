import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, plainTextOf } from './markdown'

describe('light Markdown for notes', () => {
  it('parses bold, italic, code and links inside Persian text', () => {
    expect(parseInline('این **مهم** است و *شاید* `API` یا [منبع](https://zoomit.ir/x)')).toEqual([
      { kind: 'text', text: 'این ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'مهم' }] },
      { kind: 'text', text: ' است و ' },
      { kind: 'em', children: [{ kind: 'text', text: 'شاید' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'API' },
      { kind: 'text', text: ' یا ' },
      { kind: 'link', text: 'منبع', url: 'https://zoomit.ir/x' }
    ])
  })

  it('groups bullet and numbered lines (Persian digits too) into lists, and blank lines into paragraphs', () => {
    const blocks = parseMarkdown('سطر یک\nسطر دو\n\n- الف\n- ب\n۱. نخست\n2) دوم')
    expect(blocks.map((b) => (b.kind === 'list' ? `${b.ordered ? 'ol' : 'ul'}:${b.items.length}` : `p:${b.lines.length}`))).toEqual(['p:2', 'ul:2', 'ol:2'])
  })

  it('keeps HTML as plain text and leaves unmatched markers alone', () => {
    expect(parseInline('<img src=x onerror=alert(1)> ۲ * ۳')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> ۲ * ۳' }])
    expect(plainTextOf('**پررنگ** و [پیوند](http://a.b)')).toBe('پررنگ و پیوند (http://a.b)')
  })
})
