import { describe, expect, it } from 'vitest'
import { describeTarget } from '../anchoring/describe'
import { SETTING_COLOUR_MEANINGS, type Annotation } from '../domain/annotation'
import { SETTING_LANGUAGE, SETTING_MODEL, SETTING_TEXT_SIZE } from '../settings/keys'
import { buildBackup, parseBackup, researcherDataOf } from './backupDocument'
import { planMerge } from './merge'

const text = 'رئیس سازمان نظام صنفی رایانه‌ای گفت ثبت‌نام غرفه‌داران الکامپ از شنبه آغاز می‌شود.'
const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length]

function annotation(id: string, word: string, extra: Partial<Annotation> = {}): Annotation {
  const [start, end] = at(word)
  return {
    id,
    articleId: 'item-1',
    target: describeTarget(text, start, end),
    quote: word,
    colour: 'yellow',
    note: '',
    tags: [],
    orphan: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    deletedAt: null,
    ...extra
  }
}

const empty = { annotations: [], summaries: [], settings: [], articles: [], positions: [] }
const app = { name: 'Bayegan', version: '0.1.0' }

/** Just the parts of a backup these tests tamper with. */
interface Tamperable {
  format: string
  annotations: { first: { items: { body?: unknown; bayegan: { colour: string } }[] } }
  summaries: unknown[]
  settings: unknown[]
}

function backupText(mutate: (doc: Tamperable) => void): string {
  const doc = buildBackup(
    { annotations: [annotation('a1', 'ثبت‌نام'), annotation('a2', 'غرفه‌داران'), annotation('a3', 'الکامپ')], summaries: [], settings: [], articles: [], positions: [] },
    app
  ) as unknown as Tamperable
  mutate(doc)
  return JSON.stringify(doc)
}

describe('restoring a backup with one bad record among good ones', () => {
  it('keeps the good records and names the bad one with why', () => {
    const parsed = parseBackup(
      backupText((doc) => {
        doc.annotations.first.items[1]!.bayegan.colour = 'purple'
      })
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.document.annotations.first.items.map((w) => w.id)).toEqual(['a1', 'a3'])
    expect(parsed.refused).toHaveLength(1)
    expect(parsed.refused[0]).toMatchObject({ kind: 'annotation', id: 'a2' })
    expect(parsed.refused[0]?.reason).toMatch(/colour/)
    const plan = planMerge(empty, researcherDataOf(parsed.document), parsed.refused)
    expect(plan.report.annotations.added).toBe(2)
    expect(plan.report.refused.map((r) => r.id)).toEqual(['a2'])
  })

  it('refuses an annotation whose tags exceed the annotation limits even if the W3C form allows the body', () => {
    const tooManyTags = Array.from({ length: 41 }, (_, i) => ({ type: 'TextualBody', value: `برچسب ${i}`, purpose: 'tagging' }))
    const parsed = parseBackup(
      backupText((doc) => {
        doc.annotations.first.items[0]!.body = tooManyTags
      })
    )
    expect(parsed.ok && parsed.refused.map((r) => r.id)).toEqual(['a1'])
  })

  it('refuses a record without a usable id by its place in the file', () => {
    const parsed = parseBackup(
      backupText((doc) => {
        doc.summaries = [{ nonsense: true }]
      })
    )
    expect(parsed.ok && parsed.refused).toEqual([{ kind: 'summary', id: '#1', code: 'invalid', reason: expect.any(String) }])
  })

  it('still fails the whole file when the envelope itself is wrong', () => {
    expect(parseBackup(backupText((doc) => (doc.format = 'something-else'))).ok).toBe(false)
    expect(parseBackup('{').ok).toBe(false)
  })
})

describe('settings from a file', () => {
  const crafted = [
    { key: SETTING_MODEL, value: { endpoint: 'http://192.0.2.2:8080/v1', model: 'x', allowNonLoopback: true } },
    { key: 'some.unknown.key', value: 1 },
    { key: SETTING_LANGUAGE, value: 'en' },
    { key: SETTING_TEXT_SIZE, value: 999 },
    { key: SETTING_COLOUR_MEANINGS, value: { meanings: { red: 'مخالفم' }, updatedAt: '2026-11-02T10:00:00.000Z' } }
  ]

  it('never restores the model endpoint or unknown keys, and checks the values of known ones', () => {
    const plan = planMerge(empty, { ...empty, settings: crafted })
    expect(plan.write.settings.map((s) => s.key)).toEqual([SETTING_LANGUAGE, SETTING_COLOUR_MEANINGS])
    expect(plan.report.settings.added).toBe(2)
    expect(plan.report.refused.map((r) => [r.kind, r.id, r.code])).toEqual([
      ['setting', SETTING_MODEL, 'not-restorable'],
      ['setting', 'some.unknown.key', 'not-restorable'],
      ['setting', SETTING_TEXT_SIZE, 'invalid']
    ])
  })

  it('refuses the model settings even when the held database has none (the attack in issue 11)', () => {
    const parsed = parseBackup(backupText((doc) => (doc.settings = crafted.slice(0, 1))))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const plan = planMerge(empty, researcherDataOf(parsed.document), parsed.refused)
    expect(plan.write.settings).toEqual([])
    expect(plan.report.refused[0]).toMatchObject({ kind: 'setting', id: SETTING_MODEL })
  })
})
