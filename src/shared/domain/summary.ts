import type { Language } from './language'

export type SummaryProvenance = 'curated' | 'extracted' | 'researcher' | 'model'

/**
 * A summary the app made or the researcher wrote (curated ones live in the pack item).
 * Each edit is a new row: earlier versions stay as history and can be restored.
 */
export interface SummaryVersion {
  id: string
  articleId: string
  lang: Language
  provenance: Exclude<SummaryProvenance, 'curated'>
  text: string
  /** The model's name for provenance 'model'. */
  model?: string
  createdAt: string
}
