/**
 * The file-import part of the host contract: limits, request schemas and what the main process
 * answers. Pure TypeScript and zod, shared by the main process and the renderer.
 *
 * The main process reads, measures, decodes and parses files; saved pages and feed entries come
 * back as PageDrafts whose HTML the renderer sanitises with DOMPurify on Chromium's own DOM (the
 * engine DOMPurify is built and tested for) before anything is stored.
 */
import { z } from 'zod'
import type { ImageType } from '../archive/images'
import type { ArchiveItem, ArchiveSource, Published } from '../archive/schema'

export const FILE_IMPORT_LIMITS = {
  /** A file larger than this is refused before it is read. */
  fileBytes: 20 * 1024 * 1024,
  /** Articles in one file (feed entries, pack items). */
  itemsPerFile: 1000,
  /** Element nesting in a page or feed; Readability slows quadratically on deep trees. */
  nestingDepth: 256,
  /** Files in one import (a folder is walked up to this many). */
  filesPerImport: 5000,
  /** Folder levels below the chosen folder. */
  folderDepth: 12,
  nameChars: 300,
  /** Import sessions kept open at once; the oldest is forgotten first. */
  sessions: 4
} as const

/** Base64 of the largest allowed file, plus padding. */
export const MAX_BASE64_CHARS = Math.ceil(FILE_IMPORT_LIMITS.fileBytes / 3) * 4

/** Extensions the folder walk and the dialogs offer. */
export const IMPORT_EXTENSIONS = ['html', 'htm', 'xhtml', 'mhtml', 'mht', 'xml', 'rss', 'atom', 'txt', 'md', 'markdown', 'json'] as const

const sessionId = z.string().regex(/^[0-9a-f-]{36}$/, 'must be a session id')

export const fileImportRequests = {
  'import:choose': z.strictObject({ mode: z.enum(['files', 'folder']) }),
  'import:read': z.strictObject({ sessionId, index: z.int().min(0).max(FILE_IMPORT_LIMITS.filesPerImport) }),
  'import:bytes': z.strictObject({
    name: z.string().min(1).max(FILE_IMPORT_LIMITS.nameChars),
    lastModified: z.number().finite().min(0).max(8.64e15),
    base64: z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  }),
  'import:close': z.strictObject({ sessionId }),
  /** Stops the file being read now (its worker is ended); the renderer stops asking for more. */
  'import:cancel': z.null(),
  'link:open': z.strictObject({ url: z.string().min(1).max(2000) })
} as const

/** 'mhtml': a page saved as one file (Chrome's "save as single file"), read by `src/main/import/mhtml.ts`. */
export type FileKind = 'html' | 'mhtml' | 'rss' | 'atom' | 'text' | 'markdown' | 'pack'

export type ImportFailureCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'malformed-json'
  | 'malformed-xml'
  | 'unsafe-xml'
  | 'too-deep'
  | 'too-many-items'
  | 'no-article'
  | 'not-a-feed'
  | 'invalid-pack'
  | 'invalid-text'
  | 'invalid-item'
  | 'unreadable'
  | 'timed-out'
  | 'cancelled'
  /** An .mhtml/.mht file whose MIME structure is missing, broken or ambiguous. */
  | 'not-mhtml'
  /** An MHTML file with no text/html part. */
  | 'no-html-part'
  /** An MHTML file with more parts than are read, and no page among those read. */
  | 'too-many-parts'

export interface ImportFailure {
  code: ImportFailureCode
  /** Plain English detail for the "technical details" line. */
  message: string
  /** 1-based place in the file, when known. */
  line?: number
  column?: number
}

/**
 * What the reader changed in a page on the way in, for the import report (shown translated;
 * `count` where there is one). The renderer adds what its sanitiser drops.
 */
export type PageChange =
  | { kind: 'byline-moved' }
  | { kind: 'date-line-moved' }
  | { kind: 'lead-repeated' }
  | { kind: 'read-also-removed'; count: number }
  /** Pictures found locally (a `_files` folder, a `data:` URL, an MHTML part) and stored with the article. */
  | { kind: 'images-kept'; count: number }
  /** Local pictures the page names but that are not there (or a dropped file, whose folder is unknown). */
  | { kind: 'images-not-found'; count: number }
  /** Pictures on the web: never fetched, shown as a placeholder with their alt text and caption. */
  | { kind: 'images-remote'; count: number }
  | { kind: 'images-too-large'; count: number }
  /** Not a PNG, JPEG, GIF or WebP by their bytes (SVG, a file lying about its type), or outside the page's folder. */
  | { kind: 'images-refused'; count: number }
  | { kind: 'links-kept'; count: number }
  /** Links whose address is not on the web (relative with no page address, mailto:, …): their text stays. */
  | { kind: 'links-dropped'; count: number }
  /** javascript:, data:, file: and similar links: made plain text. */
  | { kind: 'links-unsafe'; count: number }
  | { kind: 'scripts-removed'; count: number }
  | { kind: 'forms-removed'; count: number }
  /** Parts of a saved single-file page (MHTML) not kept: too large, damaged, or past the limits. */
  | { kind: 'saved-parts-skipped'; count: number }

/** A picture kept from a page, checked by its bytes in the main process and again in the renderer. */
export interface PageImage {
  /** SHA-256 of the bytes, lowercase hex: how the article's figure names it. */
  hash: string
  contentType: ImageType
  /** The bytes as base64 (it crosses the bridge as text). */
  base64: string
}

/** A saved page or feed entry: metadata read by the main process, HTML not yet sanitised. */
export interface PageDraft {
  title: string
  lead?: string
  /** From a byline, `meta[name=author]` or JSON-LD; the byline is removed from the body. */
  author?: string
  /**
   * Untrusted markup: the renderer sanitises it (DOMPurify) and keeps text structure (headings,
   * lists, quotes, tables, figures), http(s) links, and kept pictures as `#image-<sha256>`.
   */
  html: string
  /** Pictures the markup names as `#image-<sha256>`. */
  images?: PageImage[]
  source: ArchiveSource
  url?: string
  published: Published
  tags: string[]
  changes?: PageChange[]
}

export type ImportEntry = { kind: 'item'; item: ArchiveItem } | { kind: 'page'; page: PageDraft }

export type ParsedFile =
  | { status: 'parsed'; file: string; kind: FileKind; encoding: string; entries: ImportEntry[]; notes: string[] }
  | { status: 'failed'; file: string; kind?: FileKind; failure: ImportFailure }

export interface ImportListing {
  /** Empty when the researcher cancelled the dialog. */
  sessionId: string
  files: { index: number; name: string; bytes: number }[]
  /** Files in a chosen folder that were not offered for import, with why. */
  skipped: { name: string; reason: 'unsupported-type' | 'symlink' | 'hidden' | 'too-deep' | 'too-many' | 'page-files' }[]
}

export interface FileImportResponses {
  'import:choose': ImportListing
  'import:read': ParsedFile
  'import:bytes': ParsedFile
  'import:close': null
  'import:cancel': { cancelled: boolean }
  'link:open': { opened: boolean }
}

/** Imported articles live in the articles table under this pack id. */
export const IMPORTED_PACK_ID = 'imported'

/** A stable id for an imported article: the same URL (or, without one, the same text) gives the same id. */
export async function importedId(url: string | undefined, title: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(url ?? `${title}\n${text}`)
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes))
  return `imported-${Array.from(digest.subarray(0, 10), (b) => b.toString(16).padStart(2, '0')).join('')}`
}
