import type { ResearcherData } from '@shared/backup/backupDocument'
import type { MergeReport } from '@shared/backup/merge'
import type { ExportSource } from '@shared/export/buildDocument'
import type { ExportScope } from '@shared/export/options'
import type { SummaryVersion } from '@shared/domain/summary'
import type { ArchiveItem } from '@shared/archive/schema'
import type { Edition } from '@shared/archive/editions'
import { listEditions } from './editions'
import { annotationCountOn, detachOriginal, digestPairOf, type DigestPair } from './originals'
import type { HostClient } from '../host/hostClient'
import { createAnnotationRepository, type AnnotationRepository } from './annotations'
import { collectResearcherData, countMissing, mergeResearcherData, type MergeOptions, type MissingFromDatabase } from './annotationsBackup'
import { syncArchive, type SyncOptions, type SyncOutcome, type SyncProgress } from './archiveSync'
import type { BayeganDb } from './database'
import { createDraftRepository, type DraftRepository } from './drafts'
import { loadExportSource } from './exportSource'
import { storeImportedItems, type StoreOutcome } from './importItems'
import { readPosition, savePosition, type ReadingPosition } from './readingPositions'
import type { ArticleHead, ArticleImageRecord, ArticleRecord, ImportedImage } from './records'
import { articleImagesOf } from './articleStore'
import { ensureHeadsCache, readHeadsCache } from './headsCache'
import { readSetting, writeSetting } from './settings'
import { acceptModelDraft, restoreSummaryVersion, saveSummaryVersion, type NewVersion } from './summaries'

export interface ArticleRepository {
  heads(): Promise<ArticleHead[]>
  /** Heads in id order after `afterId` (from the first when null), at most `limit`: the library reads them in batches. */
  headsPage(afterId: string | null, limit: number): Promise<ArticleHead[]>
  /** The newest heads by date: what a library shows before it has read them all. */
  newestHeads(limit: number): Promise<ArticleHead[]>
  /** These articles' heads, undefined where an article is gone, in the order asked. */
  headsOf(ids: readonly string[]): Promise<(ArticleHead | undefined)[]>
  /** Every head from the heads cache, in chunks, or null when it is not whole (see headsCache.ts). */
  cachedHeads(): Promise<ArticleHead[][] | null>
  /** Writes the heads cache from the stored heads when it is not whole; true when it wrote. */
  ensureHeadsCache(): Promise<boolean>
  get(id: string): Promise<ArticleRecord | null>
  /** Each id's title, the id itself where the article is gone. */
  titles(ids: readonly string[]): Promise<Map<string, string>>
  /** Every tag in use, the archive's and the researcher's, in Persian order. */
  tagsInUse(): Promise<string[]>
  /** The articles that carry at least one annotation, with their display titles. */
  annotated(): Promise<{ id: string; title: string }[]>
  /** Every edition of every pack, in edition order. */
  editions(): Promise<Edition[]>
  /** The digest and its attached copy of the original, for an open record that is either. */
  digestPair(record: ArticleRecord): Promise<DigestPair | undefined>
  /** How many annotations the researcher made on an article (kept when a copy is detached). */
  annotationCount(articleId: string): Promise<number>
  /** Removes an attached copy of an original, and nothing else. */
  detachOriginal(copyId: string): Promise<void>
  /** The pictures kept with an imported article (none for pack articles). */
  images(articleId: string): Promise<ArticleImageRecord[]>
}

export interface SummaryRepository {
  versionsFor(articleId: string): Promise<SummaryVersion[]>
  save(input: NewVersion): Promise<SummaryVersion>
  restore(versionId: string): Promise<SummaryVersion>
  acceptDraft(articleId: string, draft: { fa: string; en: string; model: string }): Promise<SummaryVersion[]>
}

export interface SettingsRepository {
  read<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): Promise<T>
  /** The raw stored value, for readers that validate it themselves. */
  raw(key: string): Promise<unknown>
  write(key: string, value: unknown): Promise<void>
}

export interface ReadingPositionRepository {
  read(articleId: string): Promise<ReadingPosition>
  save(articleId: string, position: ReadingPosition): Promise<void>
}

export interface ExportScopeRepository {
  load(scope: ExportScope, archive: ExportSource['archive']): Promise<ExportSource>
}

