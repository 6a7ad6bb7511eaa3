import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from './archiveSync'
import { deleteArticles, putArticles } from './articleStore'
import { openDatabase, type BayeganDb } from './database'

let db: BayeganDb | undefined
let n = 0
afterEach(() => db?.close())

describe('articleStore', () => {
  it('writes and deletes each article together with its library head', async () => {
    db = openDatabase(`article-store-${n++}`)
    const pack = await testPack('p', [draft('a', 'خبر الف', { source: { name: 'زومیت', nameEn: 'Zoomit' } }), draft('b', 'خبر ب')])
    await putArticles(db, pack.items.map((item) => toArticleRecord('p', item)))
    expect(await db.articleHeads.get('a')).toEqual({
      id: 'a', packId: 'p', title: 'خبر الف', source: 'زومیت', sourceEn: 'Zoomit',
      published: { precision: 'month', jalali: { year: 1400, month: 5 } }, sortKey: expect.any(Number), tags: ['الکامپ']
    })
    await deleteArticles(db, ['a'])
    expect(await db.articles.count()).toBe(1)
    expect((await db.articleHeads.toArray()).map((h) => h.id)).toEqual(['b'])
  })

  it('fills the heads of articles stored before version 4', async () => {
    const name = `article-store-upgrade-${n++}`
    const old = new Dexie(name)
    old.version(3).stores({ articles: 'id, packId, sortKey, source, *tags, item.url, item.contentHash' })
    const pack = await testPack('p', [draft('a', 'خبر الف'), draft('b', 'خبر ب')])
    await old.table('articles').bulkPut(pack.items.map((item) => toArticleRecord('p', item)))
    old.close()
    db = openDatabase(name)
    expect((await db.articleHeads.orderBy('id').toArray()).map((h) => [h.id, h.title])).toEqual([
      ['a', 'خبر الف'],
      ['b', 'خبر ب']
    ])
  })
})
