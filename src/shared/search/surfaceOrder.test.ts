/**
 * Prefix expansion walks the indexed surface forms in code-unit order. The order is written into
 * the snapshot, so a loaded index does not sort ~130,000 forms on its first typed prefix, and
 * words added later are merged in rather than the whole list sorted again (which held up the first
 * keystroke after every note or imported page: ~60 ms in Node at 50,000 articles).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rng, syllableWords } from '../../testSupport/seededRandom'
import { SearchIndex } from './searchIndex'
import { decodeStrings, encodeStrings } from './snapshot'
import type { SearchDoc } from './types'

const next = rng(77)
const WORDS = syllableWords(next, 400, ['با', 'تر', 'کن', 'مر', 'سا', 'نو', 'گا', 'پی', 'دی'], ['ش', 'ر', 'ان', 'ها', 'ی'])
const sentence = (from: number, to: number): string =>
  Array.from({ length: 12 }, () => WORDS[from + Math.floor(next() * (to - from))]).join(' ')
const docsOf = (count: number, start: number, words: [number, number]): SearchDoc[] =>
  Array.from({ length: count }, (_, i) => ({ id: `d${start + i}`, fields: { title: sentence(...words), body: `${sentence(...words)} ${sentence(...words)}` }, meta: { date: 14000000 + start + i } }))
// The later docs bring words the first ones never had.
const FIRST = docsOf(150, 0, [0, 250])
const LATER = docsOf(60, 150, [150, 400])
const PREFIXES = [...new Set(WORDS.map((w) => w.slice(0, 2)).concat(WORDS.map((w) => w.slice(0, 3))))]

const answers = (index: SearchIndex): string[] =>
  PREFIXES.map((p) => index.search(p, { limit: 500 }).hits.map((h) => `${h.id}:${h.score.toFixed(6)}`).join(' '))

afterEach(() => vi.restoreAllMocks())

describe('surface order for prefix expansion', () => {
  it('is written into the snapshot: the surfaces in code-unit order (each beside its term, see the next test)', () => {
    const s = SearchIndex.build(FIRST).serialize()
    const surfaces = decodeStrings(s.surfaces)
    expect(surfaces.length).toBeGreaterThan(250)
    expect(surfaces).toEqual([...surfaces].sort())
  })

  it('answers every prefix after a load and after adding new words as an index built from all of them does', () => {
    const loaded = SearchIndex.load(SearchIndex.build(FIRST).serialize())
    answers(loaded) // the order is now in use
    loaded.addAll(LATER.slice(0, 30))
    answers(loaded)
    for (const doc of LATER.slice(30)) loaded.add(doc)
    expect(answers(loaded)).toEqual(answers(SearchIndex.build([...FIRST, ...LATER])))
    // And through a save: the merged order is what is written.
    expect(answers(SearchIndex.load(loaded.serialize()))).toEqual(answers(SearchIndex.build([...FIRST, ...LATER])))
  })

  it('still expands every prefix from a snapshot whose surfaces are not in order (an older writer)', () => {
    const s = SearchIndex.build([...FIRST, ...LATER]).serialize()
    const surfaces = decodeStrings(s.surfaces).reverse()
    const shuffled = { ...s, surfaces: encodeStrings(surfaces), surfaceTerms: Uint32Array.from(s.surfaceTerms).reverse() }
    expect(answers(SearchIndex.load(shuffled))).toEqual(answers(SearchIndex.load(s)))
  })

  it('sorts only the words added since, not the whole list, on the first prefix after an add', () => {
    const loaded = SearchIndex.load(SearchIndex.build(FIRST).serialize())
    const total = decodeStrings(loaded.serialize().surfaces).length
    loaded.search('تر', { limit: 10 })
    loaded.add(LATER[0] as SearchDoc)
    const sort = vi.spyOn(Array.prototype, 'sort')
    loaded.search('مر', { limit: 10 })
    // (Lists of numbers are sorted too, for ranking: only lists of words count here.)
    const longest = Math.max(0, ...sort.mock.contexts.filter((a) => typeof (a as unknown[])[0] === 'string').map((a) => (a as unknown[]).length))
    expect(longest).toBeLessThan(total / 4)
  })
})
