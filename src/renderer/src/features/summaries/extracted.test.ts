import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Pack } from '../../../../shared/archive/schema'
import { extractedFor } from './extracted'

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
