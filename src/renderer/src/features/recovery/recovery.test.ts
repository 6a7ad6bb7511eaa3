import { describe, expect, it } from 'vitest'
import { recoveryReasonOf } from './recoveryReason'
import { startupFailureContent } from './startupFailure'

describe('recovery', () => {
  it('reads only the reasons the main process sends', () => {
    expect(recoveryReasonOf('?recovered=crashed')).toBe('crashed')
    expect(recoveryReasonOf('?recovered=unresponsive&x=1')).toBe('unresponsive')
    expect(recoveryReasonOf('?recovered=<script>')).toBeNull()
    expect(recoveryReasonOf('')).toBeNull()
  })

  it('a startup failure is told in Persian then English, with the error as plain text', () => {
    const content = startupFailureContent(new TypeError('indexedDB is not available'))
    expect(content.blocks.map((b) => [b.lang, b.dir])).toEqual([
      ['fa', 'rtl'],
      ['en', 'ltr']
    ])
    expect(content.blocks[0]?.title).toMatch(/[\u0600-\u06FF]/)
    expect(content.detail).toBe('TypeError: indexedDB is not available')
    expect(startupFailureContent('plain').detail).toBe('plain')
  })
})
