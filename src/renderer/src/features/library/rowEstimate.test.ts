import { describe, expect, it } from 'vitest'
import { createRowEstimate } from './rowEstimate'

describe('row estimate', () => {
  it('keeps the first guess until a few rows are measured, then follows the most common size', () => {
    const estimate = createRowEstimate(120)
    estimate.measured(97)
    estimate.measured(131)
    expect(estimate.size()).toBe(120)
    estimate.measured(97)
    expect(estimate.size()).toBe(97)
    estimate.measured(131)
    estimate.measured(131)
    expect(estimate.size()).toBe(131)
    // A tie does not move it back: the size that got there first stays.
    estimate.measured(97)
    expect(estimate.size()).toBe(131)
  })
  it('ignores sizes that are not sizes (a row measured while detached)', () => {
    const estimate = createRowEstimate(120, 1)
    estimate.measured(0)
    estimate.measured(Number.NaN)
    expect(estimate.size()).toBe(120)
    estimate.measured(88)
    expect(estimate.size()).toBe(88)
  })
})
