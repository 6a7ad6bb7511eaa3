// A page draft from the main process becomes an archive item: sanitised, hashed and checked with
// the same schema as the bundled packs.
import { itemContentHash } from '../../../../shared/archive/hash'
import { plainEnglishIssue } from '../../../../shared/archive/packErrors'
import { archiveItemSchema, type ArchiveItem, type ArchiveItemDraft } from '../../../../shared/archive/schema'
import { importedId, type ImportEntry } from '../../../../shared/host/fileImport'
import { htmlToBlocks } from './sanitize'
import { fitBody } from '../../../../shared/archive/fitBody'
import { blockText } from '../../../../shared/archive/plainText'

/** `note`: what was changed on the way in (a body cut to the limit), for the import report. */
export type BuiltItem = { ok: true; item: ArchiveItem; note?: string } | { ok: false; message: string }

export async function buildItem(entry: ImportEntry): Promise<BuiltItem> {
  if (entry.kind === 'item') return check(entry.item)
  const page = entry.page
  const fitted = fitBody(htmlToBlocks(page.html, page.title))
  let body = fitted.body
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
  return built.ok && fitted.note ? { ...built, note: fitted.note } : built
}

function check(item: unknown): BuiltItem {
  const parsed = archiveItemSchema.safeParse(item, { error: plainEnglishIssue })
  if (parsed.success) return { ok: true, item: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, message: `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}` }
}
