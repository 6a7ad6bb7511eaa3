import type { Annotation } from '../../shared/domain/annotation'
import type { SummaryVersion } from '../../shared/domain/summary'
import { journalLineSchema, type JournalLine, type JournalState, type SkippedLine } from '../../shared/backup/journalEntry'
import type { ReadingPositionEntry, SettingEntry } from '../../shared/backup/records'
import type { ArchiveItem } from '../../shared/archive/schema'

export type { JournalState, SkippedLine }

/**
 * Replays journal text line by line. A line that is not valid JSON or not a valid change (a torn
 * write after a crash, a hand edit) is skipped and reported; it never stops the lines after it.
 */
export function replayJournal(text: string): JournalState {
  const annotations = new Map<string, Annotation>()
  const settings = new Map<string, SettingEntry>()
  const summaries = new Map<string, SummaryVersion>()
  const articles = new Map<string, ArchiveItem>()
  const positions = new Map<string, ReadingPositionEntry>()
  const skipped: SkippedLine[] = []
  let applied = 0
  let lastSeq = 0
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return
    const entry = parseLine(raw)
    if (typeof entry === 'string') {
      skipped.push({ line: index + 1, reason: entry })
      return
    }
    applied++
    lastSeq = Math.max(lastSeq, entry.seq)
    if (entry.kind === 'annotation') annotations.set(entry.record.id, entry.record)
    else if (entry.kind === 'setting') settings.set(entry.record.key, { key: entry.record.key, value: entry.record.value })
    else if (entry.kind === 'summary') summaries.set(entry.record.id, entry.record)
    else if (entry.kind === 'article') articles.set(entry.record.id, entry.record)
    else positions.set(entry.record.articleId, entry.record)
  })
  return {
    annotations: [...annotations.values()],
    settings: [...settings.values()],
    summaries: [...summaries.values()],
    articles: [...articles.values()],
    positions: [...positions.values()],
    applied,
    skipped,
    lastSeq
  }
}

function parseLine(raw: string): JournalLine | string {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return raw.length > 0 && !raw.trimEnd().endsWith('}') ? 'truncated line' : 'not valid JSON'
  }
  const parsed = journalLineSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return `invalid entry at ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`
  }
  return parsed.data
}
