import { describe, expect, it } from 'vitest'
import { describePublishedProblem, parsePublishedDate, sortKeyOf } from './published'

describe('parsePublishedDate', () => {
  it('infers precision from a Jalali date', () => {
    expect(parsePublishedDate('1403-04-08')).toEqual({
      ok: true,
      published: { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } }
    })
    expect(parsePublishedDate('1400-05')).toEqual({
      ok: true,
      published: { precision: 'month', jalali: { year: 1400, month: 5 } }
    })
    expect(parsePublishedDate('1403')).toEqual({ ok: true, published: { precision: 'year', jalali: { year: 1403 } } })
  })

  it('accepts Persian digits and slashes', () => {
    expect(parsePublishedDate('۱۴۰۳/۴/۸')).toEqual({
      ok: true,
      published: { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } }
    })
  })

  it('converts a Gregorian ISO day to Jalali', () => {
    expect(parsePublishedDate('2024-06-28')).toEqual({
      ok: true,
      published: { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } }
    })
    expect(parsePublishedDate('2024-07-02T09:30:00Z')).toMatchObject({ published: { jalali: { month: 4, day: 12 } } })
  })

  it('refuses what it cannot represent faithfully', () => {
    expect(parsePublishedDate('2024-06')).toMatchObject({ ok: false, message: expect.stringContaining('Gregorian') })
    expect(parsePublishedDate('1402-12-30')).toMatchObject({ ok: false, message: expect.stringContaining('does not exist') })
    expect(parsePublishedDate('2023-02-29')).toMatchObject({ ok: false })
    expect(parsePublishedDate('last summer')).toMatchObject({ ok: false })
  })
})

describe('describePublishedProblem', () => {
  it('accepts each precision with exactly the parts it needs', () => {
    expect(describePublishedProblem({ precision: 'day', jalali: { year: 1403, month: 4, day: 8 } })).toBeUndefined()
    expect(describePublishedProblem({ precision: 'month', jalali: { year: 1403, month: 4 } })).toBeUndefined()
    expect(describePublishedProblem({ precision: 'year', jalali: { year: 1403 } })).toBeUndefined()
    expect(describePublishedProblem({ precision: 'event' })).toBeUndefined()
  })
  it('explains a mismatch', () => {
    expect(describePublishedProblem({ precision: 'day', jalali: { year: 1403, month: 4 } })).toMatch(/needs jalali year, month and day/)
    expect(describePublishedProblem({ precision: 'year', jalali: { year: 1403, month: 4 } })).toMatch(/must not have/)
    expect(describePublishedProblem({ precision: 'event', jalali: { year: 1403 } })).toMatch(/must not have/)
    expect(describePublishedProblem({ precision: 'day', jalali: { year: 1402, month: 12, day: 30 } })).toMatch(/does not exist/)
  })
})

describe('sortKeyOf', () => {
  it('orders by Jalali date; coarser dates sort at the start of their period', () => {
    const day = sortKeyOf({ precision: 'day', jalali: { year: 1403, month: 4, day: 8 } })
    const month = sortKeyOf({ precision: 'month', jalali: { year: 1403, month: 4 } })
    const year = sortKeyOf({ precision: 'year', jalali: { year: 1403 } })
    const earlier = sortKeyOf({ precision: 'day', jalali: { year: 1400, month: 5, day: 31 } })
    expect(day).toBe(14030408)
    expect([day, month, year, earlier].sort((a, b) => a - b)).toEqual([earlier, year, month, day])
  })
  it('gives undated (event-only) items 0, below every dated item', () => {
    expect(sortKeyOf({ precision: 'event' })).toBe(0)
  })
})
