/**
 * The W3C Web Annotation (JSON-LD) form of an annotation, for backups other tools can read:
 * the article id as the target's source, a TextQuoteSelector and a TextPositionSelector, the note
 * as a commenting TextualBody in Markdown and each tag as a tagging TextualBody. What the model
 * has no word for (colour, orphan, tombstone, content hash) sits under the `bayegan` key.
 */
import { z } from 'zod'
import { ANNOTATION_LIMITS as L, type Annotation } from '../domain/annotation'
import { annotationSchema, targetSchema } from './records'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const textualBody = z
  .object({
    type: z.literal('TextualBody'),
    // One limits table with the annotation schema: a note or a tag, never longer than those allow.
    value: z.string().max(Math.max(L.noteLength, L.tagLength)),
    purpose: z.enum(['commenting', 'tagging']),
    format: z.string().max(50).optional()
  })
  .strict()

export const webAnnotationSchema = z
  .object({
    '@context': z.literal(ANNO_CONTEXT),
    id: z.string().min(1).max(L.idLength),
    type: z.literal('Annotation'),
    motivation: z.enum(['highlighting', 'commenting', 'tagging', 'bookmarking']),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
    // At most one note and the tags an annotation may carry.
    body: z.array(textualBody).max(L.tagCount + 1).optional(),
    target: z
      .object({
        source: z.string().min(1).max(L.idLength),
        selector: targetSchema.shape.selectors.optional()
      })
      .strict(),
    bayegan: z
      .object({
        colour: annotationSchema.shape.colour,
        quote: annotationSchema.shape.quote,
        orphan: z.boolean(),
        deletedAt: annotationSchema.shape.deletedAt,
        contentHash: z.string().max(200).nullable()
      })
      .strict()
  })
  .strict()
export type WebAnnotation = z.infer<typeof webAnnotationSchema>

function motivationOf(a: Annotation): WebAnnotation['motivation'] {
  if (a.note.trim() !== '') return 'commenting'
  if (a.target) return 'highlighting'
  return a.tags.length > 0 ? 'tagging' : 'bookmarking'
}

export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: NonNullable<WebAnnotation['body']> = []
  if (a.note !== '') body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/markdown' })
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  return {
    '@context': ANNO_CONTEXT,
    id: a.id,
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: a.target ? { source: a.articleId, selector: a.target.selectors } : { source: a.articleId },
    bayegan: { colour: a.colour, quote: a.quote, orphan: a.orphan, deletedAt: a.deletedAt, contentHash: a.target?.contentHash ?? null }
  }
}

/** The inverse of toWebAnnotation; throws a ZodError when the result is not a valid annotation. */
export function fromWebAnnotation(w: WebAnnotation): Annotation {
  const bodies = w.body ?? []
  const note = bodies.find((b) => b.purpose === 'commenting')?.value ?? ''
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)
  const target =
    w.target.selector && w.bayegan.contentHash !== null ? { contentHash: w.bayegan.contentHash, selectors: w.target.selector } : null
  return annotationSchema.parse({
    id: w.id,
    articleId: w.target.source,
    target,
    quote: w.bayegan.quote ?? w.target.selector?.[0].exact ?? null,
    colour: w.bayegan.colour,
    note,
    tags,
    orphan: w.bayegan.orphan,
    createdAt: w.created,
    updatedAt: w.modified,
    deletedAt: w.bayegan.deletedAt
  })
}
