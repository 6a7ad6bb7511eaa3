import { z } from 'zod'
import type { Annotation } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'
import { settingSchema, summaryVersionSchema, type SettingEntry } from './records'
import { ANNO_CONTEXT, fromWebAnnotation, toWebAnnotation, webAnnotationSchema } from './webAnnotation'

export const BACKUP_FORMAT = 'bayegan-backup'
export const BACKUP_VERSION = 1
/** A backup file larger than this is refused before it is parsed. */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024
const MAX_RECORDS = 500_000

/** Everything the researcher made, as the app holds it. */
export interface ResearcherData {
  annotations: Annotation[]
  summaries: SummaryVersion[]
  settings: SettingEntry[]
}

export const backupDocumentSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    app: z.object({ name: z.string().max(100), version: z.string().max(100) }).strict(),
    annotations: z
      .object({
        '@context': z.literal(ANNO_CONTEXT),
        type: z.literal('AnnotationCollection'),
        label: z.string().max(200),
        total: z.number().int().min(0),
        first: z.object({ type: z.literal('AnnotationPage'), items: z.array(webAnnotationSchema).max(MAX_RECORDS) }).strict()
      })
      .strict(),
    summaries: z.array(summaryVersionSchema).max(MAX_RECORDS),
    settings: z.array(settingSchema).max(1000),
    /** The tag vocabulary with use counts, for readers of the file; derived, ignored on import. */
    tags: z.array(z.object({ tag: z.string().max(200), count: z.number().int().min(0) }).strict()).max(MAX_RECORDS)
  })
  .strict()
  .refine((d) => d.annotations.total === d.annotations.first.items.length, 'annotations.total does not match the items')
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
    tags: [...counts].map(([tag, count]) => ({ tag, count }))
  }
}

export type BackupParse = { ok: true; document: BackupDocument } | { ok: false; message: string }

/** Parses and validates backup file text; the message names the first problem and where it is. */
export function parseBackup(text: string): BackupParse {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, message: 'the file is too large to be a Bayegan backup' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }
  }
  const parsed = backupDocumentSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, message: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` }
  }
  return { ok: true, document: parsed.data }
}

/** The researcher's data held in a validated backup. */
export function researcherDataOf(doc: BackupDocument): ResearcherData {
  return { annotations: doc.annotations.first.items.map(fromWebAnnotation), summaries: doc.summaries, settings: doc.settings.map(({ key, value }) => ({ key, value })) }
}
