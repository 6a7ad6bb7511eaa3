import type { Language } from '../domain/language'
import type { ArchiveItem } from '../archive/schema'
import { readingTextOf } from '../article/readingText'
import { formatPublishedParts } from '../dates'
import { COLOURS, type Annotation, type Colour } from '../domain/annotation'
import type { SummaryVersion } from '../domain/summary'
import { extractKeyFigures } from '../summary'
import { currentSummary, versionsByArticle } from '../summary/currentSummary'
import { DEFAULT_COLOUR_MEANINGS } from '../domain/colourMeanings'
import type { ExportArticle, ExportDocument, ExportEntry, ExportGroup, ExportReference, ExportSummary } from './document'
import { LABELS, num } from './labels'
import { locate, numberParagraphs } from './locator'
import type { ExportOptions } from './options'

/** What the export is made from: the researcher's data, straight from the database. */
export interface ExportSource {
  archive: { id: string; title: string }
  articles: { item: ArchiveItem; sortKey: number }[]
  annotations: Annotation[]
  /** Summary versions made in the app; the newest per language wins over the pack's curated one. */
  summaries: SummaryVersion[]
  /** The researcher's own names for the colours, in place of the defaults. */
  colourMeanings?: Partial<Record<Colour, string>>
}

export interface BuildControl {
  /** Articles per chunk: between chunks the event loop breathes and cancel is checked. */
  chunkSize?: number
  onProgress?: (done: number, total: number) => void
  isCancelled?: () => boolean
}

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled')
  }
}

/**
 * Data → export document: filters by scope and what to include, groups per article (and per
 * colour meaning when ordered so), orders, and formats dates and labels in the heading language.
 * Works in chunks of articles so a big export can report progress and be cancelled.
 */
export async function buildExportDocument(
  source: ExportSource,
  options: ExportOptions,
  now: Date,
  control: BuildControl = {}
): Promise<ExportDocument> {
  const chosen = chooseAnnotations(source, options)
  const articles = chosenArticles(source, options, chosen)
  const meanings = colourMeanings(options.lang, source.colourMeanings)
  const summaries = versionsByArticle(source.summaries)
  const chunkSize = Math.max(1, control.chunkSize ?? 25)
  const out: ExportArticle[] = []
  for (let i = 0; i < articles.length; i += chunkSize) {
    if (control.isCancelled?.()) throw new ExportCancelled()
    for (const article of articles.slice(i, i + chunkSize)) {
      out.push(exportArticle(article.item, chosen.get(article.item.id) ?? [], options, meanings, summaries))
    }
    control.onProgress?.(out.length, articles.length)
    if (i + chunkSize < articles.length) await breathe()
  }
  if (control.isCancelled?.()) throw new ExportCancelled()
  return {
    format: 'bayegan.export',
    version: 2,
    lang: options.lang,
    archive: source.archive,
    scopeLabel: scopeLabel(source, options, meanings),
    exportedAt: localIso(now),
    include: options.include,
    order: options.order,
    articles: orderArticles(out, articles, options)
  }
}

const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** Live annotations in scope, by article id. */
function chooseAnnotations(source: ExportSource, { scope }: ExportOptions): Map<string, Annotation[]> {
  const articleTags = new Map(source.articles.map((a) => [a.item.id, a.item.tags]))
  const ids = scope.kind === 'article' ? new Set([scope.articleId]) : scope.kind === 'articles' ? new Set(scope.articleIds) : null
  const inScope = (a: Annotation): boolean => {
    switch (scope.kind) {
      case 'article':
      case 'articles':
        return ids?.has(a.articleId) ?? false
      // A tag names either the researcher's tag on the note or the archive's tag on its article.
      case 'tag':
        return a.tags.includes(scope.tag) || (articleTags.get(a.articleId) ?? []).includes(scope.tag)
      case 'colour':
        return a.colour === scope.colour
      case 'all':
        return true
    }
  }
  const byArticle = new Map<string, Annotation[]>()
  for (const a of source.annotations) {
    if (a.deletedAt || !inScope(a)) continue
    const list = byArticle.get(a.articleId)
    if (list) list.push(a)
    else byArticle.set(a.articleId, [a])
  }
  return byArticle
}

