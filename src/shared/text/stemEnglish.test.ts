import { describe, expect, it } from 'vitest'
import { stemEnglish } from './stemEnglish'

describe('stemEnglish', () => {
  it.each([
    ['companies', 'company'],
    ['transactions', 'transaction'],
    ['businesses', 'business'],
    ['business', 'business'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    ['g20s', 'g20s']
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem)
  })
})
