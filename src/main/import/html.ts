// Saved web pages: metadata from og:*, article:*, JSON-LD NewsArticle and <meta>, main text found
// by Mozilla Readability on a linkedom DOM. No script runs: linkedom has no script engine and
// loads nothing. The article HTML is returned unsanitised for the renderer to sanitise.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { PACK_LIMITS } from '../../shared/archive/limits'
import type { ArchiveSource } from '../../shared/archive/schema'
import { FILE_IMPORT_LIMITS, type PageDraft } from '../../shared/host/fileImport'
import { cleanText, fallbackPublished, publishedFrom, webAddress } from './metadata'
import { countUnsafeLinks, keepImages, keepLinks, removeUnsafeLinks, type RootLike } from './pageImages'
import type { ResourceResolver } from './resources'
import { authorFromLd, leadRepeats, plausibleName, siteNameFromTitle, takeVisibleMeta } from './pageMeta'

export class ImportProblem extends Error {
  constructor(
    readonly code: 'too-deep' | 'no-article' | 'not-a-feed' | 'too-many-items',
    message: string
  ) {
    super(message)
  }
}

type Doc = ReturnType<typeof parseHTML>['document']
type El = NonNullable<ReturnType<Doc['querySelector']>>

interface JsonLdArticle {
  headline?: string
  description?: string
  datePublished?: string
  url?: string
  publisher?: string
  author?: string
  keywords: string[]
}

/**
 * `resolve` finds the page's own pictures (files saved beside it, MHTML parts); without one only
 * `data:` pictures can be kept. Nothing is ever fetched.
 */