/** Chosen articles always appear (even with no notes); other scopes show articles that have notes in scope. */
function chosenArticles(source: ExportSource, { scope }: ExportOptions, chosen: Map<string, Annotation[]>): ExportSource['articles'] {
  if (scope.kind === 'article') return source.articles.filter((a) => a.item.id === scope.articleId)
  if (scope.kind === 'articles') {
    const ids = new Set(scope.articleIds)
    return source.articles.filter((a) => ids.has(a.item.id))
  }
  return source.articles.filter((a) => chosen.has(a.item.id))
}

function colourMeanings(lang: Language, own: Partial<Record<Colour, string>> = {}): Record<Colour, string> {
  const defaults = DEFAULT_COLOUR_MEANINGS[lang]
  return Object.fromEntries(COLOURS.map((c) => [c, own[c]?.trim() || defaults[c]])) as Record<Colour, string>
}

type SummaryIndex = Map<string, SummaryVersion[]>

function exportArticle(
  item: ArchiveItem,
  annotations: Annotation[],
  options: ExportOptions,
  meanings: Record<Colour, string>,
  summaries: SummaryIndex
): ExportArticle {
  const { include, lang } = options
  const numbered = annotations.length > 0 ? numberParagraphs(readingTextOf(item)) : []
  const entries = annotations
    .slice()
    .sort(options.order === 'date' ? byDate : byReadingOrder)
    .map((a) => toEntry(a, options, meanings, numbered))
    .filter((e): e is ExportEntry => e !== null)
  const summaryOf = (l: 'fa' | 'en'): ExportSummary | undefined => {
    const s = currentSummary(l, item.summaries, summaries.get(item.id) ?? [])
    if (!s) return undefined
    return { lang: l, text: s.text, provenance: s.provenance, ...(s.model ? { model: s.model } : {}), ...(s.createdAt ? { createdAt: s.createdAt } : {}) }
  }
  const wanted = (['fa', 'en'] as const).filter((l) => (l === 'fa' ? include.summaryFa : include.summaryEn))
  const published = formatPublishedParts(item.published, item.event, lang)
  const j = item.published.jalali
  return {
    id: item.id,
    ...(item.kind === 'digest' ? { kind: 'digest' as const } : {}),
    title: item.display?.title ?? item.title,
    source: { name: item.source.name, ...(item.source.nameEn ? { nameEn: item.source.nameEn } : {}), ...(item.source.url ? { url: item.source.url } : {}) },
    ...(item.url ? { url: item.url } : {}),
    published: published.secondary ? { primary: published.primary, secondary: published.secondary } : { primary: published.primary },
    issued: {
      precision: item.published.precision,
      ...(j ? { jalali: { year: j.year, ...(j.month !== undefined ? { month: j.month } : {}), ...(j.day !== undefined ? { day: j.day } : {}) } } : {}),
      ...(item.event ? { event: { fa: item.event.fa, en: item.event.en } } : {})
    },
    tags: include.tags ? item.tags : [],
    summaries: wanted.flatMap((l) => {
      const s = summaryOf(l)
      return s ? [s] : []
    }),
    keyFigures: include.keyFigures ? keyFiguresOf(item) : [],
    groups: group(entries, options, meanings),
    ...referencesOf(item)
  }
}

/** The article's links as references: each address once, with the words it was first on. */
export function referencesOf(item: ArchiveItem): { references?: ExportReference[] } {
  const seen = new Set<string>()
  const out: ExportReference[] = []
  for (const segment of readingTextOf(item).segments) {
    for (const link of segment.links ?? []) {
      if (seen.has(link.href) || out.length >= 500) continue
      seen.add(link.href)
      out.push({ text: segment.text.slice(link.start, link.end).slice(0, 500), url: link.href })
    }
  }
  return out.length > 0 ? { references: out } : {}
}

