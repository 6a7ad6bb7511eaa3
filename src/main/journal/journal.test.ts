import { appendFileSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../shared/domain/annotation'
import { dispatch } from '../../shared/host/dispatch'
import { createHandlers } from '../handlers'
import { testPlatform } from '../../testSupport/platform'
import { createJournal } from './journalFile'
import { draft, testPack } from '../../testSupport/packs'
import { PACK_LIMITS } from '../../shared/archive/limits'
import { JOURNAL_ARTICLE_MAX_CHARS, type JournalState } from '../../shared/backup/journalEntry'

function annotation(id: string, note: string, at = '2026-11-01T10:00:00.000Z'): Annotation {
  return {
    id,
    articleId: 'zoomit-e942ce09813ba0d2',
    target: null,
    quote: null,
    colour: 'yellow',
    note,
    tags: ['الکامپ'],
    orphan: false,
    createdAt: at,
    updatedAt: at,
    deletedAt: null
  }
}

describe('the researcher journal', () => {
  it('appends numbered lines and replays to the last record per id', async () => {
    const { dataDir } = testPlatform()
    const journal = createJournal(dataDir)
    await journal.append([{ kind: 'annotation', record: annotation('a', 'نخست') }])
    await journal.append([
      { kind: 'annotation', record: annotation('b', 'دوم') },
      { kind: 'annotation', record: { ...annotation('a', 'ویرایش‌شده'), deletedAt: '2026-11-01T11:00:00.000Z' } },
      { kind: 'setting', record: { key: 'annotations.colourMeanings', value: { meanings: { red: 'رد' }, updatedAt: '2026-11-01T10:00:00.000Z' } } }
    ])
    const lines = readFileSync(journal.path, 'utf8').trimEnd().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3, 4])
    const state = await journal.read()
    expect(state.applied).toBe(4)
    expect(state.skipped).toEqual([])
    expect(state.annotations.map((a) => [a.id, a.note, a.deletedAt !== null])).toEqual([
      ['a', 'ویرایش‌شده', true],
      ['b', 'دوم', false]
    ])
    expect(state.settings).toHaveLength(1)
  })

  it('replays imported articles and reading positions, the last per id', async () => {
    const { dataDir } = testPlatform()
    const journal = createJournal(dataDir)
    const item = (await testPack('x', [draft('imported-1', 'گزارش وارد‌شده')])).items[0]!
    await journal.append([
      { kind: 'article', record: item },
      { kind: 'position', record: { articleId: 'imported-1', fraction: 0.2, updatedAt: '2026-11-01T10:00:00.000Z' } },
      { kind: 'position', record: { articleId: 'imported-1', fraction: 0.7, segmentKey: 'p-2', withinSegment: 0.1, updatedAt: '2026-11-01T10:05:00.000Z' } }
    ])
    const state = await journal.read()
    expect(state.skipped).toEqual([])
    expect(state.articles.map((a) => a.title)).toEqual(['گزارش وارد‌شده'])
    expect(state.positions).toEqual([{ articleId: 'imported-1', fraction: 0.7, segmentKey: 'p-2', withinSegment: 0.1, updatedAt: '2026-11-01T10:05:00.000Z' }])
  })

  it('keeps sequence numbers strictly increasing when appends overlap', async () => {
    const journal = createJournal(testPlatform().dataDir)
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.append([{ kind: 'annotation', record: annotation(`n${i}`, String(i)) }])))
    const seqs = readFileSync(journal.path, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq)
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('drain() waits for every append already asked for, the ones arriving meanwhile included', async () => {
    const journal = createJournal(testPlatform().dataDir)
    // Not awaited, as the IPC handler's callers are not awaited when the app quits.
    for (let i = 0; i < 5; i++) void journal.append([{ kind: 'annotation', record: annotation(`d${i}`, String(i)) }])
    const drained = journal.drain()
    void journal.append([{ kind: 'annotation', record: annotation('late', 'آخر') }])
    await drained
    const lines = readFileSync(journal.path, 'utf8').trimEnd().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines.at(-1)).toContain('آخر')
  })

  it('skips a torn last line with a report, and a later start appends on a fresh line after it', async () => {
    const { dataDir } = testPlatform()
    const first = createJournal(dataDir)
    await first.append([{ kind: 'annotation', record: annotation('a', 'سالم') }])
    // A crash in the middle of a write: half a line, no newline.
    const half = JSON.stringify({ seq: 2, at: '2026-11-01T10:00:00.000Z', kind: 'annotation', record: annotation('b', 'نیمه') }).slice(0, 70)
    appendFileSync(first.path, half)

    const second = createJournal(dataDir) // the app restarted
    const before = await second.read()
    expect(before.annotations.map((a) => a.id)).toEqual(['a'])
    expect(before.skipped).toEqual([{ line: 2, reason: 'truncated line' }])

    await second.append([{ kind: 'annotation', record: annotation('c', 'پس از خرابی') }])
    const after = await second.read()
    expect(after.annotations.map((a) => a.id)).toEqual(['a', 'c'])
    expect(after.skipped).toHaveLength(1)
    // Lines are numbered by position: the torn line keeps its place as line 2.
    expect(after.lastSeq).toBe(3)
  })

  it('a line whose seq is the largest safe integer does not invalidate the lines written after it', async () => {
    const journal = createJournal(testPlatform().dataDir)
    await journal.append([{ kind: 'annotation', record: annotation('a', 'x') }])
    const huge = JSON.stringify({ seq: Number.MAX_SAFE_INTEGER, at: '2026-11-01T10:00:00.000Z', kind: 'annotation', record: annotation('b', 'دست‌کاری‌شده') })
    appendFileSync(journal.path, huge + '\n')
    const restarted = createJournal(journal.path.replace(/\/[^/]+$/, ''))
    await restarted.append([{ kind: 'annotation', record: annotation('c', 'بعدی') }])
    await restarted.append([{ kind: 'annotation', record: annotation('d', 'بعدتر') }])
    const state = await restarted.read()
    expect(state.skipped).toEqual([])
    expect(state.annotations.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('reports a line that is JSON but not a valid change, and goes on', async () => {
    const journal = createJournal(testPlatform().dataDir)
    await journal.append([{ kind: 'annotation', record: annotation('a', 'x') }])
    appendFileSync(journal.path, '{"seq":2,"at":"2026-11-01T10:00:00.000Z","kind":"annotation","record":{"id":"b"}}\n')
    await createJournal(journal.path.replace(/\/[^/]+$/, '')).append([{ kind: 'annotation', record: annotation('c', 'y') }])
    const state = await journal.read()
    expect(state.annotations.map((a) => a.id)).toEqual(['a', 'c'])
    expect(state.skipped[0]?.line).toBe(2)
    expect(state.skipped[0]?.reason).toMatch(/invalid entry at record/)
  })
})

describe('imported articles at the size limits', () => {
  // The largest article an import can make (every paragraph at its cap) is below the journal's
  // article cap, travels through the channel and replays whole; past the cap the channel refuses it.
  const paragraph = (i: number): string => `پاراگراف ${i}: ` + 'گزارش نمایشگاه الکامپ و غرفه‌های دانش‌بنیان. '.repeat(800).slice(0, PACK_LIMITS.blockChars - 20)
  const bigItem = async (blocks: number) => {
    const small = (await testPack('x', [draft('imported-big', 'گزارشی بسیار بلند')])).items[0]!
    return { ...small, body: Array.from({ length: blocks }, (_, i) => ({ kind: 'paragraph' as const, text: paragraph(i) })) }
  }

  it('the largest importable article is journalled through the channel and replays whole', async () => {
    // About 15 million characters written, fsync'd, read and validated: slow on a loaded machine.
    const platform = testPlatform()
    const handlers = createHandlers(platform)
    const item = await bigItem(PACK_LIMITS.bodyBlocks)
    expect(JSON.stringify(item).length).toBeGreaterThan(14_000_000)
    expect(JSON.stringify(item).length).toBeLessThanOrEqual(JOURNAL_ARTICLE_MAX_CHARS)
    const sent = await dispatch(handlers, 'journal:append', { changes: [{ kind: 'article', record: item }] })
    expect(sent.ok).toBe(true)
    const read = await dispatch(handlers, 'journal:read', null)
    if (!read.ok) throw new Error(read.error.message)
    const state = read.value as JournalState
    expect(state.skipped).toEqual([])
    expect(state.articles[0]?.body).toHaveLength(PACK_LIMITS.bodyBlocks)
    expect(state.articles[0]?.body.at(-1)).toEqual({ kind: 'paragraph', text: paragraph(PACK_LIMITS.bodyBlocks - 1) })
  }, 120_000)

  it('an article past the journal cap is refused by the channel and nothing is written', async () => {
    const platform = testPlatform()
    const handlers = createHandlers(platform)
    const item = await bigItem(Math.ceil(JOURNAL_ARTICLE_MAX_CHARS / PACK_LIMITS.blockChars) + 1)
    const sent = await dispatch(handlers, 'journal:append', { changes: [{ kind: 'article', record: item }] })
    expect(sent.ok).toBe(false)
    const read = await dispatch(handlers, 'journal:read', null)
    if (!read.ok) throw new Error(read.error.message)
    expect((read.value as JournalState).articles).toEqual([])
    expect((read.value as JournalState).applied).toBe(0)
  })
})

describe('journal and backup channels', () => {
  it('refuse payloads that break the schema or its size caps', async () => {
    const handlers = createHandlers(testPlatform())
    const tooLong = { ...annotation('a', 'x'.repeat(60_000)) }
    const bad = await dispatch(handlers, 'journal:append', { changes: [{ kind: 'annotation', record: tooLong }] })
    expect(bad.ok).toBe(false)
    const extra = await dispatch(handlers, 'journal:append', { changes: [{ kind: 'annotation', record: { ...annotation('a', 'x'), script: '<b>' } }] })
    expect(extra.ok).toBe(false)
    const empty = await dispatch(handlers, 'journal:append', { changes: [] })
    expect(empty.ok).toBe(false)
    const notBackup = await dispatch(handlers, 'backup:save', { defaultName: 'x.json', content: '{"format":"other"}' })
    expect(notBackup).toMatchObject({ ok: false, error: { code: 'bad-payload' } })
  })
})
