import { describe, expect, it } from 'vitest'
import { fitBody } from './fitBody'
import { PACK_LIMITS } from './limits'

const para = (i: number) => ({ kind: 'paragraph' as const, text: `بند ${i}` })

describe('fitting an article body to the limits', () => {
  it('keeps a body within the limit whole, with no note', () => {
    const blocks = Array.from({ length: PACK_LIMITS.bodyBlocks }, (_, i) => para(i))
    expect(fitBody(blocks)).toEqual({ body: blocks })
  })

  it('keeps the first blocks of a longer body and says how much was cut', () => {
    const blocks = Array.from({ length: PACK_LIMITS.bodyBlocks + 3 }, (_, i) => para(i))
    const fitted = fitBody(blocks)
    expect(fitted.body).toHaveLength(PACK_LIMITS.bodyBlocks)
    expect(fitted.body.at(-1)).toEqual(para(PACK_LIMITS.bodyBlocks - 1))
    expect(fitted.note).toMatch(new RegExp(`has ${PACK_LIMITS.bodyBlocks + 3} paragraphs; only the first ${PACK_LIMITS.bodyBlocks} were kept \\(3 paragraphs`))
  })
})
