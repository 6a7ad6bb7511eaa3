import { z } from 'zod'
import { COLOURS } from '../domain/annotation'
import type { Language } from '../domain/language'

/** The notes as documents (PDF, Markdown, W3C JSON-LD) and as reference-manager files (CSL-JSON, BibTeX, RIS). */
export const EXPORT_FORMATS = ['pdf', 'markdown', 'json', 'csl-json', 'bibtex', 'ris'] as const
export const EXPORT_ORDERS = ['reading', 'colour', 'date'] as const
export const PAPER_SIZES = ['A4', 'Letter'] as const

export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export type ExportOrder = (typeof EXPORT_ORDERS)[number]
export type PaperSize = (typeof PAPER_SIZES)[number]

const id = z.string().min(1).max(200)

export const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), articleId: id }),
  z.strictObject({ kind: z.literal('articles'), articleIds: z.array(id).min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('tag'), tag: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('colour'), colour: z.enum(COLOURS) }),
  z.strictObject({ kind: z.literal('all') })
])
export type ExportScope = z.infer<typeof scopeSchema>

export const includeSchema = z.strictObject({
  quotes: z.boolean(),
  notes: z.boolean(),
  tags: z.boolean(),
  summaryFa: z.boolean(),
  summaryEn: z.boolean(),
  keyFigures: z.boolean()
})
export type ExportInclude = z.infer<typeof includeSchema>

export const INCLUDE_ALL: ExportInclude = {
  quotes: true,
  notes: true,
  tags: true,
  summaryFa: true,
  summaryEn: true,
  keyFigures: true
}

/** What the researcher picks in the export dialog (the format and paper size only matter at rendering). */
export interface ExportOptions {
  scope: ExportScope
  include: ExportInclude
  order: ExportOrder
  lang: Language
}
