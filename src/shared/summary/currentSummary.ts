import type { Language } from '../domain/language'
import type { CuratedSummary } from '../archive/schema'
import type { SummaryProvenance, SummaryVersion } from '../domain/summary'

/** The summary a language shows now, wherever it came from. */
export interface CurrentSummary {
  lang: Language
  text: string
  provenance: SummaryProvenance
  model?: string
  /** Absent for curated summaries (they carry no timestamp). */
  createdAt?: string
  versionId?: string
}

/** Newest first; createdAt is unique per article and language, id breaks any legacy tie. */
export function newestFirst(versions: readonly SummaryVersion[]): SummaryVersion[] {
  return [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
}

/**
 * The one rule for which summary is current, used by the reader, search and export alike:
 * the latest researcher or accepted model version, else the curated one. Extracted text never is.
 */
export function currentSummary(lang: Language, curated: readonly CuratedSummary[], versions: readonly SummaryVersion[]): CurrentSummary | undefined {
  const latest = newestFirst(versions.filter((v) => v.lang === lang && v.provenance !== 'extracted'))[0]
  if (latest) {
    return { lang, text: latest.text, provenance: latest.provenance, createdAt: latest.createdAt, versionId: latest.id, ...(latest.model ? { model: latest.model } : {}) }
  }
  const c = curated.find((s) => s.lang === lang)
  return c ? { lang, text: c.text, provenance: 'curated' } : undefined
}

/** Summary versions grouped by article, for the many-article callers (index builds, exports). */
export function versionsByArticle(versions: readonly SummaryVersion[]): Map<string, SummaryVersion[]> {
  const out = new Map<string, SummaryVersion[]>()
  for (const v of versions) {
    const list = out.get(v.articleId)
    if (list) list.push(v)
    else out.set(v.articleId, [v])
  }
  return out
}
