import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Pack } from '../../../../shared/archive/schema'
import { extractedFor, SUMMARISE_MAX_CHARS } from './extracted'

const seed = (JSON.parse(readFileSync('resources/archive/elecomp.pack.json', 'utf8')) as Pack).items[0]

describe('extractedFor the seed article', () => {
  it('picks 3–5 body sentences in their original order', () => {
    if (!seed) throw new Error('no seed')
    const { sentences } = extractedFor(seed)
    expect(sentences.length).toBeGreaterThanOrEqual(3)
    expect(sentences.length).toBeLessThanOrEqual(5)
    const indexes = sentences.map((s) => s.index)
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    expect(sentences.some((s) => s.text === seed.title)).toBe(false)
  })

  it('finds the key figures the issue names, with English and Gregorian labels', () => {
    if (!seed) throw new Error('no seed')
    const { figures } = extractedFor(seed)
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'quantity', fa: expect.stringContaining('۲۸۶ میلیون تراکنش'), en: expect.stringContaining('286 million transactions') }))
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'date', fa: 'مرداد ۱۴۰۰', en: 'Jul–Aug 2021' }))
  })
})

describe('extractedFor a very long article', () => {
  it('summarises its beginning only, and says so', () => {
    if (!seed) throw new Error('no seed')
    const sentence = 'در روز نخست نمایشگاه الکامپ غرفه‌های شرکت‌های دانش‌بنیان شلوغ بود و خبرنگار ما با مدیران آن‌ها گفت‌وگو کرد. '
    const body = Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: `بند ${i + 1}: ${sentence.repeat(270)}`.slice(0, 30_000) }))
    const long = { ...seed, body, lead: undefined, display: undefined }
    const view = extractedFor(long)
    expect(view.summarisedChars).toBe(SUMMARISE_MAX_CHARS)
    expect(view.sentences.length).toBeGreaterThan(0)
    expect(view.sentences.every((s) => s.index < 1000)).toBe(true)
    expect(extractedFor(seed).summarisedChars).toBeUndefined()
  })
})
