import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/domain/annotation'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from './archiveSync'
import { journalIdOf } from '@shared/backup/journalEntry'
import { watchChanges, type CommittedChanges } from './changeFeed'
import { openDatabase, type BayeganDb } from './database'
import { saveSummaryVersion } from './summaries'
import { mergeResearcherData } from './annotationsBackup'

const dbs: BayeganDb[] = []
let n = 0
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

async function seeded(): Promise<{ db: BayeganDb; seen: CommittedChanges[] }> {
  const db = openDatabase(`change-feed-${n++}`)
  dbs.push(db)
  const pack = await testPack('p', [draft('a', 'خبر الف'), draft('b', 'خبر ب')])
  await db.articles.bulkPut(pack.items.map((item) => toArticleRecord('p', item)))
  const seen: CommittedChanges[] = []
  watchChanges(db, (changes) => seen.push({ journal: changes.journal, articleIds: [...changes.articleIds].sort(), tooLargeForJournal: changes.tooLargeForJournal }))
  return { db, seen }
}

function annotation(id: string, articleId: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId,
    target: null,
    quote: null,
    colour: 'yellow',
    note: 'یادداشت',
    tags: ['مهم'],
    orphan: false,
    createdAt: '2026-11-30T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
    deletedAt: null,
    ...extra
  }
}

describe('the change feed', () => {
  it('reports the articles a committed transaction touched, once per transaction', async () => {
    const { db, seen } = await seeded()
    await db.transaction('rw', db.annotations, async () => {
      await db.annotations.put(annotation('1', 'a'))
      await db.annotations.put(annotation('2', 'b'))
    })
    await db.annotations.update('1', { note: 'ویرایش' })
    await db.articles.delete('b')
    expect(seen.map((c) => c.articleIds)).toEqual([['a', 'b'], ['a'], ['b']])
  })

  it('journals the whole record after each write, the last one per id within a transaction', async () => {
    const { db, seen } = await seeded()
    await db.transaction('rw', db.annotations, async () => {
      await db.annotations.put(annotation('1', 'a'))
      await db.annotations.put(annotation('1', 'a', { note: 'دوم' }))
    })
    await db.annotations.update('1', { note: 'سوم', tags: ['تازه'] })
    expect(seen.map((c) => c.journal)).toEqual([
      [{ kind: 'annotation', record: annotation('1', 'a', { note: 'دوم' }) }],
      [{ kind: 'annotation', record: annotation('1', 'a', { note: 'سوم', tags: ['تازه'] }) }]
    ])
  })

  it('journals summaries and settings written by any writer, and not the archive', async () => {
    const { db, seen } = await seeded()
    await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'خلاصهٔ پژوهشگر' })
    await db.settings.put({ key: 'reader.textSize', value: 21 })
    await db.settings.put({ key: 'reader.textSize', value: 24 })
    const journal = seen.flatMap((c) => c.journal)
    expect(journal).toHaveLength(3)
    expect(journal[0]).toMatchObject({ kind: 'summary', record: { articleId: 'a', lang: 'fa', provenance: 'researcher', text: 'خلاصهٔ پژوهشگر' } })
    expect(journal.slice(1)).toEqual([
      { kind: 'setting', record: { key: 'reader.textSize', value: 21 } },
      { kind: 'setting', record: { key: 'reader.textSize', value: 24 } }
    ])
    await db.articles.update('a', { tags: ['تازه'] })
    expect(seen.at(-1)).toEqual({ journal: [], articleIds: ['a'], tooLargeForJournal: [] })
  })

  it('reports nothing for a transaction that failed', async () => {
    const { db, seen } = await seeded()
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put(annotation('1', 'a'))
        throw new Error('abort')
      })
    ).rejects.toThrow('abort')
    expect(seen).toEqual([])
  })

  it('is installed once per database', async () => {
    const { db } = await seeded()
    expect(() => watchChanges(db, () => {})).toThrow(/already/)
  })
})

describe('restores and the journal', () => {
  const version = (id: string) => ({ id, articleId: 'a', lang: 'fa' as const, provenance: 'researcher' as const, text: `نسخهٔ ${id}`, createdAt: '2026-11-01T09:00:00.000Z' })

  it('a restore from the journal reaches search but is not journalled again; a backup restore is journalled once', async () => {
    const { db, seen } = await seeded()
    await mergeResearcherData(db, { annotations: [annotation('j1', 'a')], summaries: [version('s1')], settings: [], articles: [], positions: [] }, { fromJournal: true })
    expect(seen).toEqual([{ journal: [], articleIds: ['a'], tooLargeForJournal: [] }])
    expect(await db.summaries.count()).toBe(1)

    await mergeResearcherData(db, { annotations: [annotation('b1', 'b')], summaries: [version('s2')], settings: [], articles: [], positions: [] })
    expect(seen[1]?.journal.map((c) => `${c.kind}:${journalIdOf(c)}`).sort()).toEqual(['annotation:b1', 'summary:s2'])
  })
})
