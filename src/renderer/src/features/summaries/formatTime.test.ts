import { describe, expect, it } from 'vitest'
import { formatVersionTime } from './formatTime'

describe('formatVersionTime', () => {
  it('writes Jalali dates with Persian digits in Persian and Gregorian in English', () => {
    const iso = '2021-07-23T08:30:00Z' // 1 Mordad 1400
    expect(formatVersionTime(iso, 'fa')).toMatch(/مرداد|امرداد/)
    expect(formatVersionTime(iso, 'fa')).toContain('۱۴۰۰')
    expect(formatVersionTime(iso, 'fa')).not.toMatch(/[0-9]/)
    expect(formatVersionTime(iso, 'en')).toContain('2021')
    expect(formatVersionTime('garbage', 'en')).toBe('garbage')
  })

  it('tells apart two versions saved in the same minute', () => {
    expect(formatVersionTime('2021-08-01T10:20:05Z', 'en')).not.toBe(formatVersionTime('2021-08-01T10:20:41Z', 'en'))
    expect(formatVersionTime('2021-08-01T10:20:05Z', 'fa')).not.toBe(formatVersionTime('2021-08-01T10:20:41Z', 'fa'))
  })
})
