import { describe, expect, it } from 'vitest'
import { fold, toFoldedOffset, toOriginalEnd, toOriginalStart } from './fold'

describe('fold', () => {
  it('drops ZWNJ, bidi marks, tatweel and diacritics, keeping each char’s original offset', () => {
    const text = 'کسب\u200cوکارِ \u200fبـزرگ'
    const f = fold(text)
    expect(f.folded).toBe('کسبوکار بزرگ')
    expect(f.map[3]).toBe(4) // «و» sits after the ZWNJ
    expect(text.slice(toOriginalStart(f, 0), toOriginalEnd(f, 7))).toBe('کسب\u200cوکار')
  })

  it('unifies Arabic letter variants and digit scripts', () => {
    expect(fold('كيفية ۱۴۰۲ ١٤٠٢ 1402').folded).toBe('کیفیه 1402 1402 1402')
  })

  it('collapses whitespace runs to one space', () => {
    expect(fold('الف  \n\t ب').folded).toBe('الف ب')
  })

  it('maps original offsets to folded ones', () => {
    const f = fold('a\u200cb')
    expect(toFoldedOffset(f, 0)).toBe(0)
    expect(toFoldedOffset(f, 1)).toBe(1)
    expect(toFoldedOffset(f, 2)).toBe(1)
    expect(toFoldedOffset(f, 3)).toBe(2)
  })
})
