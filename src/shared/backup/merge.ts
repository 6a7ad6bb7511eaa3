import type { Annotation } from '../domain/annotation'
import { SETTING_COLOUR_MEANINGS } from '../domain/annotation'
import type { ResearcherData } from './backupDocument'
import { colourMeaningsSchema, type SettingEntry } from './records'
import { checkRestorableSetting } from './restorableSettings'

/** A record from a file that was not taken, and why: shown to the researcher, never silently dropped. */
export interface RefusedRecord {
  kind: 'annotation' | 'summary' | 'setting' | 'article' | 'position'
  /** The record's id, or a setting's key, or its position in the file when it had no usable id. */
  id: string
  /** not-restorable: a setting files may never set; invalid: the record breaks the schema. */
  code: 'not-restorable' | 'invalid'
  /** Technical detail (English), shown beside the translated code. */
  reason: string
}

export interface MergeCounts {
  added: number
  updated: number
  skipped: number
}

export interface MergeReport {
  annotations: MergeCounts
  summaries: MergeCounts
  settings: MergeCounts
  articles: MergeCounts
  positions: MergeCounts
  refused: RefusedRecord[]
}

export interface MergePlan {
  /** Records to write: new ones and those the incoming copy edited more recently. */
  write: ResearcherData
  report: MergeReport
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, skipped: 0 })

/**
 * Merges incoming data into what is held, by id: a record not held is added; a held one is
 * replaced only when the incoming copy was edited later (a tombstone included, so a deletion
 * travels); otherwise it is skipped. Summary versions never change once written: add or skip.
 * Settings carry no edit time except the colour meanings, so others are only added when absent;
 * only allow-listed settings with valid values are taken at all (see restorableSettings).
 * `refused` carries records already turned away while reading the file.
 */
export function planMerge(held: ResearcherData, incoming: ResearcherData, refused: readonly RefusedRecord[] = []): MergePlan {
  const report: MergeReport = { annotations: zero(), summaries: zero(), settings: zero(), articles: zero(), positions: zero(), refused: [...refused] }
  const write: ResearcherData = { annotations: [], summaries: [], settings: [], articles: [], positions: [] }

  // An imported article never changes once stored: add it when its id is free, else skip.
  const heldArticles = new Set(held.articles.map((a) => a.id))
  for (const a of incoming.articles) {
    if (heldArticles.has(a.id)) report.articles.skipped++
    else count(report.articles, 'added', () => write.articles.push(a))
    heldArticles.add(a.id)
  }

  const heldPositions = new Map(held.positions.map((p) => [p.articleId, p]))
  for (const p of incoming.positions) {
    const mine = heldPositions.get(p.articleId)
    if (!mine) count(report.positions, 'added', () => write.positions.push(p))
    else if (isLater(p.updatedAt, mine.updatedAt)) count(report.positions, 'updated', () => write.positions.push(p))
    else report.positions.skipped++
    if (!mine || isLater(p.updatedAt, mine.updatedAt)) heldPositions.set(p.articleId, p)
  }

  const heldAnnotations = new Map(held.annotations.map((a) => [a.id, a]))
  for (const a of newestPerId(incoming.annotations)) {
    const mine = heldAnnotations.get(a.id)
    if (!mine) count(report.annotations, 'added', () => write.annotations.push(a))
    else if (isLater(a.updatedAt, mine.updatedAt)) count(report.annotations, 'updated', () => write.annotations.push(a))
    else report.annotations.skipped++
  }

  const heldSummaries = new Set(held.summaries.map((s) => s.id))
  for (const s of incoming.summaries) {
    if (heldSummaries.has(s.id)) report.summaries.skipped++
    else count(report.summaries, 'added', () => write.summaries.push(s))
    heldSummaries.add(s.id)
  }

  const heldSettings = new Map(held.settings.map((s) => [s.key, s]))
  for (const raw of incoming.settings) {
    const checked = checkRestorableSetting(raw)
    if (!checked.ok) {
      report.refused.push({ kind: 'setting', id: raw.key, code: checked.reason, reason: checked.detail })
      continue
    }
    const s = checked.entry
    const mine = heldSettings.get(s.key)
    if (!mine) count(report.settings, 'added', () => write.settings.push(s))
    else if (s.key === SETTING_COLOUR_MEANINGS && editedLater(s, mine)) count(report.settings, 'updated', () => write.settings.push(s))
    else report.settings.skipped++
  }
  return { write, report }
}

function count(counts: MergeCounts, kind: 'added' | 'updated', act: () => void): void {
  act()
  counts[kind]++
}

function newestPerId(list: readonly Annotation[]): Annotation[] {
  const byId = new Map<string, Annotation>()
  for (const a of list) {
    const seen = byId.get(a.id)
    if (!seen || isLater(a.updatedAt, seen.updatedAt)) byId.set(a.id, a)
  }
  return [...byId.values()]
}

function editedLater(incoming: SettingEntry, held: SettingEntry): boolean {
  const a = colourMeaningsSchema.safeParse(incoming.value)
  const b = colourMeaningsSchema.safeParse(held.value)
  return a.success && (!b.success || isLater(a.data.updatedAt, b.data.updatedAt))
}

/** ISO timestamps may differ in precision, so compare instants, not strings. */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b)
}
