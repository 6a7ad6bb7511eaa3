import { describe, expect, it } from 'vitest'
import { moveWords, wordsOf } from './wordCursor'

describe('wordsOf', () => {
  it('keeps a half-space inside its word and skips runs of spaces', () => {
    const text = 'حمایت\u200cهای  زیرساختی از کسب\u200cوکار'
    expect(wordsOf(text).map((w) => text.slice(w.start, w.end))).toEqual(['حمایت\u200cهای', 'زیرساختی', 'از', 'کسب\u200cوکار'])
  })
})

describe('moveWords', () => {
  it('starts on the first word, extends and shrinks without passing the ends', () => {
    let span = moveWords(null, 3, 'extend')
    expect(span).toEqual({ from: 0, to: 0 })
    span = moveWords(span, 3, 'extend')
    span = moveWords(span, 3, 'extend')
    span = moveWords(span, 3, 'extend')
    expect(span).toEqual({ from: 0, to: 2 })
    span = moveWords(span, 3, 'shrink')
    expect(span).toEqual({ from: 0, to: 1 })
    span = moveWords({ from: 1, to: 1 }, 3, 'shrink')
    expect(span).toEqual({ from: 1, to: 1 })
  })

  it('moves a one-word cursor forward and back', () => {
    expect(moveWords({ from: 0, to: 2 }, 5, 'next')).toEqual({ from: 3, to: 3 })
    expect(moveWords({ from: 2, to: 3 }, 5, 'previous')).toEqual({ from: 1, to: 1 })
    expect(moveWords({ from: 4, to: 4 }, 5, 'next')).toEqual({ from: 4, to: 4 })
    expect(moveWords(null, 0, 'next')).toBeNull()
  })
})
