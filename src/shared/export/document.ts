/**
 * The export document: everything an export shows, already filtered, grouped, ordered and
 * formatted, as plain data. The renderer builds it (it holds the researcher's data); the main
 * process renders it to PDF, Markdown or JSON. It crosses the bridge, so it is a zod schema with
 * bounds, and every string in it is treated as hostile text by the renderers.
 */
import { z } from 'zod'
import { COLOURS } from '../domain/annotation'
import { LANGUAGES } from '../domain/language'
import { EXPORT_ORDERS, includeSchema } from './options'

const str = (max: number) => z.string().max(max)
const iso = z.iso.datetime({ offset: true })

const targetSchema = z.strictObject({
  contentHash: str(128),
  selectors: z.tuple([
    z.strictObject({ type: z.literal('TextQuoteSelector'), exact: str(100_000), prefix: str(1_000), suffix: str(1_000) }),
    z.strictObject({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) })
  ])
})

/**
 * A highlight's place in the article as a reader cites it: the paragraph (lead, body paragraphs
 * and quotes are numbered from 1; the title and subheadings are named instead), and the last
 * paragraph when it runs across several.
 */
export const locatorSchema = z.strictObject({
  part: z.enum(['title', 'heading', 'paragraph']),
  paragraph: z.int().min(1).max(100_000).optional(),
  paragraphEnd: z.int().min(1).max(100_000).optional(),
  /** Inside a list, table or figure (which count as one paragraph): the item, the row, or its caption. */
  item: z.int().min(1).max(100_000).optional(),
  row: z.int().min(1).max(100_000).optional(),
  caption: z.literal(true).optional()
})

export const SUMMARY_PROVENANCES = ['curated', 'extracted', 'researcher', 'model'] as const

export const exportSummarySchema = z.strictObject({
  lang: z.enum(['fa', 'en']),
  text: str(50_000),
  provenance: z.enum(SUMMARY_PROVENANCES),
  /** The model's name, for a model summary. */
  model: str(200).optional(),
  /** When the researcher wrote this version or accepted the model's draft (curated ones have none). */
  createdAt: iso.optional()
})

/** The item's date as data (for citation files), at the precision the archive knows. */
export const issuedSchema = z.strictObject({
  precision: z.enum(['day', 'month', 'year', 'event']),
  jalali: z.strictObject({ year: z.int().min(1).max(3177), month: z.int().min(1).max(12).optional(), day: z.int().min(1).max(31).optional() }).optional(),
  event: z.strictObject({ fa: str(500), en: str(500) }).optional()
})

export const entrySchema = z.strictObject({
  id: str(200),
  colour: z.enum(COLOURS).nullable(),
  /** The colour's meaning in the heading language (the researcher's own name when renamed). */
  colourLabel: str(200).nullable(),
  quote: str(100_000).nullable(),
  /** Light Markdown, as the researcher wrote it. */
  note: str(100_000).nullable(),
  tags: z.array(str(200)).max(200),
  orphan: z.boolean(),
  createdAt: iso,
  updatedAt: iso,
  target: targetSchema.nullable(),
  /** Where in the article: null for a note on the whole article or an orphan (no trusted position). */
  locator: locatorSchema.nullable()
})

export const groupSchema = z.strictObject({
  /** Set when the export is ordered by colour meaning; null groups hold everything else. */
  colour: z.enum(COLOURS).nullable(),
  label: str(200).nullable(),
  entries: z.array(entrySchema).max(20_000)
})

export const exportArticleSchema = z.strictObject({
  id: str(200),
  /** A digest is our editors' summary of one outlet's report, and must say so wherever it is cited. */
  kind: z.enum(['article', 'digest']).optional(),
  title: str(2_000),
  source: z.strictObject({ name: str(500), nameEn: str(500).optional(), url: str(2_000).optional() }),
  url: str(2_000).optional(),
  /** The publication date already formatted in the heading language. */
  published: z.strictObject({ primary: str(200), secondary: str(200).optional() }),
  issued: issuedSchema,
  tags: z.array(str(200)).max(200),
  summaries: z.array(exportSummarySchema).max(2),
  keyFigures: z.array(z.strictObject({ fa: str(500), en: str(500) })).max(200),
  groups: z.array(groupSchema).max(10),
  /**
   * The links kept in the article's text (imported pages), each address once, in reading order,
   * with the words it was on. Optional: documents made before links were kept stay valid.
   */
  references: z.array(z.strictObject({ text: str(500), url: str(2_000) })).max(500).optional()
})

export const exportDocumentSchema = z.strictObject({
  format: z.literal('bayegan.export'),
  version: z.literal(2),
  lang: z.enum(LANGUAGES),
  archive: z.strictObject({ id: str(200), title: str(500) }),
  /** How the scope reads in the heading language («برچسب: انتخابات»). */
  scopeLabel: str(500),
  exportedAt: iso,
  include: includeSchema,
  order: z.enum(EXPORT_ORDERS),
  articles: z.array(exportArticleSchema).max(10_000)
})

export type ExportLocator = z.infer<typeof locatorSchema>
export type ExportSummary = z.infer<typeof exportSummarySchema>
export type ExportIssued = z.infer<typeof issuedSchema>
export type ExportEntry = z.infer<typeof entrySchema>
export type ExportGroup = z.infer<typeof groupSchema>
export type ExportArticle = z.infer<typeof exportArticleSchema>
export type ExportReference = NonNullable<ExportArticle['references']>[number]
export type ExportDocument = z.infer<typeof exportDocumentSchema>
