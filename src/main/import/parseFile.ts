// One file in, one report out: kind, encoding and the articles found, or why it was refused and
// where. Never throws for bad input; every limit is checked before the expensive step it guards.
import { fitBody } from '../../shared/archive/fitBody'
import { itemContentHash } from '../../shared/archive/hash'
import { plainEnglishIssue, formatPackError } from '../../shared/archive/packErrors'
import { parsePackText } from '../../shared/archive/parsePack'
import { archiveItemSchema } from '../../shared/archive/schema'
import { SourceTextError } from '../../shared/archive/sourceText'
import { FILE_IMPORT_LIMITS, type FileKind, type ImportFailure, type PageDraft, type ParsedFile } from '../../shared/host/fileImport'
import { decodeBytes } from './decode'
import { markupDepth } from './depthScan'
import { looksLikeFeed, readFeed } from './feed'
import { ImportProblem, readPage } from './html'
import { readMhtml, MhtmlProblem, type Mhtml } from './mhtml'
import { webAddress } from './metadata'
import { mhtmlResolver, type ResourceResolver } from './resources'
import { readTextArticle } from './textFile'
import { checkXml } from './xmlCheck'
import { hasDirectionOverride, showDirectionOverrides } from '../../shared/text/controls'

export interface FileInput {
  /** Shown in the report: the file's name, or its path inside the chosen folder. */
  name: string
  bytes: Uint8Array
  lastModified: number
  /** Finds the page's own pictures (the folder it was saved in, MHTML parts); none for dropped files. */
  resolve?: ResourceResolver
}

export function kindOfName(name: string): FileKind | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  switch (ext) {
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html'
    case 'mhtml':
    case 'mht':
      return 'mhtml'
    case 'xml':
    case 'rss':
      return 'rss'
    case 'atom':
      return 'atom'
    case 'txt':
      return 'text'
    case 'md':
    case 'markdown':
      return 'markdown'
    case 'json':
      return 'pack'
    default:
      return undefined
  }
}

export function tooLarge(name: string, bytes: number): ParsedFile {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
  return failed(name, undefined, {
    code: 'too-large',
    message: `the file is ${mb(bytes)} MB; at most ${mb(FILE_IMPORT_LIMITS.fileBytes)} MB can be imported`
  })
}

export async function parseFile(input: FileInput): Promise<ParsedFile> {
  const { bytes, lastModified } = input
  // A file name is shown in the report: a direction override in it would disguise its type.
  const name = showDirectionOverrides(input.name)
  let kind = kindOfName(name)
  if (!kind) return failed(name, undefined, { code: 'unsupported', message: `files of this type are not imported (${name.split('.').pop() ?? 'no extension'})` })
  if (bytes.length > FILE_IMPORT_LIMITS.fileBytes) return tooLarge(name, bytes.length)
  if (bytes.length === 0) return failed(name, kind, { code: 'empty', message: 'the file is empty' })
  // MHTML is MIME, not text: its parts are decoded (and its page's charset read) by its own reader.
  if (kind === 'mhtml') return readMhtmlFile(name, bytes, lastModified)

  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return failed(name, kind, { code: 'binary', message: decoded.message })
  const text = decoded.text
  if (text.trim() === '') return failed(name, kind, { code: 'empty', message: 'the file holds only white space' })
  const notes = decoded.note ? [decoded.note] : []
  // Saved feeds often end in .xml or even .html: the content decides.
  if ((kind === 'html' || kind === 'rss' || kind === 'atom') && looksLikeFeed(text)) kind = /<feed[\s>]/i.test(text.slice(0, 2048)) ? 'atom' : 'rss'
  else if (kind === 'rss' || kind === 'atom') kind = /<html[\s>]/i.test(text.slice(0, 2048)) ? 'html' : kind

  try {
    switch (kind) {
      case 'html':
        return readHtmlPage(name, 'html', text, decoded.encoding, notes, lastModified, input.resolve ? { resolveResource: input.resolve } : {})
      case 'rss':
      case 'atom': {
        const problem = checkXml(text, FILE_IMPORT_LIMITS.nestingDepth)
        if (problem) {
          const code = problem.unsafe ? 'unsafe-xml' : problem.tooDeep ? 'too-deep' : 'malformed-xml'
          return failed(name, kind, { code, message: problem.message, line: problem.line, column: problem.column })
        }
        const feed = readFeed(text, lastModified)
        if (feed.entries.length === 0) return failed(name, feed.kind, { code: 'no-article', message: 'the feed has no entries' })
        return { status: 'parsed', file: name, kind: feed.kind, encoding: decoded.encoding, entries: feed.entries.map((page) => ({ kind: 'page', page: visibleLabels(page, notes) })), notes }
      }
      case 'text':
      case 'markdown': {
        const read = visibleLabels(await readTextArticle(text, name, lastModified), notes)
        const fitted = fitBody(read.body)
        if (fitted.note) notes.push(fitted.note)
        const draft = {
          ...read,
          body: fitted.body,
          ...(read.display ? { display: { ...read.display, body: read.display.body.slice(0, fitted.body.length) } } : {})
        }
        const item = { ...draft, contentHash: await itemContentHash(draft) }
        const checked = archiveItemSchema.safeParse(item, { error: plainEnglishIssue })
        if (!checked.success) {
          const issue = checked.error.issues[0]
          return failed(name, kind, { code: 'invalid-item', message: `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}` })
        }
        return { status: 'parsed', file: name, kind, encoding: decoded.encoding, entries: [{ kind: 'item', item: checked.data }], notes }
      }
      case 'pack':
        return await readPackFile(name, text, decoded.encoding, notes)
    }
  } catch (error) {
    return failedWith(name, kind, error)
  }
}

