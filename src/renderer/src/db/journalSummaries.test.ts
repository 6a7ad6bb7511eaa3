import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { JournalChange } from '../../../shared/backup/journalEntry'
import { draft, testPack } from '../../../testSupport/packs'
import type { JournalSink } from './annotationsJournal'
import { toArticleRecord } from './archiveSync'
import { putArticles } from './articleStore'
import { openDatabase, type BayeganDb } from './database'
import { journalSummaryWrites } from './journalSummaries'
import { saveSummaryVersion } from './summaries'
import { mergeResearcherData } from './annotationsBackup'

let db: BayeganDb | undefined
afterEach(() => db?.close())

function recordingSink(): JournalSink & { sent: JournalChange[] } {
  const sent: JournalChange[] = []
  return {
    sent,
    send: (changes) => void sent.push(...changes),
    flush: async () => {},
    status: () => ({ pending: 0, failing: false }),
    subscribe: () => () => {}
  }
}

describe('journalSummaryWrites', () => {
  it('journals each summary version once its transaction commits, once per database', async () => {
    db = openDatabase('journal-summaries')
    const pack = await testPack('p', [draft('a', 'خبر')])
    await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
    const sink = recordingSink()
    journalSummaryWrites(db, sink)
    journalSummaryWrites(db, sink)
    await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'خلاصهٔ پژوهشگر' })
    expect(sink.sent).toHaveLength(1)
    expect(sink.sent[0]).toMatchObject({ kind: 'summary', record: { articleId: 'a', lang: 'fa', provenance: 'researcher', text: 'خلاصهٔ پژوهشگر' } })
  })
})

describe('restoring writes each record to the journal at most once', () => {
  const version = (id: string) => ({ id, articleId: 'a', lang: 'fa' as const, provenance: 'researcher' as const, text: `نسخهٔ ${id}`, createdAt: '2026-11-01T09:00:00.000Z' })

  it('a restore from the journal journals nothing again; a backup restore journals each summary once', async () => {
    db = openDatabase('journal-restore-once')
    const sink = recordingSink()
    journalSummaryWrites(db, sink)
    await mergeResearcherData(db, sink, { annotations: [], summaries: [version('s1')], settings: [] }, { fromJournal: true })
    expect(sink.sent).toEqual([])
    expect(await db.summaries.count()).toBe(1)

    await mergeResearcherData(db, sink, { annotations: [], summaries: [version('s2')], settings: [] })
    expect(sink.sent.map((c) => c.kind === 'summary' && c.record.id)).toEqual(['s2'])
  })
})
