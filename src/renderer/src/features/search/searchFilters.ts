import type { SearchFilters } from '../../../../shared/search/types'
import { toLatinDigits } from '../../../../shared/dates'

export interface FilterForm {
  source: string
  tag: string
  colour: string
  hasNotes: boolean
  yearFrom: string
  yearTo: string
}

export const EMPTY_FILTERS: FilterForm = { source: '', tag: '', colour: '', hasNotes: false, yearFrom: '', yearTo: '' }

/** Jalali years as typed (Persian, Arabic or Latin digits) to the index's yyyymmdd date range. */
export function toSearchFilters(form: FilterForm): SearchFilters {
  const filters: SearchFilters = {}
  if (form.source) filters.sources = [form.source]
  if (form.tag) filters.tags = [form.tag]
  if (form.colour) filters.colours = [form.colour]
  if (form.hasNotes) filters.hasNotes = true
  const from = yearOf(form.yearFrom)
  const to = yearOf(form.yearTo)
  if (from !== null) filters.dateFrom = from * 10000
  if (to !== null) filters.dateTo = to * 10000 + 1231
  return filters
}

export function yearOf(text: string): number | null {
  const latin = toLatinDigits(text.trim())
  return /^\d{3,4}$/.test(latin) ? Number(latin) : null
}

export function isFiltered(form: FilterForm): boolean {
  return Object.entries(form).some(([key, value]) => value !== EMPTY_FILTERS[key as keyof FilterForm])
}
