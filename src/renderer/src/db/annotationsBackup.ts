import type { ResearcherData } from '../../../shared/backup/backupDocument'
import type { JournalChange } from '../../../shared/backup/journalEntry'
import { planMerge, type MergeReport, type RefusedRecord } from '../../../shared/backup/merge'
import { asJson } from '../../../shared/backup/records'
import type { BayeganDb } from './database'
import type { JournalSink } from './annotationsJournal'

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
 * newest edit winning per id, then journals what changed. Returns what was added, updated, skipped.
 */
export async function mergeResearcherData(
  db: BayeganDb,
  journal: JournalSink,
  incoming: ResearcherData,
  refused: readonly RefusedRecord[] = []
): Promise<MergeReport> {
  let report: MergeReport | undefined
  let written: ResearcherData | undefined
  await db.transaction('rw', [db.annotations, db.summaries, db.settings], async () => {
    const held = await collectResearcherData(db)
    const plan = planMerge(held, incoming, refused)
    await db.annotations.bulkPut(plan.write.annotations)
    await db.summaries.bulkPut(plan.write.summaries)
    await db.settings.bulkPut(plan.write.settings)
    report = plan.report
    written = plan.write
  })
  if (written) journal.send(changesOf(written))
  return report as MergeReport
}

function changesOf(data: ResearcherData): JournalChange[] {
  return [
    ...data.annotations.map((record): JournalChange => ({ kind: 'annotation', record })),
    ...data.summaries.map((record): JournalChange => ({ kind: 'summary', record })),
    ...data.settings.map((record): JournalChange => ({ kind: 'setting', record: { key: record.key, value: asJson(record.value) } }))
  ]
}
