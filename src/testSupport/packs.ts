/** Small valid packs for unit tests, built with the real assembler so hashes are right. */
import { assemblePack } from '../shared/archive/assemblePack'
import type { Edition } from '../shared/archive/editions'
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

export function testPack(id: string, drafts: readonly ArchiveItemDraft[], version = '1', editions?: readonly Edition[]): Promise<Pack> {
  return assemblePack(drafts, { id, title: { fa: 'آزمون', en: 'Test' }, version, createdAt: '2026-11-30T12:00:00Z' }, editions)
}

/** An edition citing the given items, in the agreed format (archive/editions/*.json). */
export function testEdition(number: number, cite: string[], extra: Partial<Edition> = {}): Edition {
  return {
    id: `elecomp-${number}`,
    number,
    facts: [
      { kind: 'dates', fa: '۶ تا ۹ مرداد ۱۳۹۷', en: '6–9 Mordad 1397', jalali: { from: { year: 1397, month: 5, day: 6 }, to: { year: 1397, month: 5, day: 9 } }, cite },
      { kind: 'venue', fa: 'شهر آفتاب', en: 'Shahr-e Aftab', cite }
    ],
    ...extra
  }
}
