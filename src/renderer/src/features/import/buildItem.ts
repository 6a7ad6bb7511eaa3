// A page draft from the main process becomes an archive item: sanitised, hashed and checked with
// the same schema as the bundled packs.
import { itemContentHash } from '../../../../shared/archive/hash'
import { plainEnglishIssue } from '../../../../shared/archive/packErrors'
import { archiveItemSchema, type ArchiveItem, type ArchiveItemDraft, type Block } from '../../../../shared/archive/schema'
import { IMAGE_LIMITS, sniffImageType } from '../../../../shared/archive/images'
import type { ImportedImage } from '../../db/records'
import { importedId, type ImportEntry, type PageImage } from '../../../../shared/host/fileImport'
import { htmlToBlocks } from './sanitize'
import { fitBody } from '../../../../shared/archive/fitBody'
import { blockText } from '../../../../shared/archive/plainText'

/**
 * `note`: what was changed on the way in (a body cut to the limit), for the import report.
 * `images`: the pictures the article's figures name, checked again here, to store with it.
 */
export type BuiltItem = { ok: true; item: ArchiveItem; images: ImportedImage[]; note?: string } | { ok: false; message: string }

export async function buildItem(entry: ImportEntry): Promise<BuiltItem> {
  if (entry.kind === 'item') return check(entry.item)
  const page = entry.page
  const fitted = fitBody(htmlToBlocks(page.html, page.title))
  const checked = await withCheckedImages(fitted.body, page.images ?? [])
  const images = checked.images
  let body = checked.body
  if (body.length === 0) body = [{ kind: 'paragraph', text: page.lead ?? page.title }]
  const text = body.map(blockText).join('\n')
  const draft: ArchiveItemDraft = {
    id: await importedId(page.url, page.title, text),
    title: page.title,
    ...(page.lead ? { lead: page.lead } : {}),
    ...(page.author ? { author: page.author } : {}),
    body,
    source: page.source,
    ...(page.url ? { url: page.url } : {}),
    published: page.published,
    tags: page.tags,
    summaries: []
  }
  const built = check({ ...draft, contentHash: await itemContentHash(draft) })
  if (!built.ok) return built
  const used = [...images.values()]
  return fitted.note ? { ...built, images: used, note: fitted.note } : { ...built, images: used }
}

/**
 * The body with only the pictures that pass the renderer's own check; a figure whose picture did
 * not pass keeps its alt text and caption as a placeholder (or goes, when it has neither).
 */
export async function withCheckedImages(blocks: readonly Block[], pageImages: readonly PageImage[]): Promise<{ body: Block[]; images: Map<string, ImportedImage> }> {
  const images = await checkedImages(pageImages, blocks)
  const body = blocks.flatMap((block): Block[] => {
    if (block.kind !== 'figure' || !block.image || images.has(block.image)) return [block]
    const { image: _dropped, ...rest } = block
    return rest.alt || rest.caption ? [rest] : []
  })
  return { body, images }
}

/**
 * The main process checked each picture; the renderer does not take its word for it: the bytes
 * must be a PNG, JPEG, GIF or WebP, within the limits, and hash to the name the figure uses.
 */
async function checkedImages(images: readonly PageImage[], body: readonly Block[]): Promise<Map<string, ImportedImage>> {
  const wanted = new Set(body.flatMap((b) => (b.kind === 'figure' && b.image ? [b.image] : [])))
  const out = new Map<string, ImportedImage>()
  let total = 0
  for (const image of images) {
    if (!wanted.has(image.hash) || out.has(image.hash) || out.size >= IMAGE_LIMITS.imagesPerArticle) continue
    if (image.base64.length > Math.ceil(IMAGE_LIMITS.imageBytes / 3) * 4 + 4) continue
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = Uint8Array.from(atob(image.base64), (c) => c.charCodeAt(0))
    } catch {
      continue
    }
    const type = sniffImageType(bytes)
    if (!type || type !== image.contentType || bytes.length > IMAGE_LIMITS.imageBytes || total + bytes.length > IMAGE_LIMITS.articleBytes) continue
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes))
    const hash = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
    if (hash !== image.hash) continue
    total += bytes.length
    out.set(hash, { hash, contentType: type, blob: new Blob([bytes], { type }) })
  }
  return out
}

function check(item: unknown): BuiltItem {
  const parsed = archiveItemSchema.safeParse(item, { error: plainEnglishIssue })
  if (parsed.success) return { ok: true, item: parsed.data, images: [] }
  const issue = parsed.error.issues[0]
  return { ok: false, message: `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}` }
}
