import { describe, expect, it } from 'vitest'
import { sumChanges } from './importChanges'

describe('sumChanges', () => {
  it('adds counts of the same kind and keeps one line per kind, in first-seen order', () => {
    expect(
      sumChanges([
        { kind: 'images-remote', count: 2 },
        { kind: 'byline-moved' },
        { kind: 'images-remote', count: 3 },
        { kind: 'byline-moved' },
        { kind: 'read-also-removed', count: 1 }
      ])
    ).toEqual([{ kind: 'images-remote', count: 5 }, { kind: 'byline-moved' }, { kind: 'read-also-removed', count: 1 }])
  })
  it('gives nothing for nothing', () => {
    expect(sumChanges([])).toEqual([])
  })
})
