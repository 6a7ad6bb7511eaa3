import Dexie, { type EntityTable } from 'dexie'
import type { ArchiveItem } from '../../../shared/archive/schema'

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

export type BayeganDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>
  packs: EntityTable<PackRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  readingPositions: EntityTable<ReadingPositionRecord, 'articleId'>
  importLog: EntityTable<ImportLogRecord, 'id'>
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
  return db
}
