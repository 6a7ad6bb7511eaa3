import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/domain/annotation'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from './archiveSync'
import { journalIdOf } from '@shared/backup/journalEntry'
import { watchChanges, type CommittedChanges } from './changeFeed'
import { itemContentHash } from '@shared/archive/hash'
import type { ArchiveItem } from '@shared/archive/schema'
import type { JournalChange } from '@shared/backup/journalEntry'
import { IMPORTED_PACK_ID } from '@shared/host/fileImport'
import type { HostClient } from '../host/hostClient'
import { createJournalSink } from './annotationsJournal'
import { articleTables, putArticles } from './articleStore'
import { storeImportedItems } from './importItems'
import { openDatabase, type BayeganDb } from './database'
import { saveSummaryVersion } from './summaries'
import { mergeResearcherData } from './annotationsBackup'

const dbs: BayeganDb[] = []
let n = 0
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

/** Installs the feed on a database that has none yet; what it journals is kept and passed on. */
function watchChangesOn(db: BayeganDb, consumer: (changes: CommittedChanges) => void): { journal: JournalChange[] } {
  const journal: JournalChange[] = []
  watchChanges(db, (changes) => {
    journal.push(...changes.journal)
    consumer(changes)
  })
  return { journal }
}

async function importedItem(id: string, title: string): Promise<ArchiveItem> {
  const d = draft(id, title)
  return { ...d, contentHash: await itemContentHash(d) }
}

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

  it('a nested transaction is reported once, after the outermost one commits, and not if that one fails', async () => {
    const { db, seen } = await seeded()
    const pack = await testPack(IMPORTED_PACK_ID, [draft('imp-1', 'گزارش واردشده'), draft('imp-2', 'گزارش دوم')])
    const [first, second] = pack.items.map((item) => toArticleRecord(IMPORTED_PACK_ID, item))
    await db.transaction('rw', [...articleTables(db), db.importLog], async () => {
      await putArticles(db, [first!])
      // The inner transaction's scope has ended; nothing is committed yet, so nothing is reported.
      expect(seen).toEqual([])
      await db.importLog.add({ packId: IMPORTED_PACK_ID, contentHash: 'h', itemCount: 1, at: '2026-12-01T00:00:00.000Z', kind: 'file-import', file: 'x.html' })
    })
    expect(seen.map((c) => c.journal.map((j) => `${j.kind}:${journalIdOf(j)}`))).toEqual([['article:imp-1']])

    await expect(
      db.transaction('rw', [...articleTables(db), db.importLog], async () => {
        await putArticles(db, [second!])
        throw new Error('the file is refused after all')
      })
    ).rejects.toThrow('refused')
    expect(seen).toHaveLength(1)
    expect(await db.articles.get('imp-2')).toBeUndefined()
  })

  it('an import whose journalling calls the host (a native async call) stores its file: no PrematureCommitError', async () => {
    // The cause of "not saved" on every file import: the journal's host call started inside the
    // import's transaction (from the nested putArticles' 'complete') made Dexie lose the zone.
    const db = openDatabase(`change-feed-${n++}`)
    dbs.push(db)
    const calls: number[] = []
    const host = {
      call: async (_channel: string, payload: { changes: unknown[] }) => {
        calls.push(payload.changes.length)
        await new Promise((resolve) => setTimeout(resolve, 1))
        return { lastSeq: calls.length }
      }
    } as unknown as HostClient
    const sink = createJournalSink(host)
    const outer = watchChangesOn(db, (changes) => sink.send(changes.journal))
    const item = await importedItem('imp-3', 'گزارش سوم از نمایشگاه')
    const outcome = await storeImportedItems(db, [item], 'zoomit-battery.html')
    expect(outcome.added.map((a) => a.id)).toEqual(['imp-3'])
    await sink.flush()
    expect(calls).toEqual([1])
    expect(outer.journal.map((c) => c.kind)).toEqual(['article'])
    expect((await db.importLog.toArray()).filter((l) => l.file === 'zoomit-battery.html')).toHaveLength(1)
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
