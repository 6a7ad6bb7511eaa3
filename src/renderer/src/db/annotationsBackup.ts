import type { ResearcherData } from '../../../shared/backup/backupDocument'
import type { JournalChange } from '../../../shared/backup/journalEntry'
import { planMerge, type MergeReport, type RefusedRecord } from '../../../shared/backup/merge'
import { asJson } from '../../../shared/backup/records'
import Dexie from 'dexie'
import type { BayeganDb } from './database'
import { markJournalReplay } from './journalSummaries'
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
 * newest edit winning per id, then journals what changed, unless the data came from the journal
 * itself (writing it there again would only double it). Returns what was added, updated, skipped.
 */
export async function mergeResearcherData(
  db: BayeganDb,
  journal: JournalSink,
  incoming: ResearcherData,
  options: { refused?: readonly RefusedRecord[]; fromJournal?: boolean } = {}
): Promise<MergeReport> {
  let report: MergeReport | undefined
  let written: ResearcherData | undefined
  await db.transaction('rw', [db.annotations, db.summaries, db.settings], async () => {
    if (options.fromJournal) markJournalReplay(Dexie.currentTransaction)
    const held = await collectResearcherData(db)
    const plan = planMerge(held, incoming, options.refused)
    await db.annotations.bulkPut(plan.write.annotations)
    await db.summaries.bulkPut(plan.write.summaries)
    await db.settings.bulkPut(plan.write.settings)
    report = plan.report
    written = plan.write
  })
  if (written && !options.fromJournal) journal.send(changesOf(written))
  return report as MergeReport
}

/** Summaries are left out: the summaries table's own hook journals every version written. */
function changesOf(data: ResearcherData): JournalChange[] {
  return [
    ...data.annotations.map((record): JournalChange => ({ kind: 'annotation', record })),
    ...data.settings.map((record): JournalChange => ({ kind: 'setting', record: { key: record.key, value: asJson(record.value) } }))
  ]
}
