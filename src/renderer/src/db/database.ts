import Dexie, { type EntityTable } from 'dexie'
import { originalUrlKey } from '../../../shared/archive/urlKey'
import type { Annotation } from '../../../shared/domain/annotation'
import type { SummaryVersion } from '../../../shared/domain/summary'
import {
  headOf,
  type ArticleHead,
  type ArticleImageRecord,
  type ArticleRecord,
  type DraftRecord,
  type EditionRecord,
  type HeadsCacheRecord,
  type ImportLogRecord,
  type PackRecord,
  type ReadingPositionRecord,
  type SearchSnapshotRecord,
  type SettingRecord
} from './records'

// The record types moved to records.ts (plain types features may use); kept reachable from here.
export { headOf }
export type { ArticleImageRecord, ArticleHead, ArticleRecord, DraftRecord, EditionRecord, HeadsCacheRecord, ImportLogRecord, PackRecord, ReadingPositionRecord, SearchSnapshotRecord, SettingRecord }

export type BayeganDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>
  articleHeads: EntityTable<ArticleHead, 'id'>
  packs: EntityTable<PackRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  readingPositions: EntityTable<ReadingPositionRecord, 'articleId'>
  importLog: EntityTable<ImportLogRecord, 'id'>
  annotations: EntityTable<Annotation, 'id'>
  summaries: EntityTable<SummaryVersion, 'id'>
  searchSnapshots: EntityTable<SearchSnapshotRecord, 'key'>
  editions: EntityTable<EditionRecord, 'id'>
  drafts: EntityTable<DraftRecord, 'key'>
  articleImages: EntityTable<ArticleImageRecord, 'id'>
  headsCache: EntityTable<HeadsCacheRecord, 'key'>
}

export const DB_NAME = 'bayegan'

/** Schema versions only ever grow; each later version adds an upgrade function and a test. */
export function openDatabase(name: string = DB_NAME): BayeganDb {
  // Strict durability: a researcher's write is on disk before Dexie reports it done.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as BayeganDb
  db.version(1).stores({
    articles: 'id, packId, sortKey, source, *tags',
    packs: 'id',
    settings: 'key',
    readingPositions: 'articleId',
    importLog: '++id, packId'
  })
  // Version 2: what the researcher makes (annotations, summaries) and the saved search index.
  db.version(2).stores({
    annotations: 'id, articleId, colour, *tags, updatedAt, createdAt',
    summaries: 'id, articleId, [articleId+lang], createdAt',
    searchSnapshots: 'key'
  })
  // Version 3: imported articles are found again by URL and by content hash, so an import run
  // twice stores nothing twice. IndexedDB builds new indexes over the rows already stored, so no
  // upgrade function is needed (migrations.test.ts checks it with version-1 data in place).
  db.version(3).stores({ articles: 'id, packId, sortKey, source, *tags, item.url, item.contentHash' })
  // Version 4: light article heads for the library, filled from the articles already stored.
  db.version(4)
    .stores({ articleHeads: 'id, packId, sortKey' })
    .upgrade(async (tx) => {
      const heads: ArticleHead[] = []
      await tx.table<ArticleRecord, string>('articles').each((record) => heads.push(headOf(record)))
      await tx.table<ArticleHead, string>('articleHeads').bulkPut(heads)
    })
  // Version 5 (issue 12): editions from the pack; digests marked in the heads; saved originals
  // attached to digests, found by a folded address. The upgrade redoes heads and url keys from the
  // stored articles and forgets the stored pack hashes, so the next start re-imports the packs and
  // brings in their editions. Researcher tables (annotations, summaries, settings…) are not touched.
  db.version(5)
    .stores({
      articles: 'id, packId, sortKey, source, *tags, item.url, item.contentHash, urlKey, originalOf',
      editions: 'id, packId, number'
    })
    .upgrade(async (tx) => {
      const articles = tx.table<ArticleRecord, string>('articles')
      const heads: ArticleHead[] = []
      await articles.toCollection().modify((record) => {
        const key = record.item.url ? originalUrlKey(record.item.url) : undefined
        if (key) record.urlKey = key
        heads.push(headOf(record))
      })
      await tx.table<ArticleHead, string>('articleHeads').bulkPut(heads)
      await tx.table<PackRecord, string>('packs').toCollection().modify((pack) => {
        pack.contentHash = ''
      })
    })
  // Version 6: drafts of notes and summaries being typed. A new table only: nothing to upgrade.
  db.version(6).stores({ drafts: 'key' })
  // Version 7 (issue 17): pictures kept from imported pages, as Blobs beside their article. A new
  // table only: articles stored before it have none, and nothing else changes.
  db.version(7).stores({ articleImages: 'id, articleId' })
  // Version 8 (issue 18): the library's heads in a few large records, so a later start reads them
  // at once instead of 100,000 rows (see headsCache.ts). A new table, empty until first written.
  db.version(8).stores({ headsCache: 'key' })
  // Version 9 (issue 18): the saved search index moves to a file (search/snapshotFiles.ts); the
  // record that held it whole goes, unread (reading it back was the costly part).
  db.version(9)
    .stores({})
    .upgrade((tx) => tx.table('searchSnapshots').clear())
  return db
}
