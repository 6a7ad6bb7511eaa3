import 'fake-indexeddb/auto'
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { describeTarget } from '../../../shared/anchoring/describe'
import { buildBackup, parseBackup, researcherDataOf } from '../../../shared/backup/backupDocument'
import type { HostBridge } from '../../../shared/host/contract'
import { dispatch } from '../../../shared/host/dispatch'
import { createHandlers } from '../../../main/handlers'
import { testPlatform } from '../../../testSupport/platform'
import { readSeedText } from '../../../testSupport/seed'
import { createHostClient } from '../host/hostClient'
import { createAnnotationRepository, type AnnotationRepository } from './annotations'
import { collectResearcherData, mergeResearcherData } from './annotationsBackup'
import { createJournalSink } from './annotationsJournal'
import { watchChanges } from './changeFeed'
import { openDatabase, type BayeganDb } from './database'

const ARTICLE = 'zoomit-e942ce09813ba0d2'
const seed = await readSeedText()

/** The renderer's repository against the real main-process handlers, as the app wires them. */
function setup(dataDir = mkdtempSync(join(tmpdir(), 'bayegan-data-'))) {
  const handlers = createHandlers(testPlatform({ dataDir, chooseSavePath: async () => savePath, chooseOpenPaths: async () => [savePath] }))
  const bridge: HostBridge = { invoke: ((channel: string, payload: unknown) => dispatch(handlers, channel, payload)) as HostBridge['invoke'] }
  const host = createHostClient(bridge)
  const journal = createJournalSink(host)
  const db = freshDb()
  // As the composition root wires it: the change feed journals every commit.
  watchChanges(db, (changes) => journal.send(changes.journal))
  let tick = Date.parse('2026-11-01T09:00:00.000Z')
  let n = 0
  const repo = createAnnotationRepository(db, { now: () => new Date((tick += 1000)), newId: () => `ann-${++n}` })
  return { host, journal, db, repo, dataDir }
}
const savePath = join(mkdtempSync(join(tmpdir(), 'bayegan-backup-')), 'پشتیبان.json')

const dbs: BayeganDb[] = []
let count = 0
afterEach(() => dbs.splice(0).forEach((db) => db.close()))
function freshDb(): BayeganDb {
  const db = openDatabase(`annotations-test-${count++}`)
  dbs.push(db)
  return db
}

function target(phrase: string, n = 0) {
  let at = -1
  for (let k = 0; k <= n; k++) at = seed.indexOf(phrase, at + 1)
  if (at < 0) throw new Error(`missing ${phrase}`)
  return describeTarget(seed, at, at + phrase.length)
}

/** An hour of annotating, compressed: highlights, notes, tags, recolouring, a deletion and its undo. */
async function annotate(repo: AnnotationRepository): Promise<void> {
  const a = await repo.create({ articleId: ARTICLE, target: target('کسبوکارهای آسیبدیده', 1), colour: 'yellow' })
  const b = await repo.create({ articleId: ARTICLE, target: target('الکامپ ۲۷'), colour: 'blue', note: '**منبع؟** `آمار`', tags: ['آمار', ' آمار ', 'نقل قول'] })
  await repo.update(a.after.id, { note: 'یادداشت *مهم*\n- یک\n- دو', tags: ['وام'] })
  await repo.update(a.after.id, { colour: 'red' })
  const gone = await repo.remove(b.after.id)
  await repo.revert(gone!)
  const c = await repo.create({ articleId: ARTICLE, target: null, colour: null, note: 'یادداشت کل مقاله' })
  await repo.remove(c.after.id)
  await repo.savePlacements([{ id: a.after.id, target: target('کسبوکارهای آسیبدیده', 1), orphan: true }])
  await repo.saveColourMeanings({ red: 'مخالفم', yellow: 'واقعیت کلیدی' })
}

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((x, y) => x.id.localeCompare(y.id))

describe('annotation repository', () => {
  it('writes tombstones, cleans tags and undoes a deletion', async () => {
    const { repo, db, journal } = setup()
    await annotate(repo)
    const all = byId(await db.annotations.toArray())
    expect(all.map((a) => [a.id, a.colour, a.deletedAt === null])).toEqual([
      ['ann-1', 'red', true],
      ['ann-2', 'blue', true],
      ['ann-3', null, false]
    ])
    expect(all[1]?.tags).toEqual(['آمار', 'نقل قول'])
    expect(all[0]?.orphan).toBe(true)
    expect(all[0]?.updatedAt).toBe('2026-11-01T09:00:04.000Z') // a placement is not an edit
    await journal.flush()
    expect(journal.status()).toEqual({ pending: 0, failing: false })
  })

  it('undoing a creation leaves a tombstone, never a hole', async () => {
    const { repo, db } = setup()
    const made = await repo.create({ articleId: ARTICLE, target: target('الکامپ ۲۷'), colour: 'green' })
    await repo.revert(made)
    expect((await db.annotations.get(made.after.id))?.deletedAt).not.toBeNull()
  })
})

