// Pack format v1 (see README.md). Every object is strict: unknown fields are errors, so typos and
// smuggled data surface instead of being silently dropped. No defaults or transforms: the parsed
// value equals the input, which keeps content hashes computable from either.
import { z } from 'zod'
import { describePublishedProblem } from '../dates/published'
import { hasDirectionOverride, hasVisibleText } from '../text/controls'
import { editionsSchema } from './editions'
import { PACK_LIMITS as L } from './limits'

export const PACK_FORMAT = 'bayegan.pack'
export const PACK_FORMAT_VERSION = 1

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SHA256_HEX = /^[0-9a-f]{64}$/

const text = (max: number) =>
  z.string().min(1, 'must not be empty').max(max).refine(hasVisibleText, 'must have visible text, not only spaces or zero-width characters')
/** Titles and tags are shown in lists where a direction override would disguise them. */
const label = (max: number) => text(max).refine((s) => !hasDirectionOverride(s), 'must not contain a direction override (U+202D or U+202E)')
const slug = z.string().max(L.idChars).regex(SLUG, 'must be a slug: lowercase latin letters and digits joined by single hyphens')
const sha256 = z.string().regex(SHA256_HEX, 'must be a SHA-256 hash: 64 lowercase hexadecimal digits')
// Only web links: a reader must never follow javascript:, file: or custom-protocol URLs.
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).max(L.urlChars)

/**
 * A link kept from an imported page: the characters [start, end) of its run of text (paragraph,
 * quote, list item) and where it pointed. Only http(s) addresses; they open in the system browser
 * after the researcher confirms, never inside the app.
 */
export const linkSchema = z.strictObject({
  start: z.int().min(0).max(L.blockChars),
  end: z.int().min(1).max(L.blockChars),
  href: webUrl
})

const linksSchema = z.array(linkSchema).max(L.linksPerRun).optional()

/** Links must lie inside their text, in order, without overlapping. */
function checkLinks(text: string, links: readonly Link[] | undefined, ctx: z.RefinementCtx, path: (string | number)[]): void {
  let last = 0
  links?.forEach((link, i) => {
    if (link.start < last || link.end <= link.start || link.end > text.length) {
      ctx.addIssue({ code: 'custom', path: [...path, 'links', i], message: `must cover characters inside its text (${text.length}), in order and not overlapping` })
    }
    last = Math.max(last, link.end)
  })
}

/** One run of text with its links: a list item. */
export const runSchema = z.strictObject({ text: text(L.blockChars), links: linksSchema })

/** A table cell may be empty (a gap in a grid), but not longer than a cell. */
const cellSchema = z.string().max(L.cellChars)

export const blockSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('paragraph'), text: text(L.blockChars), links: linksSchema }),
    z.strictObject({ kind: z.literal('heading'), text: text(L.titleChars) }),
    z.strictObject({ kind: z.literal('quote'), text: text(L.blockChars), attribution: text(L.attributionChars).optional(), links: linksSchema }),
    /** A bulleted (`ordered: false`) or numbered list; each item is one run of text. */
    z.strictObject({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(runSchema).min(1).max(L.listItems) }),
    /** A simple table: rows of text cells, the first row a header when `header` is set. */
    z.strictObject({
      kind: z.literal('table'),
      rows: z.array(z.array(cellSchema).min(1).max(L.tableColumns)).min(1).max(L.tableRows),
      header: z.boolean().optional(),
      caption: text(L.captionChars).optional()
    }),
    /**
     * A picture and its caption. `image` names the picture by the SHA-256 of its bytes, stored
     * with the article (imported pages only); without it, or when it is not stored, the reader
     * shows a placeholder with the alt text and the caption. Nothing is ever fetched.
     */
    z.strictObject({ kind: z.literal('figure'), image: sha256.optional(), alt: text(L.captionChars).optional(), caption: text(L.captionChars).optional() })
  ])
  .superRefine((block, ctx) => {
    if (block.kind === 'paragraph' || block.kind === 'quote') checkLinks(block.text, block.links, ctx, [])
    if (block.kind === 'list') block.items.forEach((item, i) => checkLinks(item.text, item.links, ctx, ['items', i]))
    if (block.kind === 'table' && !block.rows.some((row) => row.some(hasVisibleText))) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a table needs at least one cell with text' })
    }
    if (block.kind === 'figure' && block.image === undefined && block.alt === undefined && block.caption === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a figure needs an image, an alt text or a caption' })
    }
  })

