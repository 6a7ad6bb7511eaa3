import { describe, expect, it } from 'vitest'
import { assemblePack } from './assemblePack'
import { itemContentHash } from './hash'
import { formatPackError } from './packErrors'
import { parsePack, parsePackText } from './parsePack'
import type { ArchiveItemDraft, Pack } from './schema'

const manifest = { id: 'test-pack', title: { fa: 'آزمون', en: 'Test' }, version: '1.0.0', createdAt: '2026-11-30T12:00:00Z' }

function draft(id: string, overrides: Partial<ArchiveItemDraft> = {}): ArchiveItemDraft {
  return {
    id,
    title: 'تیتر',
    lead: 'لید',
    body: [
      { kind: 'paragraph', text: 'بند اول.' },
      { kind: 'heading', text: 'میان‌تیتر' },
      { kind: 'quote', text: 'نقل قول.', attribution: 'گوینده' }
    ],
    source: { name: 'زومیت', nameEn: 'Zoomit' },
    event: { id: 'elecomp-27', fa: 'الکامپ ۲۷', en: 'Elecomp 27' },
    published: { precision: 'event', note: 'second day' },
    tags: ['الکامپ ۲۷'],
    summaries: [{ lang: 'en', text: 'Summary.', provenance: 'curated' }],
    ...overrides
  }
}

/** A valid pack as plain JSON, ready to be tampered with. */
async function packJson(drafts: ArchiveItemDraft[] = [draft('a-1'), draft('zoomit-x')]): Promise<Pack> {
  return structuredClone(await assemblePack(drafts, manifest))
}

async function errorsOf(json: unknown): Promise<string[]> {
  const result = await parsePack(json)
  if (result.ok) throw new Error('expected the pack to be rejected')
  return result.errors.map(formatPackError)
}

/** Re-hash after an edit, so the test reaches the check it is about. */
async function rehash(pack: Pack): Promise<Pack> {
  return structuredClone(await assemblePack(pack.items.map(({ contentHash: _h, ...d }) => d), manifest))
}

describe('parsePack: item kinds', () => {
  const digest = (overrides: Partial<ArchiveItemDraft> = {}): ArchiveItemDraft => draft('d-e24-x', {
    kind: 'digest',
    url: 'https://faceit.example/news/1',
    summaries: [
      { lang: 'fa', text: 'خلاصه.', provenance: 'curated' },
      { lang: 'en', text: 'Summary.', provenance: 'curated' }
    ],
    ...overrides
  })

  it('accepts items without a kind (articles), with kind article, and complete digests', async () => {
    const json = await packJson([draft('a-1'), draft('a-2', { kind: 'article' }), digest()])
    expect((await parsePack(json)).ok).toBe(true)
  })

  it('covers the kind in the item hash', async () => {
    expect(await itemContentHash(draft('a', { kind: 'digest' }))).not.toBe(await itemContentHash(draft('a')))
  })

  it('refuses an unknown kind', async () => {
    const json = await rehash({ ...(await packJson()), items: [{ ...(await packJson()).items[0]!, kind: 'review' as never }] })
    expect((await errorsOf(json)).join('\n')).toMatch(/item 0 \("a-1"\): kind: /)
  })

  it('requires a digest to name the original and summarise it in both languages', async () => {
    const { url: _u, ...noUrl } = digest()
    const errors = await errorsOf(await packJson([noUrl, digest({ id: 'd-2', summaries: [{ lang: 'fa', text: 'خلاصه.', provenance: 'curated' }] })]))
    expect(errors.join('\n')).toMatch(/item 0 \("d-e24-x"\): url: is required for a digest/)
    expect(errors.join('\n')).toMatch(/item 1 \("d-2"\): summaries: a digest needs a curated summary in "en"/)
  })
})

