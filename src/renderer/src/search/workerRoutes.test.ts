import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from '../db/archiveSync'
import { openDatabase, type BayeganDb } from '../db/database'
import { IndexSession } from './indexSession'
import { SNIPPETS_FIRST, type WorkerMessage } from './protocol'
import { createWorkerRoutes, type RouteOptions } from './workerRoutes'
import { memorySnapshotFiles } from './snapshotFiles'
import { dataStamp } from './searchDocs'
import { putArticles } from '../db/articleStore'

let db: BayeganDb
let n = 0
afterEach(() => db?.close())

async function routed(titles: string[], timing: RouteOptions = { saveDelayMs: 10 }, pause?: () => Promise<void>) {
  db = openDatabase(`worker-routes-${n++}`)
  const pack = await testPack('p', titles.map((t, i) => draft(`a${i}`, t)))
  await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
  const posted: WorkerMessage[] = []
  const files = memorySnapshotFiles()
  const session = new IndexSession(db, { report: (status) => posted.push({ kind: 'status', status }), files, ...(pause ? { pause } : {}) })
  const scored = vi.spyOn(session, 'search')
  // The UI's part: asked for the packs' prebuilt indexes, it has none here.
  const route = createWorkerRoutes(
    session,
    (m) => {
      posted.push(m)
      if (m.kind === 'wantPackIndexes') setTimeout(() => route({ kind: 'packIndexes', seq: 0, offers: [] }), 0)
    },
    timing
  )
  const results = () => posted.flatMap((m) => (m.kind === 'results' ? [m] : []))
  return { route, posted, results, scored, session, pack, files }
}

const search = (seq: number, query: string) => ({ kind: 'search' as const, seq, query, filters: {}, limit: 10 })

