import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { draft, testPack } from '../../../testSupport/packs'
import { openDatabase, type BayeganDb } from './database'
import {
  acceptModelDraft,
  currentSummariesByArticle,
  restoreSummaryVersion,
  saveSummaryVersion,
  SummaryInputError,
  summariesForArticle,
  versionsOf
} from './summaries'

const CURATED_FA = 'خلاصهٔ گزیدهٔ بایگان.'
const CURATED_EN = 'The curated summary.'

let db: BayeganDb
let dbCount = 0
afterEach(() => db?.close())

async function dbWithArticles(): Promise<BayeganDb> {
  db = openDatabase(`summaries-test-${dbCount++}`)
  const pack = await testPack('p', [
    draft('a', 'الف', { summaries: [{ lang: 'fa', text: CURATED_FA, provenance: 'curated' }, { lang: 'en', text: CURATED_EN, provenance: 'curated' }] }),
    draft('b', 'ب')
  ])
  await db.articles.bulkAdd(pack.items.map((item, i) => ({ id: item.id, packId: 'p', item, sortKey: i, source: item.source.name, tags: item.tags })))
  return db
}

const at = (s: string): Date => new Date(`2026-11-30T12:00:${s}Z`)

describe('summary repository', () => {
  it('serves the curated summaries until the researcher writes one, then the latest version', async () => {
    await dbWithArticles()
    expect(await summariesForArticle(db, 'a')).toEqual({
      fa: { lang: 'fa', text: CURATED_FA, provenance: 'curated' },
      en: { lang: 'en', text: CURATED_EN, provenance: 'curated' }
    })
    await saveSummaryVersion(db, { articleId: 'a', lang: 'en', text: '  First edit.\r\n' }, at('01'))
    await saveSummaryVersion(db, { articleId: 'a', lang: 'en', text: 'Second edit.' }, at('02'))
    const current = await summariesForArticle(db, 'a')
    expect(current.en).toMatchObject({ text: 'Second edit.', provenance: 'researcher' })
    expect(current.fa).toMatchObject({ text: CURATED_FA, provenance: 'curated' })
    expect((await versionsOf(db, 'a', 'en')).map((v) => v.text)).toEqual(['Second edit.', 'First edit.'])
    expect(await summariesForArticle(db, 'b')).toEqual({})
  })

  it('never touches the curated summary in the article', async () => {
    await dbWithArticles()
    const before = structuredClone((await db.articles.get('a'))?.item)
    await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'نسخهٔ پژوهشگر.' })
    await acceptModelDraft(db, 'a', { fa: 'پیش‌نویس.', en: 'Draft.', model: 'm:1b' })
    expect((await db.articles.get('a'))?.item).toEqual(before)
  })

  it('keeps versions strictly ordered even when the clock ties or runs backwards', async () => {
    await dbWithArticles()
    const a = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'یک' }, at('05'))
    const b = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'دو' }, at('05'))
    const c = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'سه' }, at('01'))
    expect(a.createdAt < b.createdAt && b.createdAt < c.createdAt).toBe(true)
    expect((await summariesForArticle(db, 'a')).fa?.text).toBe('سه')
  })

  it('restores an old version as a new version on top, keeping everything in between', async () => {
    await dbWithArticles()
    const first = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'نسخهٔ یکم' }, at('01'))
    await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'نسخهٔ دوم' }, at('02'))
    const restored = await restoreSummaryVersion(db, first.id, at('03'))
    expect(restored.id).not.toBe(first.id)
    expect(restored).toMatchObject({ text: 'نسخهٔ یکم', provenance: 'researcher' })
    expect((await versionsOf(db, 'a', 'fa')).map((v) => v.text)).toEqual(['نسخهٔ یکم', 'نسخهٔ دوم', 'نسخهٔ یکم'])
    expect((await summariesForArticle(db, 'a')).fa?.text).toBe('نسخهٔ یکم')
    await expect(restoreSummaryVersion(db, 'no-such-id')).rejects.toBeInstanceOf(SummaryInputError)
  })

  it('accepts a model draft as two versions naming the model, and restoring one keeps its provenance', async () => {
    await dbWithArticles()
    const [fa, en] = await acceptModelDraft(db, 'a', { fa: 'پیش‌نویس مدل.', en: 'Model draft.', model: 'qwen2.5:7b' }, at('01'))
    expect(fa).toMatchObject({ lang: 'fa', provenance: 'model', model: 'qwen2.5:7b' })
    expect(en).toMatchObject({ lang: 'en', provenance: 'model', model: 'qwen2.5:7b' })
    expect((await summariesForArticle(db, 'a')).en).toMatchObject({ text: 'Model draft.', provenance: 'model', model: 'qwen2.5:7b' })
    await saveSummaryVersion(db, { articleId: 'a', lang: 'en', text: 'Edited by hand.' }, at('02'))
    await restoreSummaryVersion(db, (en as { id: string }).id, at('03'))
    expect((await summariesForArticle(db, 'a')).en).toMatchObject({ text: 'Model draft.', provenance: 'model', model: 'qwen2.5:7b' })
  })

  it('refuses empty or oversized text and unknown articles, and skips a save that changes nothing', async () => {
    await dbWithArticles()
    await expect(saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: ' \n ' })).rejects.toMatchObject({ reason: 'empty' })
    await expect(saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'x'.repeat(20_001) })).rejects.toMatchObject({ reason: 'too-long' })
    await expect(saveSummaryVersion(db, { articleId: 'zzz', lang: 'fa', text: 'x' })).rejects.toMatchObject({ reason: 'no-article' })
    const one = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'همان' })
    const again = await saveSummaryVersion(db, { articleId: 'a', lang: 'fa', text: 'همان ' })
    expect(again.id).toBe(one.id)
    expect(await versionsOf(db, 'a', 'fa')).toHaveLength(1)
  })

  it('survives closing and reopening the database', async () => {
    await dbWithArticles()
    await saveSummaryVersion(db, { articleId: 'a', lang: 'en', text: 'Durable.' })
    const name = db.name
    db.close()
    db = openDatabase(name)
    expect((await summariesForArticle(db, 'a')).en?.text).toBe('Durable.')
  })

  it('lists current summaries for every article at once', async () => {
    await dbWithArticles()
    await saveSummaryVersion(db, { articleId: 'b', lang: 'fa', text: 'فقط فارسی' })
    const all = await currentSummariesByArticle(db)
    expect([...all.keys()].sort()).toEqual(['a', 'b'])
    expect(all.get('a')?.en?.provenance).toBe('curated')
    expect(all.get('b')).toEqual({ fa: expect.objectContaining({ text: 'فقط فارسی', provenance: 'researcher' }) })
  })
})
