import type { SearchDoc } from '../../src/shared/search/types'
import { ARTICLES_1 } from './articles1'
import { ARTICLES_2 } from './articles2'
import { QUERIES } from './queries'
import type { RelevanceArticle } from './types'

export { QUERIES }
export type { RelevanceArticle, RelevanceQuery } from './types'

/** `~` in the written articles is a half-space. */
const unmark = (text: string): string => text.replaceAll('~', '\u200C')

export const ARTICLES: RelevanceArticle[] = [...ARTICLES_1, ...ARTICLES_2].map((a) => ({
  ...a, outlet: unmark(a.outlet), title: unmark(a.title), lead: unmark(a.lead), body: unmark(a.body)
}))

export function relevanceDocs(): SearchDoc[] {
  return ARTICLES.map((a) => ({
    id: a.id,
    fields: { title: a.title, lead: a.lead, body: a.body },
    meta: { date: a.date, source: a.outlet }
  }))
}

/** Throws when a judgement names an article that does not exist or an id repeats. */
export function checkRelevanceSet(): void {
  const ids = new Set<string>()
  for (const a of ARTICLES) {
    if (ids.has(a.id)) throw new Error(`duplicate article ${a.id}`)
    ids.add(a.id)
  }
  const qids = new Set<string>()
  for (const q of QUERIES) {
    if (qids.has(q.id)) throw new Error(`duplicate query ${q.id}`)
    qids.add(q.id)
    if (Object.keys(q.relevant).length === 0) throw new Error(`${q.id} has no relevant article`)
    for (const id of Object.keys(q.relevant)) if (!ids.has(id)) throw new Error(`${q.id} judges unknown article ${id}`)
  }
}
