import { describe, expect, it } from 'vitest'
import type { ArticleHead } from '../../db/database'
import { editionEntries, factsByKind, itemsOfEdition } from './editionModel'

const head = (id: string, sortKey: number, extra: Partial<ArticleHead> = {}): ArticleHead => ({
  id, packId: 'p', title: id, source: 'منبع', sortKey, tags: [], published: { precision: 'event' }, ...extra
})
const e24 = { id: 'elecomp-24', fa: 'الکامپ ۲۴', en: 'Elecomp 24' }
const edition = {
  id: 'elecomp-24',
  number: 24,
  facts: [
    { kind: 'event' as const, fa: 'تعویق', en: 'Postponed', cite: ['b'] },
    { kind: 'dates' as const, fa: 'مرداد ۱۳۹۷', en: 'Mordad 1397', cite: ['a'] },
    { kind: 'event' as const, fa: 'ثبت‌نام', en: 'Registration', cite: ['cited-elsewhere'] }
  ]
}

describe('itemsOfEdition', () => {
  it('takes items about the edition and items it cites, newest first, without researcher copies', () => {
    const heads = [
      head('a', 13970506, { event: e24 }),
      head('b', 13970101),
      head('cited-elsewhere', 13960000, { event: { id: 'elecomp-23', fa: 'الکامپ ۲۳', en: 'Elecomp 23' } }),
      head('other', 13990000),
      head('copy', 0, { event: e24, originalOf: 'a' })
    ]
    expect(itemsOfEdition(edition, heads).map((h) => h.id)).toEqual(['a', 'b', 'cited-elsewhere'])
  })
})

describe('factsByKind', () => {
  it('orders kinds dates, venue, organiser, event and keeps fact order inside a kind', () => {
    expect(factsByKind(edition).map((g) => [g.kind, g.facts.map((f) => f.en)])).toEqual([
      ['dates', ['Mordad 1397']],
      ['event', ['Postponed', 'Registration']]
    ])
  })
})

describe('editionEntries', () => {
  it('joins editions with files and editions known only from items, in number order', () => {
    const heads = [
      head('x', 0, { event: { id: 'elecomp-21', fa: 'الکامپ ۲۱', en: 'Elecomp 21' } }),
      head('y', 0, { event: e24 }),
      head('z', 0, { event: { id: 'expo-2020', fa: 'نمایشگاه', en: 'Expo' } })
    ]
    expect(editionEntries([edition], heads).map((e) => [e.id, e.number, e.edition !== undefined])).toEqual([
      ['elecomp-21', 21, false],
      ['elecomp-24', 24, true]
    ])
  })
})
