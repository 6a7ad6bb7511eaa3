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
