import { z } from 'zod'
import { archiveItemSchema, type ArchiveItem } from '../archive/schema'
import type { Annotation } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'
import { annotationSchema, readingPositionSchema, settingSchema, summaryVersionSchema, type ReadingPositionEntry, type SettingEntry } from './records'

/**
 * An imported article is the largest thing journaled: its whole item, up to this many characters
 * of JSON. The pack limits allow longer items in theory; one over the cap stays in IndexedDB and in
 * backups, and the researcher is told it is not in the journal (see the change feed).
 */
export const JOURNAL_ARTICLE_MAX_CHARS = 16 * 1024 * 1024
/** Every other journal line is small; this bounds a line of any kind but an article. */
export const JOURNAL_LINE_MAX = 512 * 1024

export function fitsJournal(change: { kind: string; record: unknown }): boolean {
  return JSON.stringify(change.record).length <= (change.kind === 'article' ? JOURNAL_ARTICLE_MAX_CHARS : JOURNAL_LINE_MAX - 200)
}

const importedArticleSchema = archiveItemSchema.refine((item) => JSON.stringify(item).length <= JOURNAL_ARTICLE_MAX_CHARS, 'the article is too large for the journal')

/**
 * One change the renderer asks the main process to journal: always the whole record after the
 * change (a deletion is a record with deletedAt), so replaying keeps the last one per id.
 * Articles are journaled only when the researcher imported them (the bundled pack is its own copy).
 */
export const journalChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotation'), record: annotationSchema }).strict(),
  z.object({ kind: z.literal('setting'), record: settingSchema }).strict(),
  z.object({ kind: z.literal('summary'), record: summaryVersionSchema }).strict(),
  z.object({ kind: z.literal('article'), record: importedArticleSchema }).strict(),
  z.object({ kind: z.literal('position'), record: readingPositionSchema }).strict()
])
export type JournalChange = z.infer<typeof journalChangeSchema>

/** A line of the journal file: the change plus its sequence number and when it was written. */
export const journalLineSchema = z.intersection(z.object({ seq: z.number().int().min(1), at: z.iso.datetime() }), journalChangeSchema)
export type JournalLine = z.infer<typeof journalLineSchema>

/** At most this many changes per call: a restored backup is journaled in batches. */
export const JOURNAL_BATCH_MAX = 500
/** And at most about this many characters per call, so a batch of imported articles stays a sane IPC message. */
export const JOURNAL_BATCH_MAX_CHARS = 24 * 1024 * 1024

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
  /** Imported articles. */
  articles: ArchiveItem[]
  positions: ReadingPositionEntry[]
  /** Lines applied. */
  applied: number
  skipped: SkippedLine[]
  lastSeq: number
}

/** The id a change is about (a setting's key, a position's article), as the journal keeps the last one per. */
export function journalIdOf(change: JournalChange): string {
  switch (change.kind) {
    case 'setting':
      return change.record.key
    case 'position':
      return change.record.articleId
    default:
      return change.record.id
  }
}
