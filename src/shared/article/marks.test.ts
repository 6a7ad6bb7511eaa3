import { describe, expect, it } from 'vitest'
import { piecesOf } from './marks'

describe('piecesOf', () => {
  it('returns one unmarked piece without marks', () => {
    expect(piecesOf(10, [])).toEqual([{ start: 0, end: 10, marks: [] }])
  })
  it('cuts at overlapping mark boundaries and lists the covering marks', () => {
    const a = { start: 2, end: 6, id: 'a', kind: 'annotation' as const, colour: 'yellow' }
    const h = { start: 4, end: 8, id: 'h', kind: 'hit' as const }
    const pieces = piecesOf(10, [a, h])
    expect(pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.id).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+h'],
      [6, 8, 'h'],
      [8, 10, '']
    ])
  })
  it('clips marks to the text and drops empty ones', () => {
    const pieces = piecesOf(5, [
      { start: -3, end: 2, id: 'x', kind: 'hit' },
      { start: 4, end: 40, id: 'y', kind: 'hit' },
      { start: 3, end: 3, id: 'z', kind: 'hit' }
    ])
    expect(pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.id).join()])).toEqual([
      [0, 2, 'x'],
      [2, 4, ''],
      [4, 5, 'y']
    ])
  })
})
