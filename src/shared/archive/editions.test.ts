import { describe, expect, it } from 'vitest'
import { assemblePack } from './assemblePack'
import { buildPack } from './buildPack'
import { editionSchema, type Edition } from './editions'
import { packContentHash } from './hash'
import { formatPackError } from './packErrors'
import { parsePack } from './parsePack'
import type { ArchiveItemDraft } from './schema'

const manifest = { id: 'demo', title: { fa: 'نمونه', en: 'Demo' }, version: '1', createdAt: '2026-11-30T00:00:00Z' }

const edition = (overrides: Partial<Edition> = {}): Edition => ({
  id: 'elecomp-24',
  number: 24,
  facts: [
    {
      kind: 'dates', fa: '۶ تا ۹ مرداد ۱۳۹۷', en: '6–9 Mordad 1397',
      jalali: { from: { year: 1397, month: 5, day: 6 }, to: { year: 1397, month: 5, day: 9 } },
      cite: ['d-e24-a']
    },
    { kind: 'venue', fa: 'شهر آفتاب', en: 'Shahr-e Aftab', cite: ['d-e24-a', 'd-e24-b'] }
  ],
  ...overrides
})

const item = (id: string): ArchiveItemDraft => ({
  id,
  kind: 'digest',
  title: 'تیتر',
  body: [{ kind: 'paragraph', text: 'به گزارش منبع آزمون، متن.' }],
  source: { name: 'منبع' },
  url: `https://example.org/${id}`,
  event: { id: 'elecomp-24', fa: 'الکامپ ۲۴', en: 'Elecomp 24' },
  published: { precision: 'event' },
  tags: [],
  summaries: [{ lang: 'fa', text: 'خلاصه.', provenance: 'curated' }, { lang: 'en', text: 'Summary.', provenance: 'curated' }]
})

