import Dexie, { type EntityTable } from 'dexie'
import type { ArchiveItem } from '../../../shared/archive/schema'
import type { Annotation } from '../../../shared/domain/annotation'
import type { SummaryVersion } from '../../../shared/domain/summary'

/** An archive item as stored: the item itself plus what the library sorts and filters on. */
export interface ArticleRecord {
  id: string
  packId: string
  item: ArchiveItem
  sortKey: number
  source: string
  tags: string[]
}

export interface PackRecord {
  id: string
  contentHash: string
  version: string
  itemCount: number
  importedAt: string
}

export interface SettingRecord {
  key: string
  value: unknown
}

export interface ReadingPositionRecord {
  articleId: string
  /** Fraction of the article scrolled past, 0..1: survives a change of text size. */
  fraction: number
  updatedAt: string
}

export interface ImportLogRecord {
  id?: number
  packId: string
  contentHash: string
  itemCount: number
  at: string
  kind: 'first-import' | 're-import'
}

/** A saved search index snapshot, rebuilt when the archive or the analyser changes. */
export interface SearchSnapshotRecord {
  key: string
  analyserVersion: string
  archiveHash: string
  savedAt: string
  data: unknown
}

export type BayeganDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>
  packs: EntityTable<PackRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  readingPositions: EntityTable<ReadingPositionRecord, 'articleId'>
  importLog: EntityTable<ImportLogRecord, 'id'>
  annotations: EntityTable<Annotation, 'id'>
  summaries: EntityTable<SummaryVersion, 'id'>
  searchSnapshots: EntityTable<SearchSnapshotRecord, 'key'>
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
  return db
}
