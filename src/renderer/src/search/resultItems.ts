import { findHitRanges, makeSnippet } from '../../../shared/search/hits'
import { FIELD_LANG, FIELD_NAMES, type SearchDoc, type SearchHit, type TextLookup } from '../../../shared/search/types'
import type { SearchResultItem } from './protocol'

const SNIPPETS_PER_HIT = 2

/**
 * A hit as the UI shows it: the title with its highlights, then snippets from the other fields
 * that matched, in the order a reader scans them. `text` gives a field's text (the index's kept
 * copy, or documents read from the database); a hit whose title is unknown shows its id.
 * `withSnippets: false` leaves the snippets out (cut later: analysing whole fields is most of an answer's time).
 */
export function resultItem(hit: SearchHit, text: TextLookup, query: string, withSnippets = true): SearchResultItem {
  const titleText = text(hit.id, 'title')
  if (titleText === undefined) return { ...hit, title: { field: 'title', text: hit.id, highlights: [] } }
  const snippets = (withSnippets ? FIELD_NAMES : []).filter((f) => f !== 'title' && hit.fields.includes(f))
    .slice(0, SNIPPETS_PER_HIT)
    .map((field) => {
      const fieldText = text(hit.id, field) ?? ''
      return makeSnippet(field, fieldText, findHitRanges(query, fieldText, FIELD_LANG[field]))
    })
  const title = makeSnippet('title', titleText, findHitRanges(query, titleText, 'fa'), 10_000)
  return { ...hit, title, snippets }
}

/** A TextLookup over documents in hand (read from the database for one page of hits). */
export function lookupIn(docs: readonly SearchDoc[]): TextLookup {
  const byId = new Map(docs.map((d) => [d.id, d]))
  return (id, field) => byId.get(id)?.fields[field]
}
