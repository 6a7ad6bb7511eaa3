import { reanchorAll } from '../../../../shared/anchoring/reanchor'
import { contentHash } from '../../../../shared/anchoring/contentHash'
import type { Target } from '../../../../shared/anchoring/types'
import type { Mark } from '../../../../shared/article/marks'
import { rangesBySegment, type ReadingText } from '../../../../shared/article/readingText'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { Placement } from '../../db/annotations'

export interface PlacedHighlight {
  annotation: Annotation
  start: number
  end: number
}

export interface ArticleLayout {
  /** Live highlights placed on the current text, in reading order. */
  highlights: PlacedHighlight[]
  /** Highlights whose words the current text no longer has: kept, listed with their quote. */
  orphans: Annotation[]
  /** Notes on the whole article (no target), oldest first. */
  articleNotes: Annotation[]
  /** Stored targets that need refreshing (text changed, or orphan state flipped). */
  placements: Placement[]
}

/**
 * Places an article's live annotations on its current reading text (DESIGN.md section 6): by
 * position, exact quote, then fuzzy quote. Orphans are kept; an orphan whose words return is placed again.
 */
export function layoutAnnotations(reading: ReadingText, annotations: readonly Annotation[]): ArticleLayout {
  const live = annotations.filter((a) => a.deletedAt === null)
  const withTarget = live.filter((a): a is Annotation & { target: Target } => a.target !== null)
  const hash = contentHash(reading.text)
  const { placed, orphans } = reanchorAll(undefined, reading.text, withTarget, { newContentHash: hash })

  const placements: Placement[] = []
  for (const p of placed) {
    if (p.annotation.orphan || JSON.stringify(p.annotation.target) !== JSON.stringify(p.target)) {
      placements.push({ id: p.annotation.id, target: p.target, orphan: false })
    }
  }
  for (const o of orphans) if (!o.orphan) placements.push({ id: o.id, target: o.target, orphan: true })

  return {
    highlights: placed
      .map((p) => ({ annotation: p.annotation, start: p.anchored.start, end: p.anchored.end }))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.annotation.createdAt.localeCompare(b.annotation.createdAt)),
    orphans: orphans.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    articleNotes: live.filter((a) => a.target === null).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    placements
  }
}

/** The highlights as per-segment marks for the reader (a highlight may cross paragraphs). */
export function marksOf(reading: ReadingText, highlights: readonly PlacedHighlight[]): Map<string, Mark[]> {
  const bySegment = new Map<string, Mark[]>()
  for (const h of highlights) {
    for (const r of rangesBySegment(reading, h.start, h.end)) {
      const list = bySegment.get(r.key) ?? []
      list.push({ start: r.start, end: r.end, id: h.annotation.id, kind: 'annotation', colour: h.annotation.colour ?? 'none' })
      bySegment.set(r.key, list)
    }
  }
  return bySegment
}