describe('nothing lost: journal', () => {
  it('replaying the journal gives the same state as IndexedDB', async () => {
    const { repo, db, journal, host } = setup()
    await annotate(repo)
    await journal.flush()
    const replay = await host.call('journal:read', null)
    expect(replay.skipped).toEqual([])
    expect(byId(replay.annotations)).toEqual(byId(await db.annotations.toArray()))
    expect(replay.settings).toEqual([await db.settings.get('annotations.colourMeanings')])
  })

  it('rebuilds a wiped database from the journal, even with a torn last line', async () => {
    const first = setup()
    await annotate(first.repo)
    await first.journal.flush()
    const expected = await collectResearcherData(first.db)
    writeFileSync(join(first.dataDir, 'researcher-journal.jsonl'), readFileSync(join(first.dataDir, 'researcher-journal.jsonl'), 'utf8') + '{"seq":99,"at":"20')

    const second = setup(first.dataDir) // same data folder, empty IndexedDB
    const replay = await second.host.call('journal:read', null)
    expect(replay.skipped).toHaveLength(1)
    const report = await mergeResearcherData(second.db, replay)
    expect(report.annotations).toEqual({ added: 3, updated: 0, skipped: 0 })
    const rebuilt = await collectResearcherData(second.db)
    expect(byId(rebuilt.annotations)).toEqual(byId(expected.annotations))
    expect(rebuilt.settings).toEqual(expected.settings)
  })
})

describe('backup and restore', () => {
  it('round-trips: export, wipe, import, deep-equal', async () => {
    const { repo, db, host } = setup()
    await annotate(repo)
    await db.summaries.bulkPut([
      { id: 's1', articleId: ARTICLE, lang: 'fa', provenance: 'researcher', text: 'خلاصهٔ پژوهشگر', createdAt: '2026-11-01T09:30:00.000Z' },
      { id: 's2', articleId: ARTICLE, lang: 'en', provenance: 'model', text: 'A draft', model: 'tiny', createdAt: '2026-11-01T09:31:00.000Z' }
    ])
    await db.settings.put({ key: 'ui.language', value: 'en' })
    const before = await collectResearcherData(db)
    const doc = buildBackup(before, { name: 'Bayegan', version: 'test' })
    const saved = await host.call('backup:save', { defaultName: 'bayegan-backup.json', content: JSON.stringify(doc, null, 2) })
    expect(saved).toEqual({ status: 'saved', path: savePath })

    const fresh = setup()
    const opened = await fresh.host.call('backup:open', null)
    if (opened.status !== 'ok') throw new Error(`backup did not open: ${JSON.stringify(opened)}`)
    const report = await mergeResearcherData(fresh.db, researcherDataOf(opened.document))
    expect(report).toEqual({
      annotations: { added: 3, updated: 0, skipped: 0 },
      summaries: { added: 2, updated: 0, skipped: 0 },
      settings: { added: 2, updated: 0, skipped: 0 },
      articles: { added: 0, updated: 0, skipped: 0 },
      positions: { added: 0, updated: 0, skipped: 0 },
      refused: []
    })
    const after = await collectResearcherData(fresh.db)
    expect(byId(after.annotations)).toEqual(byId(before.annotations))
    expect(byId(after.summaries)).toEqual(byId(before.summaries))
    expect(after.settings).toEqual(before.settings)

    // Importing the same file again changes nothing.
    const again = await mergeResearcherData(fresh.db, researcherDataOf(opened.document))
    expect(again.annotations).toEqual({ added: 0, updated: 0, skipped: 3 })
  })

  it('the newest edit wins per id, a deletion included', async () => {
    const { repo, db } = setup()
    const a = await repo.create({ articleId: ARTICLE, target: target('الکامپ ۲۷'), colour: 'yellow', note: 'قدیمی' })
    const exported = buildBackup(await collectResearcherData(db), { name: 'Bayegan', version: 't' })
    await repo.update(a.after.id, { note: 'تازه‌تر' })
    const report = await mergeResearcherData(db, researcherDataOf(exported))
    expect(report.annotations).toEqual({ added: 0, updated: 0, skipped: 1 })
    expect((await db.annotations.get(a.after.id))?.note).toBe('تازه‌تر')

    const deletedLater = researcherDataOf(exported)
    deletedLater.annotations[0] = { ...deletedLater.annotations[0]!, deletedAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' }
    expect((await mergeResearcherData(db, deletedLater)).annotations.updated).toBe(1)
    expect((await db.annotations.get(a.after.id))?.deletedAt).toBe('2027-01-01T00:00:00.000Z')
  })

  it('refuses a file that is not a valid backup and says where', () => {
    expect(parseBackup('{"format":"bayegan-backup"')).toMatchObject({ ok: false, message: expect.stringMatching(/JSON/) })
    const doc = buildBackup({ annotations: [], summaries: [], settings: [], articles: [], positions: [] }, { name: 'B', version: '1' })
    const broken = { ...doc, annotations: { ...doc.annotations, total: 3 } }
    expect(parseBackup(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringMatching(/total/) })
  })
})
