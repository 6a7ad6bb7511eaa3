import { describe, expect, it } from 'vitest'
import { restoreZwnj } from './restoreZwnj'
import { DISPLAY_COPY_SAMPLE } from './fixtures/displayCopySample'
import { FIXED_WRONG, JUDGED_CORRECT, JUDGED_WRONG } from './fixtures/displayCopyJudged'

const Z = '\u200C'

/** Every word restoreZwnj changed in the sample, as displayed with `|` for each inserted half-space. */
function changes(): { distinct: Map<string, number>; total: number } {
  const distinct = new Map<string, number>()
  let total = 0
  for (const paragraph of DISPLAY_COPY_SAMPLE) {
    expect(paragraph.includes(Z)).toBe(false) // the sample has every half-space lost
    const shown = restoreZwnj(paragraph)
    expect(shown.replaceAll(Z, '')).toBe(paragraph) // only ever inserts ZWNJ
    for (const word of shown.split(/[^\p{L}\p{M}\u200C]+/u)) {
      if (!word.includes(Z)) continue
      const display = word.replaceAll(Z, '|')
      distinct.set(display, (distinct.get(display) ?? 0) + 1)
      total++
    }
  }
  return { distinct, total }
}

describe('display copy precision on a hand-checked sample (issue 13)', () => {
  const { distinct, total } = changes()
  const correct = new Set(JUDGED_CORRECT)
  const wrong = new Set(JUDGED_WRONG.map(([d]) => d))

  it('has every change it makes judged by hand, and no stale judgement', () => {
    const unjudged = [...distinct.keys()].filter((d) => !correct.has(d) && !wrong.has(d))
    const stale = [...correct, ...wrong].filter((d) => !distinct.has(d))
    expect(unjudged, 'new changes: check each by hand and add it to displayCopyJudged.ts').toEqual([])
    expect(stale, 'judged changes no longer made: remove them from displayCopyJudged.ts').toEqual([])
  })

  it('makes at least 300 distinct changes, at least 99 % of them right', () => {
    expect(distinct.size).toBeGreaterThanOrEqual(300)
    const wrongMade = [...distinct.keys()].filter((d) => wrong.has(d))
    const wrongOccurrences = wrongMade.reduce((n, d) => n + (distinct.get(d) ?? 0), 0)
    expect(wrongMade.length / distinct.size).toBeLessThanOrEqual(0.01)
    expect(wrongOccurrences / total).toBeLessThanOrEqual(0.01)
  })

  it.each(FIXED_WRONG)('no longer shows %s as %s', (source, wrongDisplay) => {
    expect(restoreZwnj(source).replaceAll(Z, '|')).not.toBe(wrongDisplay)
  })
})
