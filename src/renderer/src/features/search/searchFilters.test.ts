import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, isFiltered, toSearchFilters, yearOf } from './searchFilters'

describe('search filters', () => {
  it('reads Jalali years in any digits', () => {
    expect(yearOf('۱۴۰۰')).toBe(1400)
    expect(yearOf('١٤٠٢')).toBe(1402)
    expect(yearOf('1401')).toBe(1401)
    expect(yearOf('14a')).toBeNull()
    expect(yearOf('')).toBeNull()
  })
  it('turns the form into engine filters', () => {
    expect(toSearchFilters(EMPTY_FILTERS)).toEqual({})
    expect(isFiltered(EMPTY_FILTERS)).toBe(false)
    const form = { source: 'زومیت', tag: 'فیلترینگ', colour: 'red', hasNotes: true, yearFrom: '۱۴۰۰', yearTo: '1401' }
    expect(isFiltered(form)).toBe(true)
    expect(toSearchFilters(form)).toEqual({ sources: ['زومیت'], tags: ['فیلترینگ'], colours: ['red'], hasNotes: true, dateFrom: 14000000, dateTo: 14011231 })
  })
})
