import type { ArchiveItem } from '@shared/archive/schema'
import type { Edition } from '@shared/archive/editions'
import type { ImageType } from '@shared/archive/images'

// The rows the database stores, as plain types: what features may know of the data layer.
// No Dexie here (the lint boundaries let features import this file and nothing else in db/).

/** An archive item as stored: the item itself plus what the library sorts and filters on. */
export interface ArticleRecord {
  id: string
  packId: string
  item: ArchiveItem
  sortKey: number
  source: string
  tags: string[]
  /** The item's address folded for matching (see urlKey.ts); absent without a url. */
  urlKey?: string
  /**
   * Set on a researcher's copy of a digest's original (a saved page whose address matches the
   * digest's): the digest's id. The copy is researcher data, never touched by a pack re-import.
   */
  originalOf?: string
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
  /** Present only for digests (absent = article), so heads stay small. */
  kind?: 'digest'
  /** As on ArticleRecord: the library lists the copy under its digest, not on its own. */
  originalOf?: string
}

/**
 * A picture kept from an imported page, stored with its article as a Blob and shown through a
 * `blob:` URL. The article's figure names it by `hash` (SHA-256 of the bytes, checked on import).
 * Removed with its article. Not in the journal or the researcher-data backup (see importItems.ts).
 */
export interface ArticleImageRecord {
  /** `${articleId}/${hash}` */
  id: string
  articleId: string
  hash: string
  contentType: ImageType
  blob: Blob
  bytes: number
}

/** A picture on its way into the database with an article. */
export interface ImportedImage {
  hash: string
  contentType: ImageType
  blob: Blob
}

/** An edition of Elecomp from a pack (archive/editions/*.json), replaced when the pack is re-imported. */
export interface EditionRecord {
  id: string
  packId: string
  number: number
  edition: Edition
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

/**
 * Text being typed into a note or summary editor, saved while typing so a closed window or a
 * crash does not lose it; removed once the edit is saved or discarded. Not journaled: it is not
 * yet something the researcher made, only something they are making.
 */
export interface DraftRecord {
  /** `note:<annotation id>` or `summary:<article id>:<lang>`. */
  key: string
  text: string
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

/**
 * The library's heads kept together for a quick start (see headsCache.ts): record 0 says the cache
 * is whole (how many chunks, how many heads), records 1…n hold the heads in chunks. Any write to the
 * articles clears the table in its own transaction, so what is there is never older than the heads.
 */
export interface HeadsCacheRecord {
  key: number
  /** Record 0 only. */
  version?: number
  chunks?: number
  count?: number
  /** Records 1…n only. */
  heads?: ArticleHead[]
}

/**
 * Which saved search index file (in OPFS, see search/snapshotFiles.ts) belongs to which data;
 * rebuilt when the archive or the analyser changes. `data` is the index itself as versions before
 * issue 18 kept it in IndexedDB: never read again, replaced by the next save.
 */
export interface SearchSnapshotRecord {
  key: string
  analyserVersion: string
  archiveHash: string
  savedAt: string
  file?: string
  bytes?: number
  data?: unknown
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
  if (item.kind === 'digest') head.kind = 'digest'
  if (record.originalOf) head.originalOf = record.originalOf
  return head
}
