import type { Annotation } from '../../../shared/domain/annotation'
import type { SummaryVersion } from '../../../shared/domain/summary'
import { articleSearchDoc, type ResearcherText } from '../../../shared/search/articleDoc'
import { currentSummary, versionsByArticle } from '../../../shared/summary/currentSummary'
import type { SearchDoc } from '../../../shared/search/types'
import type { ArticleRecord, BayeganDb } from '../db/database'

/** What the researcher added to each article, gathered from annotations and summary versions. */
export function researcherTextByArticle(annotations: readonly Annotation[], summaries: readonly SummaryVersion[]): Map<string, ResearcherText> {
  const out = new Map<string, ResearcherText>()
  const entry = (id: string): ResearcherText => {
    let e = out.get(id)
    if (!e) out.set(id, (e = { notes: [], quotes: [], tags: [], colours: [] }))
    return e
  }
  for (const a of annotations) {
    if (a.deletedAt) continue
    const e = entry(a.articleId)
    if (a.note.trim()) (e.notes as string[]).push(a.note)
    if (a.quote) (e.quotes as string[]).push(a.quote)
    ;(e.tags as string[]).push(...a.tags)
    if (a.colour) (e.colours as string[]).push(a.colour)
  }
  // The same rule as the reader: curated text is the fallback articleSearchDoc applies itself.
  for (const [articleId, versions] of versionsByArticle(summaries)) {
    const fa = currentSummary('fa', [], versions)
    const en = currentSummary('en', [], versions)
    if (!fa && !en) continue
    const e = entry(articleId)
    if (fa) e.summaryFa = fa.text
    if (en) e.summaryEn = en.text
  }
  return out
}

/** Search documents for the given articles (all when ids is undefined), read from IndexedDB. */
export async function loadSearchDocs(db: BayeganDb, ids?: readonly string[]): Promise<{ docs: SearchDoc[]; missing: string[] }> {
  const records: (ArticleRecord | undefined)[] = ids ? await db.articles.bulkGet([...ids]) : await db.articles.toArray()
  const present = records.filter((r): r is ArticleRecord => r !== undefined)
  const articleIds = present.map((r) => r.id)
  const [annotations, summaries] = ids
    ? await Promise.all([db.annotations.where('articleId').anyOf(articleIds).toArray(), db.summaries.where('articleId').anyOf(articleIds).toArray()])
    : await Promise.all([db.annotations.toArray(), db.summaries.toArray()])
  const researcher = researcherTextByArticle(annotations, summaries)
  const docs = present.map((r) => articleSearchDoc(r.item, researcher.get(r.id)))
  const missing = ids ? ids.filter((_, i) => records[i] === undefined) : []
  return { docs, missing }
}

/**
 * A fingerprint of everything the index is built from. A saved index whose stamp differs is
 * rebuilt, so a change made while the app was closing never leaves search out of date.
 */
export async function dataStamp(db: BayeganDb): Promise<string> {
  // One read-only transaction, not six: a consistent stamp, and fewer transactions from the
  // worker in flight that a researcher's write must wait behind.
  const [packs, articles, annotations, lastAnnotation, summaries, lastSummary] = await db.transaction('r', [db.packs, db.articles, db.annotations, db.summaries], () =>
    Promise.all([
      db.packs.toArray(),
      db.articles.count(),
      db.annotations.count(),
      db.annotations.orderBy('updatedAt').last(),
      db.summaries.count(),
      db.summaries.orderBy('createdAt').last()
    ])
  )
  const packPart = packs.map((p) => `${p.id}:${p.contentHash}`).sort().join(',')
  return [packPart, articles, annotations, lastAnnotation?.updatedAt ?? '', summaries, lastSummary?.createdAt ?? ''].join('|')
}
