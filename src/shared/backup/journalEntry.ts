import { z } from 'zod'
import type { Annotation } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'
import { annotationSchema, settingSchema, summaryVersionSchema, type SettingEntry } from './records'

/**
 * One change the renderer asks the main process to journal: always the whole record after the
 * change (a deletion is a record with deletedAt), so replaying keeps the last one per id.
 */
export const journalChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotation'), record: annotationSchema }).strict(),
  z.object({ kind: z.literal('setting'), record: settingSchema }).strict(),
  z.object({ kind: z.literal('summary'), record: summaryVersionSchema }).strict()
])
export type JournalChange = z.infer<typeof journalChangeSchema>

/** A line of the journal file: the change plus its sequence number and when it was written. */
export const journalLineSchema = z.intersection(z.object({ seq: z.number().int().min(1), at: z.iso.datetime() }), journalChangeSchema)
export type JournalLine = z.infer<typeof journalLineSchema>

/** At most this many changes per call: a restored backup is journaled in batches. */
export const JOURNAL_BATCH_MAX = 500

export interface SkippedLine {
  /** 1-based line number in the journal file. */
  line: number
  reason: string
}

/** What the journal says the researcher's data is: the last record written for each id or key. */
export interface JournalState {
  annotations: Annotation[]
  settings: SettingEntry[]
  summaries: SummaryVersion[]
  /** Lines applied. */
  applied: number
  skipped: SkippedLine[]
  lastSeq: number
}
