// Turns one source article file (front matter + text) into an unhashed archive item.
// Metadata problems are thrown as SourceTextError with the line to fix; the pack schema later
// checks the assembled item again (lineOfField maps its errors back to lines).
import { parsePublishedDate, type PublishedDate } from '../dates/published'
import { SourceTextError, splitFrontMatter, type FrontMatterField } from './frontMatter'
import { restoreZwnj } from '../text/restoreZwnj'
import { fnv1a64Hex } from './stableHash'
import { ITEM_KINDS, type ArchiveItemDraft, type CuratedSummary, type DisplayText, type ItemKind } from './schema'
import { parseStructure, type SourceFormat } from './sourceStructure'
import { mapBlockText } from './plainText'

export { SourceTextError } from './frontMatter'

export interface ParsedSourceArticle {
  item: ArchiveItemDraft
  /** Source line for item field paths such as `title`, `body[3]`, `source`, `summaries[0]`. */
  fieldLines: Map<string, number>
}

/** Front matter keys, compared without case, `_` or `-` (summary_fa = summaryFa = summary-fa). */
const KEYS = {
  id: 'id',
  kind: 'kind',
  source: 'source',
  sourceen: 'sourceEn',
  sourceurl: 'sourceUrl',
  url: 'url',
  date: 'date',
  datenote: 'dateNote',
  event: 'event',
  eventen: 'eventEn',
  eventid: 'eventId',
  tags: 'tags',
  summaryfa: 'summary_fa',
  summaryen: 'summary_en',
  lead: 'lead',
  display: 'display'
} as const
type Key = (typeof KEYS)[keyof typeof KEYS]

export function formatOfFileName(fileName: string): SourceFormat {
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'plain'
}

/**
 * `000_e942ce09813ba0d2.txt` → `000-e942ce09813ba0d2`. A name with letters outside a-z (Persian)
 * would lose them in a slug, and such files would all collide; they get a hash of the whole name
 * instead (`گزارش ۲.txt` → `f-<12 hex>`, `news-الکامپ.md` → `news-<12 hex>`), stable across builds.
 */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').normalize('NFC')
  const slug = slugify(base)
  if (slug !== '' && /^[A-Za-z0-9 ._-]+$/.test(base)) return slug
  return `${slug || 'f'}-${fnv1a64Hex(base).slice(0, 12)}`
}

export function parseSourceArticle(text: string, fileName: string): ParsedSourceArticle {
  const { fields: rawFields, bodyLines } = splitFrontMatter(text)
  if (rawFields.size === 0) {
    throw new SourceTextError(
      'no front matter: start the file with a "---" block giving at least "source:" (the outlet) and "date:" (or an event), closed by "---"',
      1
    )
  }
  const fields = normaliseKeys(rawFields)
  const scalar = (key: Key): FrontMatterField & { value: string } | undefined => {
    const field = fields.get(key)
    if (field && typeof field.value !== 'string') throw new SourceTextError(`"${field.key}" must be a single value, not a list`, field.line)
    return field as (FrontMatterField & { value: string }) | undefined
  }

  const structure = parseStructure(bodyLines, formatOfFileName(fileName), readBoolean(scalar('lead')) ?? false)
  const fieldLines = new Map<string, number>([['title', structure.lines.title]])
  if (structure.lines.lead !== undefined) fieldLines.set('lead', structure.lines.lead)
  structure.lines.body.forEach((line, i) => fieldLines.set(`body[${i}]`, line))
  const note = (path: string, field: FrontMatterField | undefined): void => {
    if (field) fieldLines.set(path, field.line)
  }

  const id = scalar('id')
  note('id', id)
  const kindField = scalar('kind')
  note('kind', kindField)
  const kind = readKind(kindField)
  if (kind === 'digest' && !id) {
    throw new SourceTextError('a digest needs an explicit "id:" (e.g. d-e24-outlet-short-words), so its citations never move', kindField?.line ?? 1)
  }
  const sourceName = scalar('source')
  if (!sourceName) throw new SourceTextError('front matter needs "source:" (the outlet that published the article)', 1)
  const sourceEn = scalar('sourceEn')
  const sourceUrl = scalar('sourceUrl')
  note('source', sourceName)
  note('source.nameEn', sourceEn)
  note('source.url', sourceUrl)
  const url = scalar('url')
  note('url', url)

  const event = readEvent(scalar('event'), scalar('eventEn'), scalar('eventId'))
  note('event', fields.get('event') ?? fields.get('eventEn'))
  const published = readPublished(scalar('date'), scalar('dateNote'), event !== undefined)
  note('published', fields.get('date') ?? fields.get('event'))
  note('published.note', fields.get('dateNote'))

  const tagsField = fields.get('tags')
  note('tags', tagsField)
  const summaries: CuratedSummary[] = []
  for (const [key, lang] of [['summary_fa', 'fa'], ['summary_en', 'en']] as const) {
    const field = scalar(key)
    if (!field) continue
    fieldLines.set(`summaries[${summaries.length}]`, field.line)
    summaries.push({ lang, text: field.value, provenance: 'curated' })
  }

  const displayField = scalar('display')
  if (displayField && displayField.value !== DISPLAY_RESTORE_ZWNJ) {
    throw new SourceTextError(`"display" can only be "${DISPLAY_RESTORE_ZWNJ}"`, displayField.line)
  }
  note('display', displayField)

  const item: ArchiveItemDraft = {
    id: id?.value ?? slugFromFileName(fileName),
    // `article` is the default and is left out, so articles hash exactly as before kinds existed.
    ...(kind === 'digest' ? { kind } : {}),
    title: structure.title,
    ...(structure.lead === undefined ? {} : { lead: structure.lead }),
    body: structure.body,
    source: {
      name: sourceName.value,
      ...(sourceEn ? { nameEn: sourceEn.value } : {}),
      ...(sourceUrl ? { url: sourceUrl.value } : {})
    },
    ...(url ? { url: url.value } : {}),
    ...(event ? { event } : {}),
    published,
    tags: readTags(tagsField),
    summaries
  }
  if (displayField) item.display = zwnjRestoredCopy(item)
  return { item, fieldLines }
}

