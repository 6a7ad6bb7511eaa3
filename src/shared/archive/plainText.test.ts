import { describe, expect, it } from 'vitest'
import { articlePlainText } from './plainText'

describe('articlePlainText', () => {
  const item = {
    title: 'تیتر',
    lead: 'لید.',
    body: [
      { kind: 'paragraph' as const, text: 'بند.' },
      { kind: 'heading' as const, text: 'میان‌تیتر' },
      { kind: 'quote' as const, text: 'نقل.', attribution: 'گوینده' }
    ]
  }
  it('joins title, lead and blocks with blank lines, attribution after its quote', () => {
    expect(articlePlainText(item)).toBe('تیتر\n\nلید.\n\nبند.\n\nمیان‌تیتر\n\nنقل.\n— گوینده')
  })
  it('uses the display copy when asked and present', () => {
    const withDisplay = { ...item, display: { title: 'T', body: [{ kind: 'paragraph' as const, text: 'B' }] } }
    expect(articlePlainText(withDisplay, { useDisplay: true })).toBe('T\n\nB')
    expect(articlePlainText(item, { useDisplay: true })).toBe(articlePlainText(item))
  })
})
