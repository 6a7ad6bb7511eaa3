// One followed feed, checked once: fetch it with every limit, read it as RSS/Atom, keep the entries
// that mention a keyword (matched on our analyser's terms, so ي/ی, ك/ک and ZWNJ do not matter),
// then fetch each matching entry's page, sequentially with a small delay per host and at most
// `pagesPerCheck` pages, and read it like a saved page. A page that fails keeps the feed's own
// entry text, so nothing matched is lost. The network and the page reader are injected.
import { FILE_IMPORT_LIMITS, type PageDraft, type ParsedFile } from '../../shared/host/fileImport'
import { analyseTerms } from '../../shared/text'
import { decodeBytes } from '../import/decode'
import { readFeed } from '../import/feed'
import { parseFile } from '../import/parseFile'
import { checkXml } from '../import/xmlCheck'
import type { FetchProblem, Fetched } from './fetchLimited'

export interface FollowedFeed {
  url: string
  keywords: string[]
}

export type FeedProblem = FetchProblem | 'not-a-feed' | 'malformed-xml'

export type FeedCheck =
  | {
      status: 'ok'
      /** Entries in the feed, entries that matched, and the matching pages taken (the rest wait for the next check). */
      total: number
      matched: number
      taken: PageDraft[]
      /** Matching entries whose page could not be fetched or read; their feed text was kept. */
      pageProblems: number
    }
  | { status: 'failed'; problem: FeedProblem; message: string }

export interface CheckDeps {
  fetch: (url: string) => Promise<Fetched>
  /** Reads a fetched page: the app passes its worker parser (time and memory limits); tests and the default use parseFile. */
  parse?: (input: { name: string; bytes: Uint8Array; lastModified: number }) => Promise<ParsedFile>
  /** Waits between two requests to the same host. */
  pause?: (ms: number) => Promise<void>
  now?: () => number
}

export const FEED_CHECK_LIMITS = { pagesPerCheck: 50, politeDelayMs: 1000 }

/** Every term of one keyword appears among the text's terms. No keywords: everything matches. */
export function matchesKeywords(text: string, keywords: readonly string[]): boolean {
  if (keywords.length === 0) return true
  const terms = new Set(analyseTerms(text))
  return keywords.some((keyword) => {
    const wanted = analyseTerms(keyword)
    return wanted.length > 0 && wanted.every((t) => terms.has(t))
  })
}

const plain = (html: string): string => html.replace(/<[^>]*>/g, ' ')

export async function checkFeed(feed: FollowedFeed, deps: CheckDeps, limits = FEED_CHECK_LIMITS): Promise<FeedCheck> {
  const now = deps.now ?? Date.now
  const pause = deps.pause ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const parse = deps.parse ?? parseFile
  const fetched = await deps.fetch(feed.url)
  if (!fetched.ok) return { status: 'failed', problem: fetched.problem, message: fetched.message }
  const decoded = decodeBytes(fetched.body)
  if (!decoded.ok) return { status: 'failed', problem: 'not-a-feed', message: decoded.message }
  const xmlProblem = checkXml(decoded.text, FILE_IMPORT_LIMITS.nestingDepth)
  if (xmlProblem) return { status: 'failed', problem: 'malformed-xml', message: xmlProblem.message }
  let entries: PageDraft[]
  try {
    entries = readFeed(decoded.text, now()).entries
  } catch (error) {
    return { status: 'failed', problem: 'not-a-feed', message: error instanceof Error ? error.message : String(error) }
  }
  const matching = entries.filter((e) => matchesKeywords(`${e.title}\n${e.lead ?? ''}\n${plain(e.html)}`, feed.keywords))
  const taken: PageDraft[] = []
  let pageProblems = 0
  const lastHit = new Map<string, number>()
  for (const entry of matching.slice(0, limits.pagesPerCheck)) {
    if (!entry.url) {
      taken.push(entry)
      continue
    }
    const host = new URL(entry.url).host
    const since = now() - (lastHit.get(host) ?? -Infinity)
    if (since < limits.politeDelayMs) await pause(limits.politeDelayMs - since)
    lastHit.set(host, now())
    const page = await deps.fetch(entry.url)
    const article = page.ok ? await articleOf(parse, page.body, now()) : undefined
    if (article) taken.push({ ...article, url: article.url ?? entry.url, source: article.source.url ? article.source : entry.source })
    else {
      pageProblems++
      taken.push(entry)
    }
  }
  return { status: 'ok', total: entries.length, matched: matching.length, taken, pageProblems }
}

async function articleOf(parse: NonNullable<CheckDeps['parse']>, bytes: Buffer, at: number): Promise<PageDraft | undefined> {
  // A copy of exactly these bytes: a Buffer may be a view into a larger pooled buffer, and the
  // worker parser reads the whole underlying buffer it is given.
  const parsed = await parse({ name: 'page.html', bytes: Uint8Array.from(bytes), lastModified: at }).catch(() => undefined)
  const first = parsed?.status === 'parsed' ? parsed.entries[0] : undefined
  return first?.kind === 'page' ? first.page : undefined
}
