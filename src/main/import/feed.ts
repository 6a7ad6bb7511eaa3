// RSS 2.0 and Atom feeds saved to disk: each entry becomes a PageDraft. The XML has passed
// checkXml (well-formed, no DTD, bounded depth) before linkedom builds a DOM from it.
import { parseHTML } from 'linkedom'
import { PACK_LIMITS } from '../../shared/archive/limits'
import type { ArchiveSource } from '../../shared/archive/schema'
import { FILE_IMPORT_LIMITS, type PageDraft } from '../../shared/host/fileImport'
import { ImportProblem, uniqueTags } from './html'
import { cleanText, fallbackPublished, publishedFrom, webAddress } from './metadata'

type XmlDoc = ReturnType<InstanceType<ReturnType<typeof parseHTML>['DOMParser']>['parseFromString']>
type Node = NonNullable<ReturnType<XmlDoc['querySelector']>>

export interface Feed {
  kind: 'rss' | 'atom'
  entries: PageDraft[]
}

/** True when the text looks like a feed rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048)
  return /<rss[\s>]/i.test(head) || /<feed[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head)
}

export function readFeed(xml: string, lastModified: number): Feed {
  const { DOMParser } = parseHTML('<html></html>')
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const root = doc.documentElement as unknown as Node | null
  const rootName = root ? localName(root) : ''
  if (rootName === 'rss' || rootName === 'rdf') return { kind: 'rss', entries: readRss(root as Node, lastModified) }
  if (rootName === 'feed') return { kind: 'atom', entries: readAtom(root as Node, lastModified) }
  throw new ImportProblem('not-a-feed', `the XML root is <${rootName || '?'}>, not an RSS <rss> or Atom <feed>`)
}

function readRss(root: Node, lastModified: number): PageDraft[] {
  const channel = child(root, 'channel') ?? root
  const source = feedSource(text(child(channel, 'title')), text(child(channel, 'link')))
  const items = children(channel, 'item').concat(channel === root ? [] : children(root, 'item'))
  checkCount(items.length)
  return items.flatMap((item) => {
    const link = webAddress(text(child(item, 'link'))) ?? webAddress(guidLink(item))
    const html = text(child(item, 'content:encoded')) ?? text(child(item, 'description')) ?? ''
    const date = text(child(item, 'pubDate')) ?? text(child(item, 'dc:date'))
    const tags = children(item, 'category').map((c) => text(c) ?? '')
    return entry(text(child(item, 'title')), html, source, link, date, tags, lastModified)
  })
}

function readAtom(root: Node, lastModified: number): PageDraft[] {
  const source = feedSource(text(child(root, 'title')), alternateLink(root))
  const entries = children(root, 'entry')
  checkCount(entries.length)
  return entries.flatMap((e) => {
    const content = child(e, 'content') ?? child(e, 'summary')
    const raw = text(content) ?? ''
    const html = content?.getAttribute('type') === 'text' ? paragraphsOf(raw) : raw
    const date = text(child(e, 'published')) ?? text(child(e, 'updated'))
    const tags = children(e, 'category').map((c) => c.getAttribute('term') ?? '')
    return entry(text(child(e, 'title')), html, source, webAddress(alternateLink(e)), date, tags, lastModified)
  })
}

function entry(
  rawTitle: string | undefined,
  html: string,
  source: ArchiveSource,
  url: string | undefined,
  date: string | undefined,
  tags: string[],
  lastModified: number
): PageDraft[] {
  // A title may carry escaped markup; only its text is kept.
  const title = cleanText(rawTitle?.replace(/<[^>]*>/g, ' '), PACK_LIMITS.titleChars)
  if (!title && !html.trim()) return []
  return [
    {
      title: title ?? '(بی‌عنوان)',
      html: html.trim() ? html : `<p>${escapeHtml(title ?? '')}</p>`,
      source,
      ...(url ? { url } : {}),
      published: publishedFrom(date) ?? fallbackPublished(lastModified),
      tags: uniqueTags(tags)
    }
  ]
}

function feedSource(title: string | undefined, link: string | undefined): ArchiveSource {
  const url = webAddress(link)
  const name = cleanText(title, PACK_LIMITS.nameChars) ?? (url ? new URL(url).hostname : undefined)
  return { name: name ?? 'منبع نامعلوم', ...(name ? {} : { nameEn: 'Unknown source' }), ...(url ? { url } : {}) }
}

function checkCount(count: number): void {
  if (count > FILE_IMPORT_LIMITS.itemsPerFile) {
    throw new ImportProblem('too-many-items', `the feed has ${count} entries; at most ${FILE_IMPORT_LIMITS.itemsPerFile} per file`)
  }
}

function guidLink(item: Node): string | undefined {
  const guid = child(item, 'guid')
  return guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : undefined
}

function alternateLink(el: Node): string | undefined {
  const links = children(el, 'link')
  const chosen = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
  return chosen?.getAttribute('href') ?? undefined
}

function localName(el: Node): string {
  return (el.tagName ?? '').toLowerCase().replace(/^[^:]*:(?=rdf$)/, '')
}

function children(el: Node, name: string): Node[] {
  const wanted = name.toLowerCase()
  return [...el.children].filter((c) => (c.tagName ?? '').toLowerCase() === wanted) as Node[]
}

function child(el: Node, name: string): Node | undefined {
  return children(el, name)[0]
}

function text(el: Node | undefined): string | undefined {
  const value = el?.textContent?.trim()
  return value ? value : undefined
}

function paragraphsOf(plain: string): string {
  return plain
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
