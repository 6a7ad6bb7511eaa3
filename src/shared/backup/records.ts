/**
 * Schemas for what the researcher makes, checked wherever it crosses a boundary: the bridge to the
 * main process, the journal file and backup files. Nothing read from outside is trusted.
 */
import { z } from 'zod'
import { ANNOTATION_LIMITS as L, COLOURS, type Annotation, type ColourMeanings } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'

const id = z.string().min(1).max(L.idLength)
const timestamp = z.iso.datetime()

const quoteSelector = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(L.quoteLength),
    prefix: z.string().max(200),
    suffix: z.string().max(200)
  })
  .strict()
const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((p) => p.start <= p.end, 'start must not come after end')

export const targetSchema = z.object({ contentHash: z.string().min(1).max(200), selectors: z.tuple([quoteSelector, positionSelector]) }).strict()

export const annotationSchema = z
  .object({
    id,
    articleId: id,
    target: targetSchema.nullable(),
    quote: z.string().max(L.quoteLength).nullable(),
    colour: z.enum(COLOURS).nullable(),
    note: z.string().max(L.noteLength),
    tags: z.array(z.string().min(1).max(L.tagLength)).max(L.tagCount),
    orphan: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable()
  })
  .strict() satisfies z.ZodType<Annotation>

export const colourMeaningsSchema = z
  .object({
    meanings: z.partialRecord(z.enum(COLOURS), z.string().max(L.meaningLength)),
    updatedAt: timestamp
  })
  .strict() satisfies z.ZodType<ColourMeanings>

export const summaryVersionSchema = z
  .object({
    id,
    articleId: id,
    lang: z.enum(['fa', 'en']),
    provenance: z.enum(['extracted', 'researcher', 'model']),
    text: z.string().max(100_000),
    model: z.string().max(200).optional(),
    createdAt: timestamp
  })
  .strict() satisfies z.ZodType<SummaryVersion>

/** A settings row; values are plain JSON, kept small. */
export const settingSchema = z
  .object({ key: z.string().min(1).max(100), value: z.json() })
  .strict()
  .refine((s) => JSON.stringify(s.value ?? null).length <= 20_000, 'setting value is too large')
/**
 * Where the researcher was in an article (see the renderer's reading positions). Only the
 * fraction is required: the segment may be gone after the text changed.
 */
export const readingPositionSchema = z
  .object({
    articleId: id,
    fraction: z.number().min(0).max(1),
    segmentKey: z.string().min(1).max(200).optional(),
    withinSegment: z.number().min(0).max(1).optional(),
    updatedAt: timestamp
  })
  .strict()
export type ReadingPositionEntry = z.infer<typeof readingPositionSchema>

export interface SettingEntry {
  key: string
  value: unknown
}

export type JsonValue = z.infer<ReturnType<typeof z.json>>

/** A plain-JSON copy of a value (what survives a file or the bridge); undefined becomes null. */
export function asJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue
}
