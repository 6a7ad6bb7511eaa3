import type { ArticleHead } from '../../db/database'
import { FACT_KINDS, type Edition, type EditionFact, type FactKind } from '../../../../shared/archive/editions'

/** An edition's items: those about it (event.id) and those its facts cite, newest first. */
export function itemsOfEdition(edition: Edition, heads: readonly ArticleHead[]): ArticleHead[] {
  const cited = new Set(edition.facts.flatMap((f) => f.cite))
  return heads
    .filter((h) => h.originalOf === undefined && (h.event?.id === edition.id || cited.has(h.id)))
    .sort((a, b) => b.sortKey - a.sortKey || a.id.localeCompare(b.id))
}

/** Facts grouped by kind in a fixed order (dates, venue, organiser, events), kinds without facts left out. */
export function factsByKind(edition: Edition): { kind: FactKind; facts: EditionFact[] }[] {
  return FACT_KINDS.map((kind) => ({ kind, facts: edition.facts.filter((f) => f.kind === kind) })).filter((g) => g.facts.length > 0)
}
