import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Pack } from '../../../shared/archive/schema'
import { buildPackIndexFile } from '../../../shared/search/packIndex'
import { IMPORTED_PACK_ID } from '../../../shared/host/fileImport'
import { draft, testPack } from '../../../testSupport/packs'
import { toArticleRecord } from '../db/archiveSync'
import { openDatabase, type BayeganDb } from '../db/database'
import { indexFromPack } from './packIndexStart'
import { putArticles } from '../db/articleStore'

let db: BayeganDb
let n = 0
afterEach(() => db?.close())

async function stored(pack: Pack): Promise<BayeganDb> {
  db = openDatabase(`pack-index-${n++}`)
  await db.packs.put({ id: pack.manifest.id, contentHash: pack.manifest.contentHash, version: pack.manifest.version, itemCount: pack.items.length, importedAt: '2026-12-01T00:00:00Z' })
  await putArticles(db, pack.items.map((item) => toArticleRecord(pack.manifest.id, item)))
  return db
}

const packOf = (): Promise<Pack> => testPack('elecomp', [draft('a', 'نمایشگاه الکامپ'), draft('b', 'تراکنش‌های بانکی')])

describe('a first start from the pack’s prebuilt index', () => {
  it('loads it, keeps snippet texts, and adds imported articles and the researcher’s notes on top', async () => {
    const pack = await packOf()
    const db = await stored(pack)
    const imported = (await testPack('x', [draft('imp', 'پیام‌رسان داخلی')])).items[0]
    if (!imported) throw new Error('no item')
    await putArticles(db, [toArticleRecord(IMPORTED_PACK_ID, imported)])
    await db.annotations.put({ id: 'n1', articleId: 'a', target: null, quote: 'الکامپ', colour: 'yellow', note: 'دربارهٔ سرمایه‌گذاری', tags: [], orphan: false, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', deletedAt: null })
    const start = await indexFromPack(db, [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: buildPackIndexFile(pack) }])
    const index = start?.index
    expect(start?.verified).toBe(true)
    expect([...(start?.fromDatabase ?? [])].sort()).toEqual(['a', 'imp'])
    expect(index?.size).toBe(3)
    expect(index?.search('تراکنش').hits.map((h) => h.id)).toEqual(['b'])
    expect(index?.search('پیام‌رسان').hits.map((h) => h.id)).toEqual(['imp'])
    expect(index?.search('سرمایه‌گذاری').hits.map((h) => h.id)).toEqual(['a'])
    expect(index?.text('b', 'title')).toBe('تراکنش‌های بانکی')
    expect(index?.text('imp', 'title')).toBe('پیام‌رسان داخلی')
  })

  it('during the first import, withholds what is not stored yet: no hit points at an article the reader cannot open', async () => {
    const pack = await packOf()
    db = openDatabase(`pack-index-${n++}`) // no pack record yet: the import is still storing pages
    const first = pack.items[0]
    if (!first) throw new Error('no item')
    await putArticles(db, [toArticleRecord('elecomp', first)])
    const start = await indexFromPack(db, [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: buildPackIndexFile(pack) }])
    expect(start?.verified).toBe(false)
    expect(start?.index.withheldIds()).toEqual(['b'])
    expect(start?.index.search('تراکنش').hits).toEqual([])
    expect(start?.index.search('الکامپ').hits.map((h) => h.id)).toEqual(['a'])
  })

  it('is refused when its stored articles are not its documents, or it belongs to another pack', async () => {
    const pack = await packOf()
    const db = await stored(pack)
    await db.articles.delete('b')
    const refused: { packId: string; reason: string }[] = []
    expect(await indexFromPack(db, [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: buildPackIndexFile(pack) }], refused)).toBeNull()
    const other = await testPack('other', [draft('a', 'نمایشگاه الکامپ')])
    expect(await indexFromPack(db, [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: buildPackIndexFile(other) }], refused)).toBeNull()
    expect(refused.map((r) => r.reason.split(':')[0])).toEqual(['the stored articles are not the index’s documents', 'other-pack'])
  })

  it('is not used when the stored pack is another version, or the file is damaged: the caller builds', async () => {
    const pack = await packOf()
    const newer = await testPack('elecomp', [draft('a', 'نمایشگاه الکامپ'), draft('b', 'تراکنش‌های بانکی'), draft('c', 'تازه')], '2')
    const db = await stored(newer)
    const file = buildPackIndexFile(pack)
    // Built from version 1, the database holds version 2 (the host would not serve it either).
    expect(await indexFromPack(db, [{ packId: 'elecomp', packContentHash: pack.manifest.contentHash, bytes: file }])).toBeNull()
    // Claims version 2's hash but was built from version 1: its own header says otherwise.
    expect(await indexFromPack(db, [{ packId: 'elecomp', packContentHash: newer.manifest.contentHash, bytes: file }])).toBeNull()
    const good = buildPackIndexFile(newer)
    expect(await indexFromPack(db, [{ packId: 'elecomp', packContentHash: newer.manifest.contentHash, bytes: good.slice(0, good.length - 9) }])).toBeNull()
    expect((await indexFromPack(db, [{ packId: 'elecomp', packContentHash: newer.manifest.contentHash, bytes: good }]))?.index.size).toBe(3)
  })
})
