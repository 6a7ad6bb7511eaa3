/** Small valid packs for unit tests, built with the real assembler so hashes are right. */
import { assemblePack } from '../shared/archive/assemblePack'
import type { ArchiveItemDraft, Pack } from '../shared/archive/schema'

export function draft(id: string, title: string, extra: Partial<ArchiveItemDraft> = {}): ArchiveItemDraft {
  return {
    id,
    title,
    body: [{ kind: 'paragraph', text: `متن ${title}` }],
    source: { name: 'زومیت', nameEn: 'Zoomit' },
    published: { precision: 'month', jalali: { year: 1400, month: 5 } },
    tags: ['الکامپ'],
    summaries: [],
    ...extra
  }
}

export function testPack(id: string, drafts: readonly ArchiveItemDraft[], version = '1'): Promise<Pack> {
  return assemblePack(drafts, { id, title: { fa: 'آزمون', en: 'Test' }, version, createdAt: '2026-11-30T12:00:00Z' })
}
