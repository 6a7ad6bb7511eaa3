import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { buildBackup, parseBackup, researcherDataOf } from '@shared/backup/backupDocument'
import { journalIdOf, JOURNAL_ARTICLE_MAX_CHARS, type JournalChange } from '@shared/backup/journalEntry'
import { IMPORTED_PACK_ID } from '@shared/host/fileImport'
import { draft, testPack } from '../../../testSupport/packs'
import { collectResearcherData, mergeResearcherData } from './annotationsBackup'
import { toArticleRecord } from './archiveSync'
import { putArticles } from './articleStore'
import { watchChanges } from './changeFeed'
import { openDatabase, type BayeganDb } from './database'
import { savePosition } from './readingPositions'

const opened: BayeganDb[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

function fresh(name: string): BayeganDb {
  const db = openDatabase(`${name}-${Math.random()}`)
  opened.push(db)
  return db
}

/** A database with one bundled article, one imported article and a reading position in each. */
async function seeded(journal: JournalChange[] = []): Promise<BayeganDb> {
  const db = fresh('held')
  watchChanges(db, (c) => journal.push(...c.journal))
  const pack = await testPack('pack', [draft('bundled', 'خبر بسته')])
  const imported = await testPack('x', [draft('imported-1', 'گزارش وارد‌شده از نمایشگاه')])
  await putArticles(db, [toArticleRecord('pack', pack.items[0]!), toArticleRecord(IMPORTED_PACK_ID, imported.items[0]!)])
  await savePosition(db, 'imported-1', { fraction: 0.4, segmentKey: 'p-3', withinSegment: 0.5 })
  await savePosition(db, 'bundled', { fraction: 0.1 })
  return db
}

describe('imported articles and reading positions', () => {
  it('are journaled: the imported article (not the bundled one) and each position', async () => {
    const journal: JournalChange[] = []
    await seeded(journal)
    expect(journal.map((c) => `${c.kind}:${journalIdOf(c)}`).sort()).toEqual(['article:imported-1', 'position:bundled', 'position:imported-1'])
  })

  it('travel through a backup into an empty database, and a second restore adds nothing', async () => {
    const db = await seeded()
    const parsed = parseBackup(JSON.stringify(buildBackup(await collectResearcherData(db), { name: 'B', version: '1' })))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.refused).toEqual([])

    const empty = fresh('empty')
    const first = await mergeResearcherData(empty, researcherDataOf(parsed.document))
    expect(first.articles).toEqual({ added: 1, updated: 0, skipped: 0 })
    expect(first.positions).toEqual({ added: 2, updated: 0, skipped: 0 })
    const article = await empty.articles.get('imported-1')
    expect(article?.packId).toBe(IMPORTED_PACK_ID)
    expect((await empty.articleHeads.get('imported-1'))?.title).toBe('گزارش وارد‌شده از نمایشگاه')
    expect(await empty.readingPositions.get('imported-1')).toMatchObject({ fraction: 0.4, segmentKey: 'p-3', withinSegment: 0.5 })

    const second = await mergeResearcherData(empty, researcherDataOf(parsed.document))
    expect(second.articles).toEqual({ added: 0, updated: 0, skipped: 1 })
    expect(second.positions).toEqual({ added: 0, updated: 0, skipped: 2 })
    expect(await empty.articles.count()).toBe(1)
  })

  it('a newer reading position wins, an older one is skipped', async () => {
    const db = await seeded()
    const held = await collectResearcherData(db)
    const older = { articleId: 'bundled', fraction: 0.9, updatedAt: '2000-01-01T00:00:00.000Z' }
    const newer = { articleId: 'imported-1', fraction: 0.95, updatedAt: '2999-01-01T00:00:00.000Z' }
    const report = await mergeResearcherData(db, { ...held, articles: [], positions: [older, newer] })
    expect(report.positions).toEqual({ added: 0, updated: 1, skipped: 1 })
    expect((await db.readingPositions.get('bundled'))?.fraction).toBe(0.1)
    expect((await db.readingPositions.get('imported-1'))?.fraction).toBe(0.95)
  })

  it('an imported article too large for the journal is named, not sent', async () => {
    const db = fresh('big')
    const tooLarge: string[] = []
    const journal: JournalChange[] = []
    watchChanges(db, (c) => {
      journal.push(...c.journal)
      tooLarge.push(...c.tooLargeForJournal)
    })
    // More text than the journal takes for one article; IndexedDB stores it all the same.
    const blocks = Math.ceil(JOURNAL_ARTICLE_MAX_CHARS / 30_000) + 1
    const small = (await testPack('x', [draft('huge', 'بلند')])).items[0]!
    const item = { ...small, body: Array.from({ length: blocks }, () => ({ kind: 'paragraph' as const, text: 'ا'.repeat(30_000) })) }
    await putArticles(db, [toArticleRecord(IMPORTED_PACK_ID, item)])
    expect(tooLarge).toEqual(['huge'])
    expect(journal).toEqual([])
    expect(await db.articles.count()).toBe(1)
  })
})