const bodySchema = z.array(blockSchema).min(1, 'needs at least one block').max(L.bodyBlocks)

/** A copy of the text for display only (e.g. with ZWNJ restored). The original stays authoritative. */
export const displayTextSchema = z.strictObject({
  title: label(L.titleChars),
  lead: text(L.leadChars).optional(),
  body: bodySchema
})

export const jalaliPartsSchema = z.strictObject({
  year: z.int().min(1).max(3177),
  month: z.int().min(1).max(12).optional(),
  day: z.int().min(1).max(31).optional()
})

export const publishedSchema = z
  .strictObject({
    precision: z.enum(['day', 'month', 'year', 'event']),
    jalali: jalaliPartsSchema.optional(),
    note: text(L.noteChars).optional()
  })
  .superRefine((published, ctx) => {
    const problem = describePublishedProblem(published)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['jalali'] })
  })

export const sourceSchema = z.strictObject({
  name: text(L.nameChars),
  nameEn: text(L.nameChars).optional(),
  url: webUrl.optional()
})

export const eventSchema = z.strictObject({ id: slug, fa: text(L.nameChars), en: text(L.nameChars) })

export const summarySchema = z.strictObject({
  lang: z.enum(['fa', 'en']),
  text: text(L.summaryChars),
  // Packs carry only hand-written summaries; other provenances are made inside the app.
  provenance: z.literal('curated')
})

/**
 * `article`: the text as published (the seed). `digest`: our editors' own account of one public
 * report, which must name the report's address and carry curated summaries in both languages.
 */
export const ITEM_KINDS = ['article', 'digest'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]
export const itemKindSchema = z.enum(ITEM_KINDS)

export const archiveItemSchema = z
  .strictObject({
    id: slug,
    /** Absent means `article`, so packs made before kinds existed keep their hashes. */
    kind: itemKindSchema.optional(),
    title: label(L.titleChars),
    lead: text(L.leadChars).optional(),
    /** Who wrote it, as the page names them (from a byline or the page's metadata). */
    author: label(L.nameChars).optional(),
    body: bodySchema,
    display: displayTextSchema.optional(),
    source: sourceSchema,
    url: webUrl.optional(),
    event: eventSchema.optional(),
    published: publishedSchema,
    tags: z.array(label(L.tagChars)).max(L.tags),
    summaries: z.array(summarySchema).max(L.summaries),
    contentHash: sha256
  })
  .superRefine((item, ctx) => {
    if (item.published.precision === 'event' && !item.event) {
      ctx.addIssue({ code: 'custom', path: ['event'], message: 'is required when published.precision is "event"' })
    }
    reportDuplicates(item.tags, (i, first) =>
      ctx.addIssue({ code: 'custom', path: ['tags', i], message: `repeats tag ${first + 1}` }))
    reportDuplicates(item.summaries.map((s) => s.lang), (i) =>
      ctx.addIssue({ code: 'custom', path: ['summaries', i, 'lang'], message: 'a curated summary in this language already exists' }))
    if (item.display) checkDisplayMatches(item, item.display, ctx)
    if (item.kind === 'digest') checkDigest(item, ctx)
  })

/** A digest is only worth its citation: it must say where the original is and summarise it in fa and en. */
function checkDigest(item: { url?: string | undefined; summaries: CuratedSummary[] }, ctx: z.RefinementCtx): void {
  if (item.url === undefined) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: "is required for a digest (the original report's address)" })
  }
  for (const lang of ['fa', 'en'] as const) {
    if (!item.summaries.some((s) => s.lang === lang)) {
      ctx.addIssue({ code: 'custom', path: ['summaries'], message: `a digest needs a curated summary in "${lang}"` })
    }
  }
}

/** The kind an item has, with the default for items that do not say. */
export function kindOf(item: { kind?: ItemKind | undefined }): ItemKind {
  return item.kind ?? 'article'
}

