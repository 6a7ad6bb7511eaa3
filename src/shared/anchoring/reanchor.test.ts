import { describe, expect, it } from 'vitest'
import { contentHash } from './contentHash'
import { describeTarget } from './describe'
import { reanchorAll } from './reanchor'
import { nthIndexOf, readSeed, withZwnj } from './testSupport'

const seed = await readSeed()

function note(id: string, text: string, phrase: string, n = 0) {
  const start = nthIndexOf(text, phrase, n)
  return { id, target: describeTarget(text, start, start + phrase.length) }
}

describe('reanchorAll after a re-imported pack changed the article', () => {
  const notes = [
    note('inserted-before', seed, 'پنجره ملی خدمات دولت هوشمند', 1),
    note('zwnj', seed, 'کسبوکارهای آسیبدیده', 0),
    note('deleted', seed, 'او این آمار را در نشستی خبری در الکامپ ۲۷ مطرح کرد')
  ]
  const newText = withZwnj(seed.replace('او این آمار را در نشستی خبری در الکامپ ۲۷ مطرح کرد. ', ''))

  it('places what it can, orphans the rest, and keeps both lists’ annotations intact', () => {
    const { placed, orphans } = reanchorAll(seed, newText, notes)
    expect(orphans.map((a) => a.id)).toEqual(['deleted'])
    expect(placed.map((p) => p.annotation.id)).toEqual(['inserted-before', 'zwnj'])
    const zwnj = placed[1]!
    expect(newText.slice(zwnj.anchored.start, zwnj.anchored.end)).toBe('کسب\u200cوکارهای آسیب\u200cدیده')
  })

  it('returns fresh targets that anchor by position on the new text', () => {
    const { placed } = reanchorAll(undefined, newText, notes)
    for (const p of placed) {
      expect(p.target.contentHash).toBe(contentHash(newText))
      expect(p.target.selectors[1]).toEqual({ type: 'TextPositionSelector', start: p.anchored.start, end: p.anchored.end })
    }
    const again = reanchorAll(newText, newText, placed.map((p) => ({ target: p.target })))
    expect(again.placed.every((p) => p.anchored.method === 'position')).toBe(true)
  })

  it('maps positions through a single edit before the span when the old text is known', () => {
    const edited = 'پیش‌درآمد تازه.\n' + seed
    const [p] = reanchorAll(seed, edited, [note('a', seed, 'کسبوکار', 5)]).placed
    expect(p?.anchored.method).toBe('position')
    expect(p?.anchored.start).toBe(nthIndexOf(seed, 'کسبوکار', 5) + edited.length - seed.length)
  })

  it('uses a supplied content hash', () => {
    const { placed } = reanchorAll(seed, seed, [notes[0]!], { newContentHash: 'pack-sha256:abc' })
    expect(placed[0]?.target.contentHash).toBe('pack-sha256:abc')
  })
})
