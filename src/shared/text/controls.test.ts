import { describe, expect, it } from 'vitest'
import { hasDirectionOverride, hasVisibleText, showDirectionOverrides } from './controls'

describe('invisible and direction-control characters', () => {
  it('a title of only zero-width characters, spaces and marks has no visible text', () => {
    expect(hasVisibleText('\u200c\u200b \u200f\u2060\ufeff\u061c')).toBe(false)
    expect(hasVisibleText('\u200cالکامپ')).toBe(true)
    expect(hasVisibleText('کسب‌وکار')).toBe(true)
  })

  it('shows a right-to-left override as a visible marker, keeping the letters in their stored order', () => {
    const spoof = 'report\u202Egpj.exe'
    expect(hasDirectionOverride(spoof)).toBe(true)
    expect(showDirectionOverrides(spoof)).toBe('report⟨RLO⟩gpj.exe')
    expect(hasDirectionOverride(showDirectionOverrides(spoof))).toBe(false)
  })

  it('leaves ordinary Persian with ZWNJ and RLM alone', () => {
    const title = 'رایانه‌ای\u200f ۲۸'
    expect(showDirectionOverrides(title)).toBe(title)
  })
})