/** Display copies must mirror the original block for block, so positions map between them. */
function checkDisplayMatches(
  item: { lead?: string | undefined; body: Block[] },
  display: DisplayText,
  ctx: z.RefinementCtx
): void {
  if ((item.lead === undefined) !== (display.lead === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['display', 'lead'], message: 'must be present exactly when the item has a lead' })
  }
  if (display.body.length !== item.body.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['display', 'body'],
      message: `has ${display.body.length} blocks but body has ${item.body.length}`
    })
    return
  }
  display.body.forEach((block, i) => {
    if (block.kind !== item.body[i]?.kind) {
      ctx.addIssue({ code: 'custom', path: ['display', 'body', i, 'kind'], message: `must be "${item.body[i]?.kind}" like body[${i}]` })
    }
  })
}

function reportDuplicates(values: string[], report: (index: number, firstIndex: number) => void): void {
  const seen = new Map<string, number>()
  values.forEach((value, i) => {
    const first = seen.get(value)
    if (first === undefined) seen.set(value, i)
    else report(i, first)
  })
}

export const manifestSchema = z.strictObject({
  id: slug,
  title: z.strictObject({ fa: text(L.titleChars), en: text(L.titleChars) }),
  version: z.string().regex(/^\d{1,6}(?:\.\d{1,6}){0,2}$/, 'must be a version like 1, 1.2 or 1.2.3'),
  language: z.literal('fa'),
  itemCount: z.int().min(0).max(L.items),
  contentHash: sha256,
  createdAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time such as 2026-11-30T12:00:00Z' })
})

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    manifest: manifestSchema,
    items: z.array(archiveItemSchema).max(L.items),
    /** Optional, so packs made before editions existed stay valid (see README.md, Editions). */
    editions: editionsSchema.optional()
  })
  .superRefine(checkPackLevel)

/**
 * The rules across items: the count the manifest gives, unique ids, editions' ids and citations.
 * Also the first stage of the staged check (stagedPack.ts), which reads items only for their ids.
 */
export function checkPackLevel(
  pack: { manifest: { itemCount: number }; items: readonly { id: string }[]; editions?: Edition[] | undefined },
  ctx: z.RefinementCtx
): void {
  if (pack.manifest.itemCount !== pack.items.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['manifest', 'itemCount'],
      message: `says ${pack.manifest.itemCount} but the pack has ${pack.items.length} items`
    })
  }
  reportDuplicates(pack.items.map((item) => item.id), (i, first) =>
    ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicates the id of item ${first}` }))
  if (pack.editions) checkEditions(pack.editions, new Set(pack.items.map((item) => item.id)), ctx)
}

/** Edition ids are unique and every citation names an item of this pack. */
function checkEditions(editions: Edition[], itemIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  reportDuplicates(editions.map((e) => e.id), (i, first) =>
    ctx.addIssue({ code: 'custom', path: ['editions', i, 'id'], message: `duplicates the id of edition ${first}` }))
  editions.forEach((edition, e) =>
    edition.facts.forEach((fact, f) =>
      fact.cite.forEach((id, c) => {
        if (!itemIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['editions', e, 'facts', f, 'cite', c], message: `names "${id}", which is not an item of this pack` })
        }
      })))
}

type Edition = z.infer<typeof editionsSchema>[number]
export type Block = z.infer<typeof blockSchema>
export type Link = z.infer<typeof linkSchema>
export type Run = z.infer<typeof runSchema>
export type DisplayText = z.infer<typeof displayTextSchema>
export type Published = z.infer<typeof publishedSchema>
export type ArchiveSource = z.infer<typeof sourceSchema>
export type ArchiveEvent = z.infer<typeof eventSchema>
export type CuratedSummary = z.infer<typeof summarySchema>
export type ArchiveItem = z.infer<typeof archiveItemSchema>
/** An item before hashing: what the source-text parser produces. */
export type ArchiveItemDraft = Omit<ArchiveItem, 'contentHash'>
export type PackManifest = z.infer<typeof manifestSchema>
export type Pack = z.infer<typeof packSchema>