export interface ArchiveRepository {
  sync(onProgress: (progress: SyncProgress) => void, options?: SyncOptions): Promise<SyncOutcome>
  storeImported(items: ArchiveItem[], file: string, images?: ReadonlyMap<string, readonly ImportedImage[]>): Promise<StoreOutcome>
}

export interface ResearcherDataRepository {
  collect(): Promise<ResearcherData>
  merge(incoming: ResearcherData, options?: MergeOptions): Promise<MergeReport>
  /** What of `journal` the database lacks (see the startup restore offer). */
  missing(journal: Pick<ResearcherData, 'annotations' | 'summaries' | 'articles'>): Promise<MissingFromDatabase>
}

export type { DraftRepository }

export interface Repositories {
  drafts: DraftRepository
  articles: ArticleRepository
  annotations: AnnotationRepository
  summaries: SummaryRepository
  settings: SettingsRepository
  readingPositions: ReadingPositionRepository
  exportScope: ExportScopeRepository
  archive: ArchiveRepository
  researcherData: ResearcherDataRepository
}

/** The data layer as features see it: one object per kind of record, Dexie kept inside. */
export function createRepositories(db: BayeganDb, host: HostClient): Repositories {
  return {
    articles: {
      heads: () => db.articleHeads.toArray(),
      headsPage: (afterId, limit) => (afterId === null ? db.articleHeads.orderBy(':id') : db.articleHeads.where(':id').above(afterId)).limit(limit).toArray(),
      newestHeads: (limit) => db.articleHeads.orderBy('sortKey').reverse().limit(limit).toArray(),
      headsOf: (ids) => db.articleHeads.bulkGet([...ids]),
      cachedHeads: () => readHeadsCache(db),
      ensureHeadsCache: () => ensureHeadsCache(db),
      get: async (id) => (await db.articles.get(id)) ?? null,
      async titles(ids) {
        const records = await db.articles.bulkGet([...ids])
        // The display copy's title (half-spaces restored), as the reader shows it.
        return new Map(ids.map((id, i) => [id, records[i]?.item.display?.title ?? records[i]?.item.title ?? id]))
      },
      async tagsInUse() {
        const [own, archive] = await Promise.all([db.annotations.orderBy('tags').uniqueKeys(), db.articles.orderBy('tags').uniqueKeys()])
        return [...new Set([...own, ...archive].map(String))].sort((a, b) => a.localeCompare(b, 'fa'))
      },
      async annotated() {
        const ids = (await db.annotations.orderBy('articleId').uniqueKeys()).map(String)
        const records = await db.articles.bulkGet(ids)
        return records.flatMap((r) => (r ? [{ id: r.id, title: r.item.display?.title ?? r.item.title }] : []))
      },
      editions: () => listEditions(db),
      digestPair: (record) => digestPairOf(db, record),
      annotationCount: (articleId) => annotationCountOn(db, articleId),
      detachOriginal: (copyId) => detachOriginal(db, copyId),
      images: (articleId) => articleImagesOf(db, articleId)
    },
    annotations: createAnnotationRepository(db),
    drafts: createDraftRepository(db),
    summaries: {
      versionsFor: (articleId) => db.summaries.where('articleId').equals(articleId).toArray(),
      save: (input) => saveSummaryVersion(db, input),
      restore: (versionId) => restoreSummaryVersion(db, versionId),
      acceptDraft: (articleId, draft) => acceptModelDraft(db, articleId, draft)
    },
    settings: {
      read: (key, isValid, fallback) => readSetting(db, key, isValid, fallback),
      raw: async (key) => (await db.settings.get(key))?.value,
      write: (key, value) => writeSetting(db, key, value)
    },
    readingPositions: {
      read: (articleId) => readPosition(db, articleId),
      save: (articleId, position) => savePosition(db, articleId, position)
    },
    exportScope: { load: (scope, archive) => loadExportSource(db, scope, archive) },
    archive: {
      sync: (onProgress, options) => syncArchive(db, host, onProgress, options),
      storeImported: (items, file, images) => storeImportedItems(db, items, file, images)
    },
    researcherData: {
      collect: () => collectResearcherData(db),
      merge: (incoming, options) => mergeResearcherData(db, incoming, options),
      missing: (journal) => countMissing(db, journal)
    }
  }
}
