import { LANGUAGES, type Language } from '../../../shared/domain/language'
import type { CuratedSummary } from '../../../shared/archive/schema'
import type { SummaryVersion } from '../../../shared/domain/summary'
import { currentSummary, newestFirst, versionsByArticle, type CurrentSummary } from '../../../shared/summary/currentSummary'

export { currentSummary, newestFirst, type CurrentSummary }
import type { BayeganDb } from './database'

/**
 * The summary repository. Curated summaries live in the pack item and are never written here;
 * every researcher edit, restore or accepted model draft is a new row, so history is never lost.
 */
export const SUMMARY_MAX_CHARS = 20_000

export type CurrentSummaries = Partial<Record<Language, CurrentSummary>>

export class SummaryInputError extends Error {
  constructor(readonly reason: 'empty' | 'too-long' | 'no-article' | 'no-version') {
    super(`Summary not saved: ${reason}`)
  }
}

function currentPair(curated: readonly CuratedSummary[], versions: readonly SummaryVersion[]): CurrentSummaries {
  const out: CurrentSummaries = {}
  for (const lang of LANGUAGES) {
    const s = currentSummary(lang, curated, versions)
    if (s) out[lang] = s
  }
  return out
}

/**
 * What search and export should use for an article: the current Persian and English summaries.
 */
export async function summariesForArticle(db: BayeganDb, articleId: string): Promise<CurrentSummaries> {
  const [record, versions] = await Promise.all([db.articles.get(articleId), db.summaries.where('articleId').equals(articleId).toArray()])
  return currentPair(record?.item.summaries ?? [], versions)
}

/** The same for every article at once (index builds, whole-archive exports): two table scans, not N queries. */
export async function currentSummariesByArticle(db: BayeganDb): Promise<Map<string, CurrentSummaries>> {
  const byArticle = versionsByArticle(await db.summaries.toArray())
  const out = new Map<string, CurrentSummaries>()
  await db.articles.each((record) => {
    const pair = currentPair(record.item.summaries, byArticle.get(record.id) ?? [])
    if (pair.fa || pair.en) out.set(record.id, pair)
  })
  return out
}

export async function versionsOf(db: BayeganDb, articleId: string, lang: Language): Promise<SummaryVersion[]> {
  return newestFirst(await db.summaries.where('[articleId+lang]').equals([articleId, lang]).toArray())
}

export interface NewVersion {
  articleId: string
  lang: Language
  text: string
  provenance?: 'researcher' | 'model'
  /** Required for provenance 'model': the name the model server gave. */
  model?: string
}

function cleanText(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').trim()
  if (!clean) throw new SummaryInputError('empty')
  if (clean.length > SUMMARY_MAX_CHARS) throw new SummaryInputError('too-long')
  return clean
}

/** Strictly increasing per article and language, so "latest" never depends on a clock tie. */
function nextTimestamp(existing: readonly SummaryVersion[], now: Date): string {
  const last = existing.reduce((max, v) => Math.max(max, Date.parse(v.createdAt) || 0), 0)
  return new Date(Math.max(now.getTime(), last + 1)).toISOString()
}

async function addVersion(db: BayeganDb, input: NewVersion, now: Date): Promise<SummaryVersion> {
  const text = cleanText(input.text)
  if (!(await db.articles.get(input.articleId))) throw new SummaryInputError('no-article')
  const existing = await db.summaries.where('[articleId+lang]').equals([input.articleId, input.lang]).toArray()
  const provenance = input.provenance ?? 'researcher'
  const latest = newestFirst(existing)[0]
  // Saving the same text again would only clutter the history.
  if (latest && latest.text === text && latest.provenance === provenance && latest.model === input.model) return latest
  const version: SummaryVersion = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    lang: input.lang,
    provenance,
    text,
    createdAt: nextTimestamp(existing, now),
    ...(provenance === 'model' && input.model ? { model: input.model } : {})
  }
  await db.summaries.add(version)
  return version
}

/** A researcher's edit (or one accepted model draft): one new version row. */
export async function saveSummaryVersion(db: BayeganDb, input: NewVersion, now = new Date()): Promise<SummaryVersion> {
  return db.transaction('rw', db.summaries, db.articles, () => addVersion(db, input, now))
}

/** Restoring copies the old text into a new version on top; the versions in between stay in the history. */
export async function restoreSummaryVersion(db: BayeganDb, versionId: string, now = new Date()): Promise<SummaryVersion> {
  return db.transaction('rw', db.summaries, db.articles, async () => {
    const old = await db.summaries.get(versionId)
    if (!old || old.provenance === 'extracted') throw new SummaryInputError('no-version')
    return addVersion(db, { articleId: old.articleId, lang: old.lang, text: old.text, provenance: old.provenance, ...(old.model ? { model: old.model } : {}) }, now)
  })
}

/** Both languages of an accepted model draft in one transaction: both are kept, or neither. */
export async function acceptModelDraft(
  db: BayeganDb,
  articleId: string,
  draft: { fa: string; en: string; model: string },
  now = new Date()
): Promise<SummaryVersion[]> {
  return db.transaction('rw', db.summaries, db.articles, async () => [
    await addVersion(db, { articleId, lang: 'fa', text: draft.fa, provenance: 'model', model: draft.model }, now),
    await addVersion(db, { articleId, lang: 'en', text: draft.en, provenance: 'model', model: draft.model }, now)
  ])
}
