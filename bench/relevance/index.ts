import type { SearchDoc } from '../../src/shared/search/types'
import { ARTICLES_1 } from './articles1'
import { ARTICLES_2 } from './articles2'
import { ARTICLES_3 } from './articles3'
import { ARTICLES_4 } from './articles4'
import { JUDGEMENTS_3 } from './judgements3'
import { JUDGEMENTS_4 } from './judgements4'
import { QUERIES as WRITTEN_QUERIES } from './queries'
import { QUERIES_4 } from './queries4'
import type { RelevanceArticle, RelevanceQuery } from './types'

export type { RelevanceArticle, RelevanceQuery } from './types'

/** q01–q54 with the part-3 and part-4 judgements merged in, then the part-4 queries q55–q69. */
export const QUERIES: RelevanceQuery[] = [
  ...WRITTEN_QUERIES.map((q) => ({ ...q, relevant: { ...q.relevant, ...JUDGEMENTS_3[q.id], ...JUDGEMENTS_4[q.id] } })),
  ...QUERIES_4
]

/**
 * The first set: articles a01–a46 and queries q01–q39, judged before any engine ran on them.
 * Part 3 articles and q40–q54 came after that first run (see their files).
 */
export const FIRST_ARTICLE_IDS: ReadonlySet<string> = new Set([...ARTICLES_1, ...ARTICLES_2].map((a) => a.id))
export const FIRST_QUERY_COUNT = 39

/** Part 4: articles a67–a86 and queries q55–q69, all judged before any engine ran on them. */
export const PART4_ARTICLE_IDS: ReadonlySet<string> = new Set(ARTICLES_4.map((a) => a.id))
export const PART4_QUERY_IDS: ReadonlySet<string> = new Set(QUERIES_4.map((q) => q.id))

/** `~` in the written articles is a half-space. */
const unmark = (text: string): string => text.replaceAll('~', '\u200C')

export const ARTICLES: RelevanceArticle[] = [...ARTICLES_1, ...ARTICLES_2, ...ARTICLES_3, ...ARTICLES_4].map((a) => ({
  ...a, outlet: unmark(a.outlet), title: unmark(a.title), lead: unmark(a.lead), body: unmark(a.body)
}))

export function relevanceDocs(articles: RelevanceArticle[] = ARTICLES): SearchDoc[] {
  return articles.map((a) => ({
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
  for (const [qid, judged] of Object.entries(JUDGEMENTS_3)) {
    if (!WRITTEN_QUERIES.some((q) => q.id === qid)) throw new Error(`part-3 judgements name unknown query ${qid}`)
    for (const id of Object.keys(judged)) if (FIRST_ARTICLE_IDS.has(id) || !ids.has(id)) throw new Error(`part-3 judgement ${qid}/${id}`)
  }
  const part3 = new Set(ARTICLES_3.map((a) => a.id))
  for (const [qid, judged] of Object.entries(JUDGEMENTS_4)) {
    if (!WRITTEN_QUERIES.some((q) => q.id === qid)) throw new Error(`part-4 judgements name unknown query ${qid}`)
    for (const id of Object.keys(judged)) if (!PART4_ARTICLE_IDS.has(id) || part3.has(id)) throw new Error(`part-4 judgement ${qid}/${id}`)
  }
  const qids = new Set<string>()
  for (const q of QUERIES) {
    if (qids.has(q.id)) throw new Error(`duplicate query ${q.id}`)
    qids.add(q.id)
    if (Object.keys(q.relevant).length === 0) throw new Error(`${q.id} has no relevant article`)
    for (const id of Object.keys(q.relevant)) if (!ids.has(id)) throw new Error(`${q.id} judges unknown article ${id}`)
  }
}
