import { describe, expect, it } from 'vitest'
import { itemContentHash, packContentHash, sha256Hex } from './hash'
import type { ArchiveItemDraft } from './schema'

const draft: ArchiveItemDraft = {
  id: 'sample',
  title: 'عنوان',
  body: [{ kind: 'paragraph', text: 'متن کسب‌وکار' }],
  source: { name: 'زومیت' },
  published: { precision: 'year', jalali: { year: 1403 } },
  tags: [],
  summaries: []
}

describe('sha256Hex', () => {
  it('matches the standard test vectors (UTF-8 input)', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('itemContentHash', () => {
  it('ignores the stored contentHash and key order', async () => {
    const hash = await itemContentHash(draft)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const { id, ...rest } = draft
    const reordered = { ...rest, contentHash: 'f'.repeat(64), id }
    expect(await itemContentHash(reordered)).toBe(hash)
  })
  it('changes when a single ZWNJ changes', async () => {
    const withoutZwnj = { ...draft, body: [{ kind: 'paragraph' as const, text: 'متن کسبوکار' }] }
    expect(await itemContentHash(withoutZwnj)).not.toBe(await itemContentHash(draft))
  })
})

describe('packContentHash', () => {
  it('depends on item order and content', async () => {
    const a = { ...draft, contentHash: await itemContentHash(draft) }
    const b = { ...draft, id: 'other', contentHash: await itemContentHash({ ...draft, id: 'other' }) }
    expect(await packContentHash([a, b])).not.toBe(await packContentHash([b, a]))
    expect(await packContentHash([a, b])).toBe(await packContentHash([{ ...a }, { ...b }]))
  })
})
