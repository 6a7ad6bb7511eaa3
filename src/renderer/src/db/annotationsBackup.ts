import type { ResearcherData } from '../../../shared/backup/backupDocument'
import { isLater, planMerge, type MergeReport, type RefusedRecord } from '../../../shared/backup/merge'
import type { Annotation } from '../../../shared/domain/annotation'
import Dexie from 'dexie'
import { IMPORTED_PACK_ID } from '../../../shared/host/fileImport'
import type { ReadingPositionEntry } from '../../../shared/backup/records'
import { toArticleRecord } from './archiveSync'
import { articleTables } from './articleStore'
import { markJournalReplay } from './changeFeed'
import { headOf, type BayeganDb, type ReadingPositionRecord } from './database'

export interface MergeOptions {
  /** Records already turned away while reading the file, for the report. */
  refused?: readonly RefusedRecord[]
  /** The data is the journal's own replay: the change feed must not journal it again. */
  fromJournal?: boolean
  /** Called as annotations are written: a restore of tens of thousands shows how far it is. */
  onProgress?: (progress: { done: number; total: number }) => void
}

/** Annotations are written this many per transaction, so a large restore never holds one huge transaction. */
export const MERGE_CHUNK = 10_000

/** Everything the researcher made, read in one transaction so the copy is consistent. */
export async function collectResearcherData(db: BayeganDb): Promise<ResearcherData> {
  return db.transaction('r', researcherTables(db), async () => ({
    annotations: await db.annotations.toArray(),
    summaries: (await db.summaries.toArray()).filter((s) => s.provenance === 'researcher' || s.provenance === 'model'),
    settings: await db.settings.toArray(),
    articles: (await db.articles.where('packId').equals(IMPORTED_PACK_ID).toArray()).map((r) => r.item),
    positions: (await db.readingPositions.toArray()).map(positionEntry)
  }))
}

function researcherTables(db: BayeganDb) {
  return [db.annotations, db.summaries, db.settings, db.readingPositions, ...articleTables(db)]
}

/** A stored position as the files carry it: only the fields the schema knows. */
function positionEntry(r: ReadingPositionRecord): ReadingPositionEntry {
  return {
    articleId: r.articleId,
    fraction: r.fraction,
    ...(typeof r.segmentKey === 'string' && r.segmentKey.length > 0 ? { segmentKey: r.segmentKey, withinSegment: r.withinSegment ?? 0 } : {}),
    updatedAt: r.updatedAt
  }
}

/**
 * Merges incoming data (a backup, or the journal's replay) into IndexedDB in one transaction,
 * newest edit winning per id. The change feed journals what changed, unless the data came from the
 * journal itself (writing it there again would only double it). Returns what was added, updated,
 * skipped, and refused.
 */
export async function mergeResearcherData(db: BayeganDb, incoming: ResearcherData, options: MergeOptions = {}): Promise<MergeReport> {
  let report: MergeReport | undefined
  let rest: Annotation[] = []
  let written = 0
  await db.transaction('rw', researcherTables(db), async () => {
    if (options.fromJournal) markJournalReplay(Dexie.currentTransaction)
    const held = await collectResearcherData(db)
    const plan = planMerge(held, incoming, options.refused)
    await db.annotations.bulkPut(plan.write.annotations.slice(0, MERGE_CHUNK))
    rest = plan.write.annotations.slice(MERGE_CHUNK)
    written = plan.write.annotations.length
    await db.summaries.bulkPut(plan.write.summaries)
    await db.settings.bulkPut(plan.write.settings)
    const articles = plan.write.articles.map((item) => toArticleRecord(IMPORTED_PACK_ID, item))
    await db.articles.bulkPut(articles)
    await db.articleHeads.bulkPut(articles.map(headOf))
    if (articles.length > 0) await db.headsCache.clear()
    await db.readingPositions.bulkPut(plan.write.positions.map((p) => ({ ...p })))
    report = plan.report
  })
  const total = written
  // The first chunk went with everything else in one transaction; tens of thousands more follow in
  // chunks (see MERGE_CHUNK), so the page keeps painting and the researcher sees the progress.
  options.onProgress?.({ done: total - rest.length, total })
  // The rest in chunks, each checked again against what is held now: an edit made meanwhile wins if newer.
  for (let i = 0; i < rest.length; i += MERGE_CHUNK) {
    const chunk = rest.slice(i, i + MERGE_CHUNK)
    await db.transaction('rw', db.annotations, async () => {
      if (options.fromJournal) markJournalReplay(Dexie.currentTransaction)
      const now = await db.annotations.bulkGet(chunk.map((a) => a.id))
      await db.annotations.bulkPut(chunk.filter((a, k) => !now[k] || isLater(a.updatedAt, (now[k] as Annotation).updatedAt)))
    })
    options.onProgress?.({ done: total - rest.length + i + chunk.length, total })
    // Let the page paint and take input between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return report as MergeReport
}

/** How many of the journal's records the database does not hold: what a restore from it would bring back. */
export interface MissingFromDatabase {
  annotations: number
  summaries: number
  articles: number
}

/**
 * Compares the journal with the database by id. A database that was wiped, lost or replaced
 * (a damaged profile recreated empty) lacks records the journal holds; one that is whole lacks none.
 */
export async function countMissing(db: BayeganDb, journal: Pick<ResearcherData, 'annotations' | 'summaries' | 'articles'>): Promise<MissingFromDatabase> {
  const missing = async (table: { bulkGet(keys: string[]): Promise<unknown[]> }, ids: string[]): Promise<number> =>
    (await table.bulkGet(ids)).filter((r) => r === undefined).length
  return db.transaction('r', [db.annotations, db.summaries, db.articles], async () => ({
    annotations: await missing(db.annotations, journal.annotations.map((a) => a.id)),
    summaries: await missing(db.summaries, journal.summaries.map((s) => s.id)),
    articles: await missing(db.articles, journal.articles.map((a) => a.id))
  }))
}
