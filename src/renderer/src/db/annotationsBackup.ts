import type { ResearcherData } from '../../../shared/backup/backupDocument'
import { planMerge, type MergeReport, type RefusedRecord } from '../../../shared/backup/merge'
import Dexie from 'dexie'
import { markJournalReplay } from './changeFeed'
import type { BayeganDb } from './database'

export interface MergeOptions {
  /** Records already turned away while reading the file, for the report. */
  refused?: readonly RefusedRecord[]
  /** The data is the journal's own replay: the change feed must not journal it again. */
  fromJournal?: boolean
}

/** Everything the researcher made, read in one transaction so the copy is consistent. */
export async function collectResearcherData(db: BayeganDb): Promise<ResearcherData> {
  return db.transaction('r', [db.annotations, db.summaries, db.settings], async () => ({
    annotations: await db.annotations.toArray(),
    summaries: (await db.summaries.toArray()).filter((s) => s.provenance === 'researcher' || s.provenance === 'model'),
    settings: await db.settings.toArray()
  }))
}

/**
 * Merges incoming data (a backup, or the journal's replay) into IndexedDB in one transaction,
 * newest edit winning per id. The change feed journals what changed, unless the data came from the
 * journal itself (writing it there again would only double it). Returns what was added, updated,
 * skipped, and refused.
 */
export async function mergeResearcherData(db: BayeganDb, incoming: ResearcherData, options: MergeOptions = {}): Promise<MergeReport> {
  let report: MergeReport | undefined
  await db.transaction('rw', [db.annotations, db.summaries, db.settings], async () => {
    if (options.fromJournal) markJournalReplay(Dexie.currentTransaction)
    const held = await collectResearcherData(db)
    const plan = planMerge(held, incoming, options.refused)
    await db.annotations.bulkPut(plan.write.annotations)
    await db.summaries.bulkPut(plan.write.summaries)
    await db.settings.bulkPut(plan.write.settings)
    report = plan.report
  })
  return report as MergeReport
}
