import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, activeFilters, isFiltered, toSearchFilters, withoutFilter } from './searchFilters'

describe('search filters', () => {
  it('turns the form into engine filters', () => {
    expect(toSearchFilters(EMPTY_FILTERS)).toEqual({})
    expect(isFiltered(EMPTY_FILTERS)).toBe(false)
    const form = { source: 'زومیت', tag: 'فیلترینگ', colour: 'red', hasNotes: true, yearFrom: '۱۴۰۰', yearTo: '1401' }
    expect(isFiltered(form)).toBe(true)
    expect(toSearchFilters(form)).toEqual({ sources: ['زومیت'], tags: ['فیلترینگ'], colours: ['red'], hasNotes: true, dateFrom: 14000000, dateTo: 14011231 })
  })

  it('takes Gregorian years in any digits as the Jalali years they overlap', () => {
    expect(toSearchFilters({ ...EMPTY_FILTERS, yearFrom: '۲۰۲۴', yearTo: '2024' })).toEqual({ dateFrom: 14020000, dateTo: 14031231 })
    expect(toSearchFilters({ ...EMPTY_FILTERS, yearFrom: '٩٧' })).toEqual({ dateFrom: 13970000 })
  })

  it('names only the filters in effect; a year that is not a year filters nothing', () => {
    const form = { ...EMPTY_FILTERS, tag: 'الکامپ', yearFrom: '2024', yearTo: '14x' }
    expect(toSearchFilters(form)).toEqual({ tags: ['الکامپ'], dateFrom: 14020000 })
    expect(activeFilters(form)).toEqual(['tag', 'yearFrom'])
    expect(activeFilters(withoutFilter(form, 'tag'))).toEqual(['yearFrom'])
    expect(activeFilters(EMPTY_FILTERS)).toEqual([])
  })
})
