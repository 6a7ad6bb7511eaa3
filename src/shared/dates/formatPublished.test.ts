import { describe, expect, it } from 'vitest'
import { formatPublished, formatPublishedParts } from './formatPublished'

const elecomp = { fa: 'الکامپ ۲۷', en: 'Elecomp 27' }

describe('formatPublished in Persian', () => {
  it('puts the Jalali day first in Persian digits, Gregorian second', () => {
    const day = { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } } as const
    expect(formatPublishedParts(day, undefined, 'fa')).toEqual({ primary: '۸ تیر ۱۴۰۳', secondary: '۲۸ ژوئن ۲۰۲۴' })
    expect(formatPublished(day, undefined, 'fa')).toBe('۸ تیر ۱۴۰۳ (۲۸ ژوئن ۲۰۲۴)')
  })
  it('shows a Jalali month with the two Gregorian months it spans', () => {
    expect(formatPublished({ precision: 'month', jalali: { year: 1400, month: 5 } }, undefined, 'fa'))
      .toBe('مرداد ۱۴۰۰ (ژوئیه–اوت ۲۰۲۱)')
    expect(formatPublished({ precision: 'month', jalali: { year: 1402, month: 10 } }, undefined, 'fa'))
      .toBe('دی ۱۴۰۲ (دسامبر ۲۰۲۳–ژانویه ۲۰۲۴)')
  })
  it('shows a Jalali year with its Gregorian span', () => {
    expect(formatPublished({ precision: 'year', jalali: { year: 1403 } }, undefined, 'fa'))
      .toBe('۱۴۰۳ (مارس ۲۰۲۴–مارس ۲۰۲۵)')
  })
  it('names only the event when that is all we know', () => {
    expect(formatPublishedParts({ precision: 'event' }, elecomp, 'fa')).toEqual({ primary: 'الکامپ ۲۷' })
    expect(formatPublished({ precision: 'event' }, elecomp, 'fa')).toBe('الکامپ ۲۷')
  })
})

describe('formatPublished in English', () => {
  // 1 Tir 1403 = 21 June 2024, so 8 Tir is the 28th (not the 29th).
  it('puts the Gregorian day first, then the Jalali day transliterated', () => {
    expect(formatPublished({ precision: 'day', jalali: { year: 1403, month: 4, day: 8 } }, undefined, 'en'))
      .toBe('28 Jun 2024 (8 Tir 1403)')
  })
  it('shows both Gregorian months of a Jalali month', () => {
    expect(formatPublished({ precision: 'month', jalali: { year: 1400, month: 5 } }, undefined, 'en'))
      .toBe('Jul–Aug 2021 (Mordad 1400)')
    expect(formatPublished({ precision: 'month', jalali: { year: 1402, month: 10 } }, undefined, 'en'))
      .toBe('Dec 2023–Jan 2024 (Dey 1402)')
  })
  it('shows a Jalali year with its Gregorian span', () => {
    expect(formatPublished({ precision: 'year', jalali: { year: 1403 } }, undefined, 'en')).toBe('1403 (Mar 2024–Mar 2025)')
  })
  it('names the event, or says the date is unknown', () => {
    expect(formatPublished({ precision: 'event' }, elecomp, 'en')).toBe('Elecomp 27')
    expect(formatPublished({ precision: 'event' }, undefined, 'en')).toBe('Undated')
  })
})
