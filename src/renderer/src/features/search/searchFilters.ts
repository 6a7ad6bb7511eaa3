import type { SearchFilters } from '../../../../shared/search/types'
import { yearRange, type YearRange } from '../../../../shared/dates'

export interface FilterForm {
  source: string
  tag: string
  colour: string
  hasNotes: boolean
  yearFrom: string
  yearTo: string
}

export const EMPTY_FILTERS: FilterForm = { source: '', tag: '', colour: '', hasNotes: false, yearFrom: '', yearTo: '' }

/** Years as typed (Jalali or Gregorian, any digits; see shared/dates/yearFilter) to the index's yyyymmdd range. */
export function toSearchFilters(form: FilterForm, years: YearRange = yearRange(form.yearFrom, form.yearTo)): SearchFilters {
  const filters: SearchFilters = {}
  if (form.source) filters.sources = [form.source]
  if (form.tag) filters.tags = [form.tag]
  if (form.colour) filters.colours = [form.colour]
  if (form.hasNotes) filters.hasNotes = true
  if (years.dateFrom !== undefined) filters.dateFrom = years.dateFrom
  if (years.dateTo !== undefined) filters.dateTo = years.dateTo
  return filters
}

export function isFiltered(form: FilterForm): boolean {
  return Object.entries(form).some(([key, value]) => value !== EMPTY_FILTERS[key as keyof FilterForm])
}

export type FilterKey = keyof FilterForm

/** The filters in effect, in the order the panel shows them, for naming them when nothing is found. */
export function activeFilters(form: FilterForm, years: YearRange = yearRange(form.yearFrom, form.yearTo)): FilterKey[] {
  const out: FilterKey[] = []
  if (form.source) out.push('source')
  if (form.tag) out.push('tag')
  if (form.colour) out.push('colour')
  if (form.hasNotes) out.push('hasNotes')
  if (years.from) out.push('yearFrom')
  if (years.to) out.push('yearTo')
  return out
}

export function withoutFilter(form: FilterForm, key: FilterKey): FilterForm {
  return { ...form, [key]: EMPTY_FILTERS[key] }
}
