import { ANNO_CONTEXT, toWebAnnotation, type WebAnnotation } from '../backup/webAnnotation'
import type { Colour } from '../domain/annotation'
import { citationEn, citationFa } from './citation'
import type { ExportArticle, ExportDocument, ExportEntry, ExportLocator, ExportSummary } from './document'
import { safeHref } from './escape'
import { LABELS } from './labels'
import { locatorText } from './locatorText'

/** An exported annotation: its target's source is the article's address, the archive id sits under `bayegan`. */
export type ExportedAnnotation = Omit<WebAnnotation, 'target' | 'bayegan'> & {
  target: Omit<WebAnnotation['target'], 'source'> & { source: string }
  bayegan: WebAnnotation['bayegan'] & { articleId: string; locator: (ExportLocator & { text: string }) | null }
}

export interface ExportedArticle {
  id: string
  /** The address annotations point at: the original's URL, else the archive's URN for the item. */
  source: string
  kind: 'article' | 'digest'
  title: string
  outlet: { name: string; nameEn?: string }
  url?: string
  citation: { fa: string; en: string }
  summaries: ExportSummary[]
  /** Links kept in the article's text: the words and the address. */
  references?: { text: string; url: string }[]
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  generated: string
  total: number
  first: { type: 'AnnotationPage'; startIndex: 0; items: ExportedAnnotation[] }
  /** What Web Annotation has no word for: the archive, the scope, what each colour meant, the articles' citations and summaries. */
  bayegan: {
    archive: { id: string; title: string }
    scope: string
    colourMeanings: Partial<Record<Colour, string>>
    articles: ExportedArticle[]
  }
}

/** The address of an article for `target.source`: its web address when it has one, else a stable URN in the archive. */
export function articleSource(a: Pick<ExportArticle, 'id' | 'url'>, archiveId: string): string {
  return safeHref(a.url) ?? `urn:bayegan:${encodeURIComponent(archiveId)}:${encodeURIComponent(a.id)}`
}

/**
 * The export as one W3C AnnotationCollection. Each annotation is written by the backup's own
 * serializer (src/shared/backup/webAnnotation.ts) and then pointed at the article's address, with
 * its paragraph; what the researcher left out of the export (quotes, notes, tags) is left out here too.
 */
export function toAnnotationCollection(doc: ExportDocument): AnnotationCollection {
  const colourMeanings: Partial<Record<Colour, string>> = {}
  const items = doc.articles.flatMap((a) =>
    a.groups.flatMap((g) =>
      g.entries.map((e): ExportedAnnotation => {
        if (e.colour && e.colourLabel) colourMeanings[e.colour] = e.colourLabel
        const w = toWebAnnotation(asAnnotation(e, a.id))
        return {
          ...w,
          target: { ...w.target, source: articleSource(a, doc.archive.id) },
          bayegan: { ...w.bayegan, articleId: a.id, locator: e.locator ? { ...e.locator, text: locatorText(e.locator, doc.lang) } : null }
        }
      })
    )
  )
  const ctx = { archiveTitle: doc.archive.title }
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:bayegan:export:${doc.archive.id}:${doc.exportedAt}`,
    type: 'AnnotationCollection',
    label: `${LABELS[doc.lang].documentTitle} · ${doc.archive.title} · ${doc.scopeLabel}`,
    generated: doc.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    bayegan: {
      archive: doc.archive,
      scope: doc.scopeLabel,
      colourMeanings,
      articles: doc.articles.map((a) => ({
        id: a.id,
        source: articleSource(a, doc.archive.id),
        kind: a.kind ?? 'article',
        title: a.title,
        outlet: { name: a.source.name, ...(a.source.nameEn ? { nameEn: a.source.nameEn } : {}) },
        ...(a.url ? { url: a.url } : {}),
        citation: { fa: citationFa(a, ctx), en: citationEn(a, ctx) },
        summaries: a.summaries,
        ...(a.references && a.references.length > 0 ? { references: a.references } : {})
      }))
    }
  }
}

export function renderJsonLd(doc: ExportDocument): string {
  return `${JSON.stringify(toAnnotationCollection(doc), null, 2)}\n`
}

/** An entry back in the annotation's shape; without its quote it keeps no selector (which would repeat the quote). */
function asAnnotation(e: ExportEntry, articleId: string): Parameters<typeof toWebAnnotation>[0] {
  return {
    id: e.id,
    articleId,
    target: e.quote === null ? null : e.target,
    quote: e.quote,
    colour: e.colour,
    note: e.note ?? '',
    tags: e.tags,
    orphan: e.orphan,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    deletedAt: null
  }
}