/** Front-matter value asking for a display copy with the half-spaces scraping lost put back. */
export const DISPLAY_RESTORE_ZWNJ = 'restore-zwnj'

/** The article's text with ZWNJ restored where it is certain; the original stays the authority. */
export function zwnjRestoredCopy(item: Pick<ArchiveItemDraft, 'title' | 'lead' | 'body'>): DisplayText {
  return {
    title: restoreZwnj(item.title),
    ...(item.lead === undefined ? {} : { lead: restoreZwnj(item.lead) }),
    body: item.body.map((block) => mapBlockText(block, restoreZwnj))
  }
}

/** The source line for a field path like `body[2].text`: the longest known prefix wins. */
export function lineOfField(fieldLines: Map<string, number>, path: string): number | undefined {
  let best: { length: number; line: number } | undefined
  for (const [prefix, line] of fieldLines) {
    const matches = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
    if (matches && (!best || prefix.length > best.length)) best = { length: prefix.length, line }
  }
  return best?.line
}

function normaliseKeys(raw: Map<string, FrontMatterField>): Map<Key, FrontMatterField> {
  const fields = new Map<Key, FrontMatterField>()
  for (const field of raw.values()) {
    const key = (KEYS as Record<string, Key | undefined>)[field.key.toLowerCase().replace(/[_-]/g, '')]
    if (!key) {
      throw new SourceTextError(`unknown front matter key "${field.key}"; known keys: ${Object.values(KEYS).join(', ')}`, field.line)
    }
    if (fields.has(key)) throw new SourceTextError(`"${field.key}" repeats "${fields.get(key)?.key}"`, field.line)
    fields.set(key, field)
  }
  return fields
}

function readKind(field: ScalarField): ItemKind {
  if (!field) return 'article'
  const kind = ITEM_KINDS.find((k) => k === field.value)
  if (!kind) throw new SourceTextError(`"kind" must be one of ${ITEM_KINDS.join(', ')}, got "${field.value}"`, field.line)
  return kind
}

function readBoolean(field: { value: string; line: number } | undefined): boolean | undefined {
  if (!field) return undefined
  if (field.value === 'true') return true
  if (field.value === 'false') return false
  throw new SourceTextError(`expected true or false, got "${field.value}"`, field.line)
}

type ScalarField = { value: string; line: number; key: string } | undefined

function readEvent(fa: ScalarField, en: ScalarField, id: ScalarField): ArchiveItemDraft['event'] {
  if (!fa && !en && !id) return undefined
  if (!fa || !en) {
    throw new SourceTextError('an event needs both "event" (Persian name) and "eventEn" (English name)', (fa ?? en ?? id)?.line ?? 1)
  }
  const eventId = id?.value ?? slugify(en.value)
  if (!eventId) throw new SourceTextError('cannot make an event id from "eventEn"; add "eventId"', en.line)
  return { id: eventId, fa: fa.value, en: en.value }
}

function readPublished(date: ScalarField, dateNote: ScalarField, hasEvent: boolean): PublishedDate {
  const note = dateNote ? { note: dateNote.value } : {}
  if (!date || date.value === 'event') {
    if (!hasEvent) {
      throw new SourceTextError('front matter needs "date:" (e.g. 1403-04-08, 1403-04, 1403) or an event', date?.line ?? 1)
    }
    return { precision: 'event', ...note }
  }
  const parsed = parsePublishedDate(date.value)
  if (!parsed.ok) throw new SourceTextError(`date: ${parsed.message}`, date.line)
  return { ...parsed.published, ...note }
}

/** `[a, b]`, a `- item` list, or `a، b, c` on one line (Persian or Latin commas). */
function readTags(field: FrontMatterField | undefined): string[] {
  if (!field) return []
  const tags = typeof field.value === 'string' ? field.value.split(/[,،]/u) : field.value
  return tags.map((t) => t.trim()).filter((t) => t !== '')
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}