function failedWith(name: string, kind: FileKind, error: unknown): ParsedFile {
  if (error instanceof ImportProblem) return failed(name, kind, { code: error.code, message: error.message })
  if (error instanceof MhtmlProblem) return failed(name, kind, { code: error.code, message: error.message })
  if (error instanceof SourceTextError) return failed(name, kind, { code: 'invalid-text', message: error.message, line: error.line })
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return failed(name, kind, { code: 'too-deep', message: 'the file is nested too deeply to read' })
  }
  return failed(name, kind, { code: 'unreadable', message: error instanceof Error ? error.message : String(error) })
}

/** What a saved page brings besides its HTML: its resources, and the address it was saved from. */
interface PageContext {
  resolveResource?: ResourceResolver
  /** From the saving browser (MHTML's Snapshot-Content-Location), used when the page names no address of its own. */
  originalUrl?: string
}

/** One saved page, whatever file it came in: the same steps for .html and the page part of .mhtml. */
function readHtmlPage(name: string, kind: 'html' | 'mhtml', text: string, encoding: string, notes: string[], lastModified: number, context: PageContext): ParsedFile {
  const depth = markupDepth(text, FILE_IMPORT_LIMITS.nestingDepth)
  if (depth > FILE_IMPORT_LIMITS.nestingDepth) {
    return failed(name, kind, { code: 'too-deep', message: `elements are nested more than ${FILE_IMPORT_LIMITS.nestingDepth} deep` })
  }
  const read = withOriginalUrl(readPage(text, lastModified, context.resolveResource), context.originalUrl)
  const page = visibleLabels(read, notes)
  return { status: 'parsed', file: name, kind, encoding, entries: [{ kind: 'page', page }], notes }
}

function readMhtmlFile(name: string, bytes: Uint8Array, lastModified: number): ParsedFile {
  try {
    const saved: Mhtml = readMhtml(bytes)
    const notes = [...saved.notes, ...saved.skipped.slice(0, 5).map((s) => `part not kept (${s.reason}): ${s.what}`)]
    if (saved.skipped.length > 5) notes.push(`…and ${saved.skipped.length - 5} more parts not kept`)
    const originalUrl = webAddress(saved.baseUrl)
    const parsed = readHtmlPage(name, 'mhtml', saved.html, saved.encoding, notes, lastModified, {
      resolveResource: mhtmlResolver(saved.resources, originalUrl ?? saved.baseUrl),
      ...(originalUrl ? { originalUrl } : {})
    })
    if (parsed.status !== 'parsed' || saved.skipped.length === 0) return parsed
    return { ...parsed, entries: parsed.entries.map((e) => (e.kind === 'page' ? { ...e, page: { ...e.page, changes: [...(e.page.changes ?? []), { kind: 'saved-parts-skipped' as const, count: saved.skipped.length }] } } : e)) }
  } catch (error) {
    return failedWith(name, 'mhtml', error)
  }
}

/** A page that names no address of its own takes the one the browser saved it from (and its host as the source, if unknown). */
function withOriginalUrl(page: PageDraft, originalUrl: string | undefined): PageDraft {
  if (page.url || !originalUrl) return page
  const origin = new URL(originalUrl)
  const unknownSource = page.source.nameEn !== undefined && !page.source.url
  const source = page.source.url
    ? page.source
    : unknownSource
      ? { name: origin.hostname.replace(/^www\./, ''), url: `${origin.origin}/` }
      : { ...page.source, url: `${origin.origin}/` }
  return { ...page, url: originalUrl, source }
}

async function readPackFile(name: string, text: string, encoding: string, notes: string[]): Promise<ParsedFile> {
  const result = await parsePackText(text)
  if (!result.ok) {
    const first = result.errors[0]
    const place = /line (\d+), column (\d+)/.exec(first?.message ?? '')
    const json = place !== null && first?.path === ''
    return failed(name, 'pack', {
      code: json ? 'malformed-json' : 'invalid-pack',
      message: result.errors.slice(0, 5).map(formatPackError).join('; '),
      ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {})
    })
  }
  const items = result.pack.items
  if (items.length > FILE_IMPORT_LIMITS.itemsPerFile) {
    return failed(name, 'pack', { code: 'too-many-items', message: `the pack has ${items.length} items; at most ${FILE_IMPORT_LIMITS.itemsPerFile} per file` })
  }
  return { status: 'parsed', file: name, kind: 'pack', encoding, entries: items.map((item) => ({ kind: 'item', item })), notes }
}

/**
 * Titles and tags from a page are shown in lists: a direction override (U+202D/E) is replaced by a
 * visible marker, and the report says so, rather than let «exe.jpg» pass for a picture.
 */
function visibleLabels<T extends { title: string; tags: string[] }>(entry: T, notes: string[]): T {
  if (!hasDirectionOverride(entry.title) && !entry.tags.some(hasDirectionOverride)) return entry
  const note = 'a title or tag held invisible direction-override characters; they are shown as ⟨RLO⟩/⟨LRO⟩'
  if (!notes.includes(note)) notes.push(note)
  return { ...entry, title: showDirectionOverrides(entry.title), tags: entry.tags.map(showDirectionOverrides) }
}

function failed(file: string, kind: FileKind | undefined, failure: ImportFailure): ParsedFile {
  return { status: 'failed', file, ...(kind ? { kind } : {}), failure }
}
