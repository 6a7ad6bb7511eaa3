import type { ArticleHead } from '../../db/database'
import { FACT_KINDS, type Edition, type EditionFact, type FactKind } from '../../../../shared/archive/editions'

/** An edition's items: those about it (event.id) and those its facts cite, newest first. */
export function itemsOfEdition(edition: { id: string; facts?: readonly EditionFact[] }, heads: readonly ArticleHead[]): ArticleHead[] {
  const cited = new Set((edition.facts ?? []).flatMap((f) => f.cite))
  return heads
    .filter((h) => h.originalOf === undefined && (h.event?.id === edition.id || cited.has(h.id)))
    .sort((a, b) => b.sortKey - a.sortKey || a.id.localeCompare(b.id))
}

/** Facts grouped by kind in a fixed order (dates, venue, organiser, events), kinds without facts left out. */
export function factsByKind(edition: Edition): { kind: FactKind; facts: EditionFact[] }[] {
  return FACT_KINDS.map((kind) => ({ kind, facts: edition.facts.filter((f) => f.kind === kind) })).filter((g) => g.facts.length > 0)
}

/** An edition as the app knows it: from an edition file, or only from items about it (`event.id`). */
export interface EditionEntry {
  id: string
  number: number
  /** Absent when no edition file exists yet: then only its items are known. */
  edition?: Edition
}

const EDITION_ID = /^elecomp-(\d+)$/

/**
 * Every Elecomp edition the archive knows, in number order: those with an edition file, and those
 * only items mention (`event.id` like `elecomp-21`), so their items are reachable too.
 */
export function editionEntries(editions: readonly Edition[], heads: readonly ArticleHead[]): EditionEntry[] {
  const entries = new Map<string, EditionEntry>(editions.map((edition) => [edition.id, { id: edition.id, number: edition.number, edition }]))
  for (const head of heads) {
    const id = head.event?.id
    const number = id ? EDITION_ID.exec(id)?.[1] : undefined
    if (id && number !== undefined && !entries.has(id)) entries.set(id, { id, number: Number(number) })
  }
  return [...entries.values()].sort((a, b) => a.number - b.number)
}
