import { describe, expect, it } from 'vitest'
import { toLatinDigits, toPersianDigits } from './digits'

describe('toPersianDigits', () => {
  it('replaces ASCII digits and leaves everything else alone', () => {
    expect(toPersianDigits('1403-04-08 ok')).toBe('۱۴۰۳-۰۴-۰۸ ok')
    expect(toPersianDigits(2024)).toBe('۲۰۲۴')
  })
})

describe('toLatinDigits', () => {
  it('reads Persian and Arabic-Indic digits', () => {
    expect(toLatinDigits('۱۴۰۳-٠٤-۰۸')).toBe('1403-04-08')
  })
})
