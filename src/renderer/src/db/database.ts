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

/**
 * What the library and search results show of an article: small, so tens of thousands load at
 * once without reading every article's text. Written with the article (see articleStore.ts).
 */
export interface ArticleHead {
  id: string
  packId: string
  title: string
  source: string
  sourceEn?: string
  author?: string
  published: ArchiveItem['published']
  event?: ArchiveItem['event']
  sortKey: number
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
  /** Fraction of the article scrolled past, 0..1: the fallback when the segment is gone. */
  fraction: number
  /** The first segment at the top of the view and how far into it (0..1): survives text size and late-loading panels. */
  segmentKey?: string
  withinSegment?: number
  updatedAt: string
}

export interface ImportLogRecord {
  id?: number
  packId: string
  contentHash: string
  itemCount: number
  at: string
  kind: 'first-import' | 're-import' | 'file-import'
  /** For 'file-import': the file's name (or its path inside the chosen folder). */
  file?: string
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
  articleHeads: EntityTable<ArticleHead, 'id'>
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
  return db
}

export function headOf(record: ArticleRecord): ArticleHead {
  const { item } = record
  const head: ArticleHead = {
    id: record.id,
    packId: record.packId,
    title: (item.display ?? item).title,
    source: record.source,
    published: item.published,
    sortKey: record.sortKey,
    tags: record.tags
  }
  if (item.source.nameEn) head.sourceEn = item.source.nameEn
  if (item.author) head.author = item.author
  if (item.event) head.event = item.event
  return head
}
