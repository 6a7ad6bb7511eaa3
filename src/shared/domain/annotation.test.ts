import { describe, expect, it } from 'vitest'
import { ANNOTATION_LIMITS, clampTagInput, cleanTags } from './annotation'

const MAX = ANNOTATION_LIMITS.tagLength

describe('the tag field', () => {
  it('holds each tag typed to the tag limit and keeps the separators and the tags after it', () => {
    const long = 'ب'.repeat(MAX + 15)
    expect(clampTagInput(`الکامپ، ${long},نمایشگاه`)).toBe(`الکامپ، ${'ب'.repeat(MAX)},نمایشگاه`)
    expect(clampTagInput(long)).toHaveLength(MAX)
  })

  it('leaves text within the limit as typed, spaces and half-spaces included', () => {
    const text = 'شرکت‌های دانش‌بنیان ، مهم'
    expect(clampTagInput(text)).toBe(text)
    expect(clampTagInput('ا'.repeat(MAX))).toHaveLength(MAX)
  })

  it('what the field holds is what cleanTags keeps: nothing is cut later without the researcher seeing it', () => {
    const typed = clampTagInput(`${'پ'.repeat(MAX + 3)}،دوم`)
    expect(cleanTags(typed.split(/[,،]/))).toEqual(['پ'.repeat(MAX), 'دوم'])
  })
})