export function readPage(html: string, lastModified: number, resolve?: ResourceResolver): PageDraft {
  const { document } = parseHTML(html)
  const depth = maxDepth(document.documentElement as unknown as El)
  if (depth > FILE_IMPORT_LIMITS.nestingDepth) {
    throw new ImportProblem('too-deep', `elements are nested ${depth} deep; at most ${FILE_IMPORT_LIMITS.nestingDepth} allowed`)
  }
  const meta = (key: string): string | undefined => {
    for (const el of document.querySelectorAll('meta')) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
      if (name === key) return el.getAttribute('content') ?? undefined
    }
    return undefined
  }
  const metaAll = (key: string): string[] =>
    [...document.querySelectorAll('meta')]
      .filter((el) => (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase() === key)
      .map((el) => el.getAttribute('content') ?? '')
  const ld = readJsonLd(document)
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const url = webAddress(ld.url) ?? webAddress(meta('og:url')) ?? webAddress(canonical)
  const titleSuffixSite = siteNameFromTitle(document.querySelector('title')?.textContent)
  const scripts = document.querySelectorAll('script:not([type="application/ld+json"])').length
  const forms = document.querySelectorAll('form').length
  removeUnsafeLinks(document as unknown as RootLike)
  // Bylines and read-also lines leave the body; visible dates are kept for when no machine date exists.
  const visible = takeVisibleMeta(document.body as unknown as Parameters<typeof takeVisibleMeta>[0])
  const metaAuthor = meta('author')
  const author = (metaAuthor ? plausibleName(metaAuthor) : undefined) ?? ld.author ?? visible.author

  // Readability changes the document it reads, so metadata is taken first.
  const article = new Readability(document as unknown as Document, { charThreshold: 80, keepClasses: false }).parse()
  if (!article?.content || !cleanText(article.textContent, 10)) {
    throw new ImportProblem('no-article', 'no article text was found in the page')
  }
  const title =
    cleanText(ld.headline, PACK_LIMITS.titleChars) ??
    cleanText(meta('og:title'), PACK_LIMITS.titleChars) ??
    cleanText(article.title, PACK_LIMITS.titleChars) ??
    cleanText(document.querySelector('title')?.textContent, PACK_LIMITS.titleChars)
  if (!title) throw new ImportProblem('no-article', 'the page has no title')

  const siteName = cleanText(meta('og:site_name') ?? ld.publisher ?? article.siteName ?? titleSuffixSite, PACK_LIMITS.nameChars)
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : undefined
  const source: ArchiveSource = {
    name: siteName ?? host ?? 'منبع نامعلوم',
    ...(siteName === undefined && host === undefined ? { nameEn: 'Unknown source' } : {}),
    ...(url ? { url: new URL(url).origin + '/' } : {})
  }
  const published =
    publishedFrom(ld.datePublished) ??
    publishedFrom(meta('article:published_time')) ??
    publishedFrom(article.publishedTime) ??
    publishedFrom(meta('date')) ??
    publishedFrom(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    visible.published ??
    fallbackPublished(lastModified)
  const changes = [...visible.changes]
  const content = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document
  const firstParagraph = content.querySelector('p')?.textContent ?? ''
  let lead = cleanText(ld.description ?? meta('og:description') ?? meta('description'), PACK_LIMITS.leadChars)
  if (lead && leadRepeats(lead, firstParagraph)) {
    lead = undefined
    changes.push({ kind: 'lead-repeated' })
  }
  const counted = (kind: 'scripts-removed' | 'forms-removed', count: number) => {
    if (count > 0) changes.push({ kind, count })
  }
  // Pictures found locally are kept (checked by their bytes); links keep web addresses only.
  const kept = keepImages(content as unknown as RootLike, resolve)
  changes.push(...kept.changes, ...keepLinks(content as unknown as RootLike, url), ...countUnsafeLinks(content as unknown as RootLike))
  counted('scripts-removed', scripts)
  counted('forms-removed', forms)
  const tags = uniqueTags([...metaAll('article:tag'), ...ld.keywords, ...(meta('keywords')?.split(/[,،]/) ?? [])])
  return {
    title,
    ...(lead && lead !== title ? { lead } : {}),
    ...(author ? { author: author.slice(0, PACK_LIMITS.nameChars) } : {}),
    html: content.body.innerHTML,
    ...(kept.images.length > 0 ? { images: kept.images } : {}),
    source,
    ...(url ? { url } : {}),
    published,
    tags,
    ...(changes.length > 0 ? { changes } : {})
  }
}

/** Depth of the element tree, walked without recursion. */
function maxDepth(root: El | null): number {
  if (!root) return 0
  let deepest = 0
  const stack: [El, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [El, number]
    if (depth > deepest) deepest = depth
    if (deepest > FILE_IMPORT_LIMITS.nestingDepth) return deepest
    for (const child of el.children) stack.push([child as El, depth + 1])
  }
  return deepest
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle'])

function readJsonLd(document: Doc): JsonLdArticle {
  const found: JsonLdArticle = { keywords: [] }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? ''
    if (text.length > 1_000_000) continue
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      continue // a broken JSON-LD block is ignored; the page may still have og:* metadata
    }
    const candidates = flattenGraph(data)
    const article = candidates.find((node) => types(node).some((t) => ARTICLE_TYPES.has(t.toLowerCase())))
    if (!article) continue
    found.headline ??= str(article['headline'])
    found.description ??= str(article['description'])
    found.datePublished ??= str(article['datePublished']) ?? str(article['dateCreated'])
    found.url ??= str(article['url']) ?? str(record(article['mainEntityOfPage'])?.['@id']) ?? str(article['mainEntityOfPage'])
    found.publisher ??= str(record(article['publisher'])?.['name'])
    found.author ??= authorFromLd(article['author'])
    const keywords = article['keywords']
    if (typeof keywords === 'string') found.keywords.push(...keywords.split(/[,،]/))
    else if (Array.isArray(keywords)) found.keywords.push(...keywords.filter((k): k is string => typeof k === 'string'))
  }
  return found
}

function flattenGraph(data: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const queue: unknown[] = [data]
  while (queue.length > 0 && out.length < 200) {
    const node = queue.shift()
    if (Array.isArray(node)) queue.push(...node.slice(0, 200))
    else if (isRecord(node)) {
      out.push(node)
      if (Array.isArray(node['@graph'])) queue.push(...node['@graph'].slice(0, 200))
    }
  }
  return out
}

function types(node: Record<string, unknown>): string[] {
  const t = node['@type']
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

export function uniqueTags(raw: string[]): string[] {
  const tags: string[] = []
  for (const candidate of raw) {
    const tag = cleanText(candidate, PACK_LIMITS.tagChars)
    if (tag && !tags.includes(tag)) tags.push(tag)
    if (tags.length >= PACK_LIMITS.tags) break
  }
  return tags
}
