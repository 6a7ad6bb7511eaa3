import { z } from 'zod'
import { archiveItemSchema, type ArchiveItem } from '../archive/schema'
import type { Annotation } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'
import type { RefusedRecord } from './merge'
import { readingPositionSchema, settingSchema, summaryVersionSchema, type ReadingPositionEntry, type SettingEntry } from './records'
import { ANNO_CONTEXT, fromWebAnnotation, toWebAnnotation, webAnnotationSchema } from './webAnnotation'

export const BACKUP_FORMAT = 'bayegan-backup'
/** Version 2 adds imported articles and reading positions; version 1 files are still read. */
export const BACKUP_VERSION = 2
/** Imported articles a backup may carry: as before the pack limit grew (issue 18), not tied to it. */
const BACKUP_ARTICLES_MAX = 100_000
/** A backup file larger than this is refused before it is parsed. */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024
const MAX_RECORDS = 500_000

/** Everything the researcher made, as the app holds it. */
export interface ResearcherData {
  annotations: Annotation[]
  summaries: SummaryVersion[]
  settings: SettingEntry[]
  /** Articles the researcher imported (the bundled pack is not theirs to back up). */
  articles: ArchiveItem[]
  positions: ReadingPositionEntry[]
}

function envelope<A extends z.ZodType, S extends z.ZodType, T extends z.ZodType, R extends z.ZodType, P extends z.ZodType>(
  annotation: A,
  summary: S,
  setting: T,
  article: R,
  position: P,
  version: z.ZodType<1 | 2>
) {
  return z
    .object({
      format: z.literal(BACKUP_FORMAT),
      version,
      exportedAt: z.iso.datetime(),
      app: z.object({ name: z.string().max(100), version: z.string().max(100) }).strict(),
      annotations: z
        .object({
          '@context': z.literal(ANNO_CONTEXT),
          type: z.literal('AnnotationCollection'),
          label: z.string().max(200),
          total: z.number().int().min(0),
          first: z.object({ type: z.literal('AnnotationPage'), items: z.array(annotation).max(MAX_RECORDS) }).strict()
        })
        .strict(),
      summaries: z.array(summary).max(MAX_RECORDS),
      settings: z.array(setting).max(1000),
      // Version 2; absent in version 1 files.
      articles: z.array(article).max(BACKUP_ARTICLES_MAX).optional(),
      readingPositions: z.array(position).max(MAX_RECORDS).optional(),
      /** The tag vocabulary with use counts, for readers of the file; derived, ignored on import. */
      tags: z.array(z.object({ tag: z.string().max(200), count: z.number().int().min(0) }).strict()).max(MAX_RECORDS)
    })
    .strict()
    .refine((d) => d.annotations.total === d.annotations.first.items.length, 'annotations.total does not match the items')
}

/** A backup as we write it: every record valid. */
export const backupDocumentSchema = envelope(webAnnotationSchema, summaryVersionSchema, settingSchema, archiveItemSchema, readingPositionSchema, z.literal(BACKUP_VERSION))
/**
 * A backup as we read it: the envelope must be right, but one bad record among good ones is
 * refused and reported on its own instead of failing the whole restore.
 */
const backupEnvelopeSchema = envelope(z.unknown(), z.unknown(), z.unknown(), z.unknown(), z.unknown(), z.union([z.literal(1), z.literal(2)]))
export type BackupDocument = z.infer<typeof backupDocumentSchema>

export function buildBackup(data: ResearcherData, app: { name: string; version: string }, now = new Date()): BackupDocument {
  const counts = new Map<string, number>()
  for (const a of data.annotations) if (a.deletedAt === null) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  const items = data.annotations.map(toWebAnnotation)
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app,
    annotations: { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', label: 'Bayegan annotations', total: items.length, first: { type: 'AnnotationPage', items } },
    summaries: data.summaries,
    // Only plain-JSON settings travel; anything else could not be read back.
    settings: data.settings.flatMap((entry) => {
      const parsed = settingSchema.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    }),
    tags: [...counts].map(([tag, count]) => ({ tag, count })),
    articles: data.articles,
    readingPositions: data.positions
  }
}

export type BackupParse = { ok: true; document: BackupDocument; refused: RefusedRecord[] } | { ok: false; message: string }

/**
 * Parses and validates backup file text. The message names the first problem of the file as a
 * whole; records that fail on their own are left out of the document and listed in `refused`.
 */
export function parseBackup(text: string): BackupParse {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, message: 'the file is too large to be a Bayegan backup' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }
  }
  const parsed = backupEnvelopeSchema.safeParse(json)
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) }
  const refused: RefusedRecord[] = []
  const keep = <T>(kind: RefusedRecord['kind'], schema: z.ZodType<T>, list: unknown[], idOf: (raw: unknown, index: number) => string): T[] =>
    list.flatMap((raw, index) => {
      const one = schema.safeParse(raw)
      if (one.success) return [one.data]
      refused.push({ kind, id: idOf(raw, index), code: 'invalid', reason: firstIssue(one.error) })
      return []
    })
  const env = parsed.data
  // An annotation must also convert to our own record (tags and note within its limits).
  const items = keep('annotation', webAnnotationSchema, env.annotations.first.items, recordId('id')).filter((w) => {
    try {
      fromWebAnnotation(w)
      return true
    } catch (err) {
      refused.push({ kind: 'annotation', id: w.id, code: 'invalid', reason: err instanceof z.ZodError ? firstIssue(err) : String(err) })
      return false
    }
  })
  const document: BackupDocument = {
    ...env,
    annotations: { ...env.annotations, total: items.length, first: { ...env.annotations.first, items } },
    summaries: keep('summary', summaryVersionSchema, env.summaries, recordId('id')),
    settings: keep('setting', settingSchema, env.settings, recordId('key')),
    articles: keep('article', archiveItemSchema, env.articles ?? [], recordId('id')),
    readingPositions: keep('position', readingPositionSchema, env.readingPositions ?? [], recordId('articleId')),
    // Read as the current version from here on: a version 1 file simply had none of the above.
    version: BACKUP_VERSION
  }
  return { ok: true, document, refused }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`
}

/** A refused record's name in the report: its own id when it has a short one, else its place in the file. */
function recordId(field: 'id' | 'key' | 'articleId') {
  return (raw: unknown, index: number): string => {
    const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined
    return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : `#${index + 1}`
  }
}

/** The researcher's data held in a validated backup. */
export function researcherDataOf(doc: BackupDocument): ResearcherData {
  return {
    annotations: doc.annotations.first.items.map(fromWebAnnotation),
    summaries: doc.summaries,
    settings: doc.settings.map(({ key, value }) => ({ key, value })),
    articles: doc.articles ?? [],
    positions: doc.readingPositions ?? []
  }
}