describe('the search worker’s routes', () => {
  it('applies the changes that queued while the index was busy together, a bounded number per turn', async () => {
    const { route, session, results } = await routed(['تراکنش بانکی', 'نمایشگاه الکامپ'])
    const applied = vi.spyOn(session, 'applyChanges')
    route({ kind: 'changed', seq: 1, articleIds: ['before-init'] }) // the start's read covers it
    route({ kind: 'init', seq: 2 })
    // Three pages stored while the index is still starting, then one page larger than a turn takes.
    const extra = await testPack('q', [draft('b0', 'گزارش تازه'), draft('b1', 'خبر دیگر')])
    await putArticles(db, extra.items.map((item) => toArticleRecord('q', item)))
    route({ kind: 'changed', seq: 3, articleIds: ['b0'] })
    route({ kind: 'changed', seq: 4, articleIds: ['b1', 'a0'] })
    route({ kind: 'changed', seq: 5, articleIds: ['b0'] })
    await vi.waitFor(() => expect(applied).toHaveBeenCalledTimes(1))
    expect(applied.mock.calls[0]?.[0]).toEqual(['b0', 'b1', 'a0'])
    const many = Array.from({ length: 12_000 }, (_, i) => `gone-${i}`)
    route({ kind: 'changed', seq: 6, articleIds: many })
    await vi.waitFor(() => expect(applied).toHaveBeenCalledTimes(4))
    expect(applied.mock.calls.slice(1).map((c) => c[0].length)).toEqual([5000, 5000, 2000])
    route(search(7, 'گزارش'))
    await vi.waitFor(() => expect(results()).toHaveLength(1))
    expect(results()[0]?.hits.map((h) => h.id)).toEqual(['b0'])
  })

  it('answers nothing before init, then only the newest of the queries that waited: the replaced ones are not scored', async () => {
    const { route, results, scored } = await routed(['تراکنش بانکی', 'نمایشگاه الکامپ'])
    route(search(1, 'ت'))
    route(search(2, 'ترا'))
    await new Promise((r) => setTimeout(r, 30))
    expect(results()).toEqual([])
    route({ kind: 'init', seq: 3 })
    route(search(4, 'تراکنش'))
    await vi.waitFor(() => expect(results()).toHaveLength(1))
    expect(results()[0]).toMatchObject({ seq: 4, total: 1 })
    expect(results()[0]?.hits[0]?.title.text).toBe('تراکنش بانکی')
    expect(scored).toHaveBeenCalledTimes(1)
    // Typed one after another while the worker is free: each waits a turn and only the last is scored.
    route(search(5, 'ن'))
    route(search(6, 'نما'))
    route(search(7, 'نمایشگاه'))
    await vi.waitFor(() => expect(results()).toHaveLength(2))
    expect(results()[1]).toMatchObject({ seq: 7, query: 'نمایشگاه', total: 1 })
    expect(scored).toHaveBeenCalledTimes(2)
  })

  it('answers with the first hits’ snippets at once and the rest’s right after, unless a newer query came first', async () => {
    const many = Array.from({ length: 14 }, (_, i) => `تراکنش شماره ${i + 1}`)
    const quiet = { saveDelayMs: 60_000, saveMaxWaitMs: 60_000 } // no save during the test
    const { route, results, session } = await routed(many, quiet)
    route({ kind: 'init', seq: 1 })
    route({ ...search(2, 'تراکنش'), limit: 30 })
    await vi.waitFor(() => expect(results()).toHaveLength(2))
    const [first, full] = results()
    expect(first).toMatchObject({ seq: 2, query: 'تراکنش', total: 14, complete: false })
    expect(full).toMatchObject({ seq: 2, query: 'تراکنش', total: 14, complete: true })
    const withSnippets = (m: typeof first): number => m?.hits.filter((h) => h.snippets.length > 0).length ?? -1
    expect(withSnippets(first)).toBe(SNIPPETS_FIRST)
    expect(withSnippets(full)).toBe(14)
    // Same hits in the same order, the first ones as they were; every title highlighted in both.
    expect(full?.hits.map((h) => h.id)).toEqual(first?.hits.map((h) => h.id))
    expect(full?.hits.slice(0, SNIPPETS_FIRST)).toEqual(first?.hits.slice(0, SNIPPETS_FIRST))
    expect(first?.hits.every((h) => h.title.highlights.length === 1)).toBe(true)
    expect(full?.hits).toEqual((await session.search('تراکنش', {}, 30)).hits)
    // A newer query typed before the rest is cut: the rest of the older one is never posted.
    const pauses: (() => void)[] = []
    const next = async (): Promise<void> => {
      await vi.waitFor(() => expect(pauses.length).toBeGreaterThan(0))
      pauses.shift()?.()
    }
    db.close()
    const held = await routed(many, { ...quiet, pause: () => new Promise<void>((r) => pauses.push(r)) })
    held.route({ kind: 'init', seq: 1 })
    held.route({ ...search(2, 'تراکنش'), limit: 30 })
    await next() // its turn: scored, the first hits posted
    await vi.waitFor(() => expect(held.results()).toHaveLength(1))
    await vi.waitFor(() => expect(pauses).toHaveLength(1)) // the rest waits its turn...
    held.route({ ...search(3, 'شماره'), limit: 30 })
    await vi.waitFor(() => expect(pauses).toHaveLength(2))
    await next() // ...and finds a newer query
    await next()
    await next()
    await vi.waitFor(() => expect(held.results().map((m) => `${m.seq} ${m.complete}`)).toEqual(['2 false', '3 false', '3 true']))
  })

  it('warms the engine with common prefixes of its own words once ready, unless a query comes first', async () => {
    const titles = ['تراکنش بانکی بزرگ', 'بانکداری و تراکنش', 'بانک مرکزی', 'نمایشگاه بانکداری']
    const idle = await routed(titles, { saveDelayMs: 10 })
    const warmed = vi.spyOn(idle.session, 'warmUp')
    idle.route({ kind: 'init', seq: 1 })
    await vi.waitFor(() => expect(warmed.mock.calls.length).toBeGreaterThanOrEqual(3))
    // «تراکنش» and «بانک» are in two titles each (a tie goes to the word indexed first).
    expect(warmed.mock.calls.slice(0, 3).map((c) => c[0])).toEqual(['تر', 'با', 'تراکنش با'])
    expect(idle.results()).toEqual([]) // nothing posted for them
    expect(idle.scored).not.toHaveBeenCalled()
    // Changes empty the engine's caches: once they are saved, it is warmed again.
    await new Promise((r) => setTimeout(r, 100))
    const saved = vi.spyOn(idle.session, 'save')
    const before = warmed.mock.calls.length
    idle.route({ kind: 'changed', seq: 2, articleIds: ['a0'] })
    await vi.waitFor(() => expect(warmed.mock.calls.length).toBe(before + 3))
    expect(saved).toHaveBeenCalledTimes(1)
    expect(saved.mock.invocationCallOrder[0]).toBeLessThan(warmed.mock.invocationCallOrder[before] as number)
    db.close()
    const busy = await routed(titles, { saveDelayMs: 60_000, saveMaxWaitMs: 60_000 })
    const notWarmed = vi.spyOn(busy.session, 'warmUp')
    busy.route({ kind: 'init', seq: 1 })
    busy.route(search(2, 'بانک'))
    await vi.waitFor(() => expect(busy.results()).toHaveLength(1))
    await new Promise((r) => setTimeout(r, 50))
    expect(notWarmed).not.toHaveBeenCalled() // the researcher's own queries warm it
  })

  it('applies changes made after the index read the database, saves when quiet, and the saved index starts the next session', async () => {
    const { route, results, pack, files } = await routed(['تراکنش بانکی'])
    route({ kind: 'changed', seq: 1, articleIds: ['a0'] }) // before init: the read covers it
    route({ kind: 'init', seq: 2 })
    const extra = (await testPack('q', [draft('b0', 'پیام‌رسان داخلی')])).items[0]
    if (!extra || !pack) throw new Error('no item')
    await putArticles(db, [toArticleRecord('q', extra)])
    route({ kind: 'changed', seq: 3, articleIds: ['b0'] })
    await vi.waitFor(() => expect(db.searchSnapshots.count()).resolves.toBe(1))
    route(search(4, 'پیام‌رسان'))
    await vi.waitFor(() => expect(results()).toHaveLength(1))
    expect(results()[0]?.hits.map((h) => h.id)).toEqual(['b0'])
    const next = new IndexSession(db, { report: () => {}, files })
    await next.start()
    expect(next.loadedFrom).toBe('snapshot')
    expect((await next.search('پیام‌رسان', {}, 10)).hits[0]?.snippets).toBeDefined()
    // The index is a file; IndexedDB holds only the small record naming it.
    const record = await db.searchSnapshots.get('main')
    expect(record?.data).toBeUndefined()
    expect(record?.bytes).toBe(files.files.get(record?.file ?? '')?.length)
  })

  it('a saved index file that is damaged, cut short, missing or saved for other data is not used: the index is built', async () => {
    const { route, files } = await routed(['تراکنش بانکی', 'پیام‌رسان داخلی'])
    route({ kind: 'init', seq: 1 })
    await vi.waitFor(() => expect(db.searchSnapshots.count()).resolves.toBe(1))
    const name = (await db.searchSnapshots.get('main'))?.file ?? ''
    const good = files.files.get(name) as Uint8Array
    const startFrom = async (bytes: Uint8Array | null): Promise<string> => {
      if (bytes) files.files.set(name, bytes)
      else files.files.delete(name)
      const session = new IndexSession(db, { report: () => {}, files })
      await session.start()
      expect((await session.search('تراکنش', {}, 10)).total).toBe(1)
      return `${session.loadedFrom}, ${session.savedIndex}`
    }
    expect(await startFrom(good)).toBe('snapshot, loaded')
    const damaged = good.slice()
    damaged[damaged.length - 3] = (damaged[damaged.length - 3] as number) ^ 1
    expect(await startFrom(damaged)).toBe('build, unreadable')
    expect(await startFrom(good.slice(0, good.length - 10))).toBe('build, unreadable')
    expect(await startFrom(null)).toBe('build, unreadable')
    // Saved for other data: the record's stamp matches, the file's does not (a save cut short between the two).
    await db.annotations.put({ id: 'n1', articleId: 'a0', target: null, quote: null, colour: 'yellow', note: 'یادداشت', tags: [], orphan: false, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', deletedAt: null } as never)
    const record = await db.searchSnapshots.get('main')
    await db.searchSnapshots.put({ ...(record as NonNullable<typeof record>), archiveHash: await dataStamp(db) })
    expect(await startFrom(good)).toBe('build, other-data')
  })

  it('a save records the data as the index read it: an article written after that read is never missing from a later start', async () => {
    const { session, files } = await routed(['تراکنش بانکی'])
    await session.start() // built from the database as it was
    const late = (await testPack('q', [draft('b0', 'پیام‌رسان داخلی')])).items[0]
    if (!late) throw new Error('no item')
    await putArticles(db, [toArticleRecord('q', late)]) // its change has not reached the index
    expect(await session.save()).toBe(true)
    const next = new IndexSession(db, { report: () => {}, files })
    await next.start()
    expect(next.savedIndex).toBe('other-data') // saved for the data before the write: not trusted now
    expect((await next.search('پیام‌رسان', {}, 10)).hits.map((h) => h.id)).toEqual(['b0'])
  })

  it('without a place for files the index is not saved, and each start builds it', async () => {
    db = openDatabase(`worker-routes-${n++}`)
    const pack = await testPack('p', [draft('a0', 'تراکنش بانکی')])
    await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
    const session = new IndexSession(db, { report: () => {}, files: null })
    await session.start()
    expect(await session.save()).toBe(false)
    expect(await db.searchSnapshots.count()).toBe(0)
    expect(session.status()).toMatchObject({ state: 'ready', loadedFrom: 'build', savedIndex: 'no-files' })
  })

  it('typing holds a pending save off until it pauses, however long past the most a change may postpone it', async () => {
    const { route, session, posted } = await routed(['تراکنش بانکی'], { saveDelayMs: 60, saveMaxWaitMs: 80 })
    const saves = vi.spyOn(session, 'save')
    route({ kind: 'init', seq: 1 })
    // A build is saved before it answers, and once more when quiet (nothing changed: nothing written).
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(2))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }) // the routes' clock only; IndexedDB keeps its own
    try {
      const statuses = posted.length
      route({ kind: 'changed', seq: 2, articleIds: ['a0'] }) // once applied, a save is pending
      for (let turns = 0; posted.length === statuses || turns < 5; turns++) await new Promise((r) => setImmediate(r))
      for (let seq = 3; seq < 18; seq++) {
        route(search(seq, 'تراکنش'.slice(0, 1 + (seq % 6))))
        await vi.advanceTimersByTimeAsync(20)
      }
      expect(saves).toHaveBeenCalledTimes(2) // 300 ms of typing, past the 80 ms a change may wait
      await vi.advanceTimersByTimeAsync(61)
      expect(saves).toHaveBeenCalledTimes(3) // saved once typing paused
    } finally {
      vi.useRealTimers()
    }
  })

  it('a save already running lets a key typed meanwhile through after one of its steps, not after the whole save', async () => {
    // At each of the session's pauses: how many answers had been posted by then.
    const answersAtStep: number[] = []
    let answered = (): number => 0
    let typeNow: (() => void) | null = null
    const { route, results, files } = await routed(
      Array.from({ length: 60 }, (_, i) => `تراکنش بانکی شماره ${i}`),
      { saveDelayMs: 10 },
      async () => {
        answersAtStep.push(answered())
        const type = typeNow
        typeNow = null
        type?.()
        await new Promise((r) => setTimeout(r, 5))
      }
    )
    answered = () => results().length
    route({ kind: 'init', seq: 1 })
    await vi.waitFor(() => expect(db.searchSnapshots.count()).resolves.toBe(1)) // the build's own save
    const saved = (await db.searchSnapshots.get('main'))?.savedAt
    const late = (await testPack('q', [draft('b0', 'پیام‌رسان داخلی')])).items[0]
    if (!late) throw new Error('no item')
    await putArticles(db, [toArticleRecord('q', late)])
    answersAtStep.length = 0
    typeNow = () => route(search(2, 'پیام')) // typed at the save's first pause
    route({ kind: 'changed', seq: 3, articleIds: ['b0'] }) // applied, then saved when quiet
    await vi.waitFor(async () => expect((await db.searchSnapshots.get('main'))?.savedAt).not.toBe(saved))
    expect(results()).toHaveLength(1)
    expect(results()[0]?.hits.map((h) => h.id)).toEqual(['b0'])
    // Answered while the save still had steps to go (before: two pauses in all, after serialising and after encoding).
    expect(answersAtStep[0]).toBe(0)
    expect(answersAtStep.filter((n) => n === 1).length).toBeGreaterThanOrEqual(3)
    const next = new IndexSession(db, { report: () => {}, files })
    await next.start()
    expect(next.loadedFrom).toBe('snapshot')
    expect((await next.search('پیام', {}, 10)).hits.map((h) => h.id)).toEqual(['b0'])
  })

  it('tells each query the start failed instead of leaving it waiting', async () => {
    const { route, posted } = await routed(['تراکنش'])
    db.close()
    route({ kind: 'init', seq: 1 })
    route(search(2, 'تراکنش'))
    await vi.waitFor(() => expect(posted.some((m) => m.kind === 'error' && m.seq === 2)).toBe(true))
    expect(posted).toContainEqual(expect.objectContaining({ kind: 'status', status: expect.objectContaining({ state: 'failed' }) }))
  })
})