function keyFiguresOf(item: ArchiveItem): { fa: string; en: string }[] {
  const year = item.published.jalali?.year
  const figures = extractKeyFigures(readingTextOf(item).text, year ? { contextYear: year } : {})
  const seen = new Set<string>()
  return figures.flatMap((f) => (seen.has(f.fa) ? [] : (seen.add(f.fa), [{ fa: f.fa, en: f.en }]))).slice(0, 200)
}

function toEntry(a: Annotation, { include }: ExportOptions, meanings: Record<Colour, string>, numbered: ReturnType<typeof numberParagraphs>): ExportEntry | null {
  const quote = include.quotes ? a.quote : null
  const note = include.notes && a.note.trim() ? a.note : null
  const tags = include.tags ? a.tags : []
  if (!quote && !note && tags.length === 0) return null
  return {
    id: a.id,
    colour: a.colour,
    colourLabel: a.colour ? meanings[a.colour] : null,
    quote,
    note,
    tags,
    orphan: a.orphan,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    target: a.target,
    // An orphan's stored position is no longer trusted, so it gets no paragraph.
    locator: a.target && !a.orphan ? locate(numbered, a.target.selectors[1].start, a.target.selectors[1].end) : null
  }
}

/** Whole-article notes first, then highlights by where they start, orphans (no trusted position) last. */
function readingPosition(a: Annotation): number {
  if (!a.target) return -1
  return a.orphan ? Number.MAX_SAFE_INTEGER : a.target.selectors[1].start
}

function byReadingOrder(a: Annotation, b: Annotation): number {
  return readingPosition(a) - readingPosition(b) || byDate(a, b)
}

function byDate(a: Annotation, b: Annotation): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function group(entries: ExportEntry[], { order, lang }: ExportOptions, meanings: Record<Colour, string>): ExportGroup[] {
  if (entries.length === 0) return []
  if (order !== 'colour') return [{ colour: null, label: null, entries }]
  const groups: ExportGroup[] = COLOURS.map((c) => ({ colour: c, label: meanings[c], entries: entries.filter((e) => e.colour === c) }))
  groups.push({ colour: null, label: LABELS[lang].noColour, entries: entries.filter((e) => e.colour === null) })
  return groups.filter((g) => g.entries.length > 0)
}

function orderArticles(out: ExportArticle[], source: ExportSource['articles'], { order }: ExportOptions): ExportArticle[] {
  const sortKeys = new Map(source.map((a) => [a.item.id, a.sortKey]))
  const bySortKey = (a: ExportArticle, b: ExportArticle): number =>
    (sortKeys.get(a.id) ?? 0) - (sortKeys.get(b.id) ?? 0) || a.title.localeCompare(b.title, 'fa')
  if (order !== 'date') return out.sort(bySortKey)
  // By date: articles follow their first note, articles without notes come last.
  const first = (a: ExportArticle): string => a.groups[0]?.entries.map((e) => e.createdAt).sort()[0] ?? '\uffff'
  return out.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : bySortKey(a, b)))
}

function scopeLabel(source: ExportSource, { scope, lang }: ExportOptions, meanings: Record<Colour, string>): string {
  const l = LABELS[lang]
  switch (scope.kind) {
    case 'article': {
      const item = source.articles.find((a) => a.item.id === scope.articleId)?.item
      return item ? `${l.scopes.article}: ${item.display?.title ?? item.title}` : l.scopes.article
    }
    case 'articles':
      return `${l.scopes.articles} (${num(scope.articleIds.length, lang)})`
    case 'tag':
      return `${l.scopes.tag}: ${scope.tag}`
    case 'colour':
      return `${l.scopes.colour}: ${meanings[scope.colour]}`
    case 'all':
      return l.scopes.all
  }
}

/** An ISO date-time with the local offset, so the export date is the researcher's own calendar day. */
export function localIso(d: Date): string {
  const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0')
  const offset = -d.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  )
}