describe('a version 1 backup', () => {
  it('is still read: no articles or positions, everything else restored', () => {
    const doc = { ...buildBackup({ annotations: [], summaries: [], settings: [{ key: 'reader.textSize', value: 21 }], articles: [], positions: [] }, { name: 'B', version: '1' }), version: 1 } as Record<string, unknown>
    delete doc['articles']
    delete doc['readingPositions']
    const parsed = parseBackup(JSON.stringify(doc))
    if (!parsed.ok) throw new Error(parsed.message)
    const data = researcherDataOf(parsed.document)
    expect(data.articles).toEqual([])
    expect(data.positions).toEqual([])
    expect(data.settings).toEqual([{ key: 'reader.textSize', value: 21 }])
  })

  it('a version 3 file is refused as a whole', () => {
    const doc = { ...buildBackup({ annotations: [], summaries: [], settings: [], articles: [], positions: [] }, { name: 'B', version: '1' }), version: 3 }
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(false)
  })
})

describe('drafts', () => {
  it('saveNow writes at once, without awaiting, and the draft reads back', async () => {
    const { createDraftRepository } = await import('./drafts')
    const db = fresh('drafts')
    await db.open()
    const drafts = createDraftRepository(db)
    expect(drafts.saveNow('note:a', 'نیمه‌کاره')).toBe(true)
    await expect.poll(async () => (await drafts.get('note:a'))?.text).toBe('نیمه‌کاره')
    await drafts.discard('note:a')
    expect(await drafts.get('note:a')).toBeNull()
    db.close()
    expect(drafts.saveNow('note:a', 'x')).toBe(false)
  })
})

describe('a large restore', () => {
  it('writes in chunks with progress, everything arrives, and a newer edit made meanwhile is kept', async () => {
    const { MERGE_CHUNK } = await import('./annotationsBackup')
    const db = fresh('large')
    const count = MERGE_CHUNK * 2 + 500
    const at = '2026-11-01T09:00:00.000Z'
    const annotations = Array.from({ length: count }, (_, i) => ({
      id: `n-${i}`, articleId: `a-${i % 50}`, target: null, quote: null, colour: null, note: `یادداشت ${i}`, tags: [], orphan: false, createdAt: at, updatedAt: at, deletedAt: null
    }))
    const seen: { done: number; total: number }[] = []
    const report = await mergeResearcherData(db, { annotations, summaries: [], settings: [], articles: [], positions: [] }, {
      onProgress: (p) => {
        seen.push(p)
        // An edit arriving between chunks, newer than the incoming copy of the last record.
        if (seen.length === 2) void db.annotations.put({ ...annotations[count - 1]!, note: 'ویرایش تازه‌تر', updatedAt: '2026-12-01T00:00:00.000Z' })
      }
    })
    expect(report.annotations.added).toBe(count)
    expect(seen.map((p) => p.done)).toEqual([MERGE_CHUNK, MERGE_CHUNK * 2, count])
    expect(seen.every((p) => p.total === count)).toBe(true)
    expect(await db.annotations.count()).toBe(count)
    expect((await db.annotations.get(`n-${count - 1}`))?.note).toBe('ویرایش تازه‌تر')
  })
})