describe('parsePack', () => {
  it('accepts a well-formed pack and returns it unchanged', async () => {
    const json = await packJson()
    const result = await parsePack(json)
    expect(result).toEqual({ ok: true, pack: json })
  })

  it('names item, id and field path in plain English', async () => {
    const json = (await packJson()) as unknown as { items: { body: { text: unknown }[] }[] }
    json.items[1]!.body[2]!.text = 42
    expect(await errorsOf(json)).toEqual(['item 1 ("zoomit-x"): body[2].text: expected text, got a number'])
  })

  it('reports missing fields, unknown fields, bad kinds and bad enums', async () => {
    const json = (await packJson()) as unknown as Record<string, unknown> & { items: Record<string, unknown>[] }
    delete json.items[0]!.title
    json.items[0]!.colour = 'red'
    json.items[1]!.body = [{ kind: 'video', text: 'x' }]
    json.formatVersion = 2
    expect(await errorsOf(json)).toEqual(expect.arrayContaining([
      'formatVersion: expected 1, got 2',
      'item 0 ("a-1"): title: is missing (expected text)',
      'item 0 ("a-1"): colour: is not a known field',
      'item 1 ("zoomit-x"): body[0].kind: expected one of "paragraph", "heading", "quote", "list", "table", "figure", got "video"'
    ]))
  })

  it('enforces date precision rules and the event requirement', async () => {
    const noEvent = draft('x', { event: undefined })
    delete noEvent.event
    expect(await errorsOf(await packJson([noEvent]))).toEqual([
      'item 0 ("x"): event: is required when published.precision is "event"'
    ])
    const halfDay = draft('y', { published: { precision: 'day', jalali: { year: 1403, month: 4 } } })
    expect(await errorsOf(await packJson([halfDay]))).toEqual([
      'item 0 ("y"): published.jalali: precision "day" needs jalali year, month and day'
    ])
  })

  it('refuses links that are not http(s)', async () => {
    const json = await packJson([draft('x', { url: 'javascript:alert(1)' })])
    expect(await errorsOf(json)).toEqual(['item 0 ("x"): url: must be an http:// or https:// address'])
  })

  it('enforces size limits', async () => {
    const json = await packJson()
    json.items[0]!.title = 'ت'.repeat(501)
    expect(await errorsOf(json)).toEqual(['item 0 ("a-1"): title: is too long: 501 characters, at most 500 allowed'])
  })

  it('rejects duplicate ids and a wrong item count', async () => {
    const json = await rehash(await packJson([draft('same'), draft('same')]))
    expect(await errorsOf(json)).toEqual(['item 1 ("same"): id: duplicates the id of item 0'])
    const counted = await packJson()
    counted.manifest.itemCount = 3
    expect(await errorsOf(counted)).toEqual(['manifest.itemCount: says 3 but the pack has 2 items'])
  })

  it('detects edited content whose hash was not updated', async () => {
    const json = await packJson()
    json.items[1]!.title = 'تیتر دستکاری‌شده'
    const errors = await errorsOf(json)
    expect(errors[0]).toMatch(/^item 1 \("zoomit-x"\): contentHash: does not match the item's content/)
    // The pack hash covers item hashes, so it still matches: only the item is named.
    expect(errors).toHaveLength(1)
  })

  it('detects a tampered item hash and a tampered manifest hash', async () => {
    const json = await packJson()
    json.items[0]!.title = 'دیگر'
    json.items[0]!.contentHash = await itemContentHash(json.items[0]!)
    expect(await errorsOf(json)).toEqual([expect.stringMatching(/^manifest\.contentHash: does not match the items/)])
    const other = await packJson()
    other.manifest.contentHash = '0'.repeat(64)
    expect(await errorsOf(other)).toEqual([expect.stringMatching(/^manifest\.contentHash: does not match/)])
  })

  it('caps the number of reported errors', async () => {
    const json = await packJson(Array.from({ length: 80 }, (_, i) => draft(`item-${i}`)))
    for (const item of json.items) (item as unknown as { title: number }).title = 1
    const errors = await errorsOf(json)
    expect(errors).toHaveLength(51)
    expect(errors[50]).toBe('(pack): …and 30 more errors')
  })

  it('rejects non-objects outright', async () => {
    expect(await errorsOf(null)).toEqual(['(pack): expected an object, got null'])
  })
})

describe('parsePackText', () => {
  it('parses valid text', async () => {
    const json = await packJson()
    expect(await parsePackText(JSON.stringify(json, null, 2))).toMatchObject({ ok: true })
  })
  it('reports malformed JSON with line and column', async () => {
    const result = await parsePackText('{\n  "format": "bayegan.pack",\n  "items": [1,]\n}')
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'not valid JSON at line 3, column 15: expected a value, found "]"' }]
    })
  })
})
