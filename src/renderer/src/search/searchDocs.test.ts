import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/domain/annotation'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from '../db/archiveSync'
import { openDatabase, type BayeganDb } from '../db/database'
import { dataStamp, loadSearchDocs, researcherTextByArticle } from './searchDocs'
import { putArticles } from '../db/articleStore'

let db: BayeganDb
let n = 0
afterEach(() => db?.close())

async function seeded(): Promise<BayeganDb> {
  db = openDatabase(`search-docs-${n++}`)
  const pack = await testPack('p', [draft('a', 'خبر الف'), draft('b', 'خبر ب')])
  await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
  return db
}

function annotation(id: string, articleId: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id, articleId, target: null, quote: 'نقل', colour: 'yellow', note: 'یادداشت', tags: ['مهم'], orphan: false,
    createdAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z', deletedAt: null, ...extra
  }
}

describe('researcherTextByArticle', () => {
  it('gathers live annotations and the newest researcher summary per language', () => {
    const text = researcherTextByArticle(
      [annotation('1', 'a'), annotation('2', 'a', { deletedAt: '2026-11-30T11:00:00Z', note: 'حذف‌شده' }), annotation('3', 'b', { note: ' ', colour: 'red' })],
      [
        { id: 's1', articleId: 'a', lang: 'fa', provenance: 'researcher', text: 'قدیمی', createdAt: '2026-01-01T00:00:00Z' },
        { id: 's2', articleId: 'a', lang: 'fa', provenance: 'researcher', text: 'تازه', createdAt: '2026-02-01T00:00:00Z' },
        { id: 's3', articleId: 'a', lang: 'en', provenance: 'extracted', text: 'machine', createdAt: '2026-03-01T00:00:00Z' }
      ]
    )
    expect(text.get('a')).toMatchObject({ notes: ['یادداشت'], quotes: ['نقل'], tags: ['مهم'], colours: ['yellow'], summaryFa: 'تازه' })
    expect(text.get('a')?.summaryEn).toBeUndefined()
    expect(text.get('b')).toMatchObject({ notes: [], colours: ['red'] })
  })
})

describe('loadSearchDocs and dataStamp', () => {
  it('builds docs with the researcher text and reports missing articles', async () => {
    const db = await seeded()
    await db.annotations.put(annotation('1', 'a', { note: 'دربارهٔ تسهیلات' }))
    const { docs, missing } = await loadSearchDocs(db, ['a', 'gone'])
    expect(docs.map((d) => d.id)).toEqual(['a'])
    expect(docs[0]?.fields.notes).toBe('دربارهٔ تسهیلات')
    expect(docs[0]?.meta.hasNotes).toBe(true)
    expect(missing).toEqual(['gone'])
  })
  it('changes when an annotation is added or edited', async () => {
    const db = await seeded()
    const before = await dataStamp(db)
    await db.annotations.put(annotation('1', 'a'))
    const added = await dataStamp(db)
    await db.annotations.update('1', { updatedAt: '2026-12-01T00:00:00Z' })
    expect(new Set([before, added, await dataStamp(db)]).size).toBe(3)
  })
})
