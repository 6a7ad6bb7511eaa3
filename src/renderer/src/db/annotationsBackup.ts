import type { ResearcherData } from '../../../shared/backup/backupDocument'
import { planMerge, type MergeReport } from '../../../shared/backup/merge'
import type { BayeganDb } from './database'

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
 * newest edit winning per id (the change feed journals what changed). Returns what was added,
 * updated, skipped.
 */
export async function mergeResearcherData(db: BayeganDb, incoming: ResearcherData): Promise<MergeReport> {
  let report: MergeReport | undefined
  await db.transaction('rw', [db.annotations, db.summaries, db.settings], async () => {
    const held = await collectResearcherData(db)
    const plan = planMerge(held, incoming)
    await db.annotations.bulkPut(plan.write.annotations)
    await db.summaries.bulkPut(plan.write.summaries)
    await db.settings.bulkPut(plan.write.settings)
    report = plan.report
  })
  return report as MergeReport
}
