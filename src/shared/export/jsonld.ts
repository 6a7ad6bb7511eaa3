import { ANNO_CONTEXT, toWebAnnotation, type WebAnnotation } from '../backup/webAnnotation'
import type { Colour } from '../domain/annotation'
import type { ExportDocument, ExportEntry } from './document'
import { LABELS } from './labels'

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  generated: string
  total: number
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] }
  /** What Web Annotation has no word for: the archive, the scope and what each colour meant. */
  bayegan: { archive: { id: string; title: string }; scope: string; colourMeanings: Partial<Record<Colour, string>> }
}

/**
 * The export as one W3C AnnotationCollection. Each annotation is written by the backup's own
 * serializer (src/shared/backup/webAnnotation.ts), so exports and backups share one JSON-LD form;
 * what the researcher left out of the export (quotes, notes, tags) is left out here too.
 */
export function toAnnotationCollection(doc: ExportDocument): AnnotationCollection {
  const colourMeanings: Partial<Record<Colour, string>> = {}
  const items = doc.articles.flatMap((a) =>
    a.groups.flatMap((g) =>
      g.entries.map((e) => {
        if (e.colour && e.colourLabel) colourMeanings[e.colour] = e.colourLabel
        return toWebAnnotation(asAnnotation(e, a.id))
      })
    )
  )
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:bayegan:export:${doc.archive.id}:${doc.exportedAt}`,
    type: 'AnnotationCollection',
    label: `${LABELS[doc.lang].documentTitle} · ${doc.archive.title} · ${doc.scopeLabel}`,
    generated: doc.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    bayegan: { archive: doc.archive, scope: doc.scopeLabel, colourMeanings }
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
