import type { ArchiveItem } from '../archive/schema'
import { blockPlainText } from '../archive/plainText'
import { sortKeyOf } from '../dates'
import type { SearchDoc } from './types'

/** What the researcher added to an article that search should also find. */
export interface ResearcherText {
  summaryFa?: string
  summaryEn?: string
  notes?: readonly string[]
  quotes?: readonly string[]
  tags?: readonly string[]
  colours?: readonly string[]
}

/**
 * An archive article as a search document. Uses the display copy when the pack has one, so
 * snippets read like the reader; the analyser finds either spelling anyway. The researcher's
 * summary replaces the curated one in its language, as the reader shows it.
 */
export function articleSearchDoc(item: ArchiveItem, researcher: ResearcherText = {}): SearchDoc {
  const text = item.display ?? item
  const curated = (lang: 'fa' | 'en'): string | undefined => item.summaries.find((s) => s.lang === lang)?.text
  const joined = (values: readonly string[] | undefined): string | undefined =>
    values && values.length > 0 ? values.join('\n') : undefined
  const notes = researcher.notes?.filter((n) => n.trim().length > 0)
  return {
    id: item.id,
    fields: {
      title: text.title,
      lead: text.lead,
      body: text.body.map(blockPlainText).join('\n'),
      summaryFa: researcher.summaryFa ?? curated('fa'),
      summaryEn: researcher.summaryEn ?? curated('en'),
      notes: joined(notes),
      quotes: joined(researcher.quotes)
    },
    meta: {
      date: sortKeyOf(item.published),
      source: item.source.name,
      tags: [...new Set([...item.tags, ...(researcher.tags ?? [])])],
      colours: researcher.colours ? [...new Set(researcher.colours)] : [],
      hasNotes: Boolean(notes && notes.length > 0)
    }
  }
}
