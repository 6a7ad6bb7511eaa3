import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize'

describe('tokenize', () => {
  it('keeps ZWNJ words whole with offsets into the original', () => {
    const text = 'در تراکنش‌های ۱۴۰۰، پیام‌رسان'
    const tokens = tokenize(text)
    expect(tokens.map((t) => [t.key, text.slice(t.start, t.end)])).toEqual([
      ['در', 'در'],
      ['تراکنشهای', 'تراکنش‌های'],
      ['1400', '۱۴۰۰'],
      ['پیامرسان', 'پیام‌رسان']
    ])
  })

  it('marks tokens separated only by spaces (lost-ZWNJ candidates)', () => {
    const tokens = tokenize('تراکنش ها، ها')
    expect(tokens.map((t) => t.spaceBefore)).toEqual([false, true, false])
  })

  it('splits Persian letters from digits and Latin, keeps Latin with digits', () => {
    expect(tokenize('الکامپ۲۷ covid19 ICTها').map((t) => t.key)).toEqual(['الکامپ', '27', 'covid19', 'ict', 'ها'])
  })

  it('maps presentation forms to letters while offsets cover the original characters', () => {
    const text = 'x ﻛﺘﺎﺏ'
    const [, t] = tokenize(text)
    expect(t?.key).toBe('کتاب')
    expect([t?.start, t?.end]).toEqual([2, 6])
  })
})