const issues = (value: unknown): string[] => {
  const r = editionSchema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('editionSchema', () => {
  it('accepts the agreed format, with partial dates', () => {
    expect(issues(edition())).toEqual([])
    expect(issues(edition({ facts: [{ kind: 'dates', fa: 'مرداد ۱۳۹۷', en: 'Mordad 1397', jalali: { from: { year: 1397, month: 5 } }, cite: ['x'] }] }))).toEqual([])
  })
  it.each([
    [{ facts: [] }, /facts: needs at least one fact/],
    [{ number: 25 }, /number: is 25 but the id "elecomp-24" says 24/],
    [{ facts: [{ kind: 'venue', fa: 'الف', en: 'A', cite: [] }] }, /cite: must cite at least one item/],
    [{ facts: [{ kind: 'venue', fa: 'الف', en: 'A', cite: ['x', 'x'] }] }, /cite: names an item twice/],
    [{ facts: [{ kind: 'rumour', fa: 'الف', en: 'A', cite: ['x'] }] }, /kind/],
    [{ facts: [{ kind: 'venue', fa: 'الف', en: 'A', jalali: { from: { year: 1397 } }, cite: ['x'] }] }, /jalali: is only allowed on "dates"/],
    [{ facts: [{ kind: 'dates', fa: 'الف', en: 'A', jalali: { from: { year: 1397, month: 12, day: 30 } }, cite: ['x'] }] }, /does not exist/],
    [{ facts: [{ kind: 'dates', fa: 'الف', en: 'A', jalali: { from: { year: 1397, day: 3 } }, cite: ['x'] }] }, /day: needs a month/],
    [{ facts: [{ kind: 'dates', fa: 'الف', en: 'A', jalali: { from: { year: 1397, month: 5, day: 9 }, to: { year: 1397, month: 5, day: 6 } }, cite: ['x'] }] }, /to: is before "from"/],
    [{ facts: [{ kind: 'venue', fa: 'الف', en: 'A', cite: ['x'], source: 'y' }] }, /source|Unrecognized/i]
  ])('refuses what the format forbids (%#)', (overrides, message) => {
    expect(issues({ ...edition(), ...overrides }).join('\n')).toMatch(message)
  })
})

describe('packs with editions', () => {
  it('validate when every citation names an item, and hash the editions too', async () => {
    const pack = structuredClone(await assemblePack([item('d-e24-a'), item('d-e24-b')], manifest, [edition()]))
    expect(await parsePack(pack)).toEqual({ ok: true, pack })
    const withoutEditions = await packContentHash(pack.items)
    expect(pack.manifest.contentHash).not.toBe(withoutEditions)
    // A changed fact changes the pack hash, so the app re-imports it.
    const edited = structuredClone(pack)
    edited.editions![0]!.facts[1]!.en = 'Elsewhere'
    const result = await parsePack(edited)
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([
      expect.stringMatching(/^manifest\.contentHash: does not match the items and editions/)
    ])
  })

  it('refuse a citation of an item the pack does not have, and repeated edition ids', async () => {
    const pack = structuredClone(await assemblePack([item('d-e24-a')], manifest, [edition(), edition()]))
    const result = await parsePack(pack)
    const errors = result.ok ? [] : result.errors.map(formatPackError)
    expect(errors).toContain('editions[0].facts[1].cite[1]: names "d-e24-b", which is not an item of this pack')
    expect(errors).toContain('editions[1].id: duplicates the id of edition 0')
  })

  it('stay out of packs built without them, so old packs keep their hash', async () => {
    const pack = await assemblePack([item('d-e24-a')], manifest)
    expect(pack).not.toHaveProperty('editions')
    expect(pack.manifest.contentHash).toBe(await packContentHash(pack.items))
  })
})

describe('buildPack with edition files', () => {
  const source = (id: string): string =>
    `---\nid: ${id}\nkind: digest\nsource: منبع\nurl: https://example.org/${id}\nevent: الکامپ ۲۴\neventEn: Elecomp 24\nsummary_fa: خلاصه.\nsummary_en: Summary.\n---\nتیتر\nبه گزارش منبع، متن.\n`
  const sources = [{ name: 'archive/a.txt', text: source('d-e24-a') }, { name: 'archive/b.txt', text: source('d-e24-b') }]

  it('includes editions ordered by number', async () => {
    const e23 = { ...edition({ id: 'elecomp-23', number: 23 }) }
    const result = await buildPack(sources, manifest, [
      { name: 'archive/editions/elecomp-24.json', text: JSON.stringify(edition()) },
      { name: 'archive/editions/elecomp-23.json', text: JSON.stringify(e23) }
    ])
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.pack.editions?.map((e) => e.id)).toEqual(['elecomp-23', 'elecomp-24'])
  })

  it('names the edition file in every error', async () => {
    const result = await buildPack(sources, manifest, [
      { name: 'archive/editions/elecomp-24.json', text: JSON.stringify(edition({ facts: [{ kind: 'venue', fa: 'الف', en: 'A', cite: ['d-e24-missing'] }] })) },
      { name: 'archive/editions/elecomp-25.json', text: JSON.stringify(edition()) },
      { name: 'archive/editions/elecomp-26.json', text: '{ "id": ' }
    ], )
    expect(result.ok).toBe(false)
    const errors = result.ok ? [] : result.errors
    expect(errors).toContainEqual('archive/editions/elecomp-25.json: id: is "elecomp-24" but the file name says "elecomp-25"')
    expect(errors).toContainEqual(expect.stringMatching(/^archive\/editions\/elecomp-26\.json: not valid JSON/))
    const again = await buildPack(sources, manifest, [
      { name: 'archive/editions/elecomp-24.json', text: JSON.stringify(edition({ facts: [{ kind: 'venue', fa: 'الف', en: 'A', cite: ['d-e24-missing'] }] })) }
    ])
    expect(again.ok ? [] : again.errors).toEqual([
      'archive/editions/elecomp-24.json: facts[0].cite[0]: names "d-e24-missing", which is not an item of this pack'
    ])
  })
})
