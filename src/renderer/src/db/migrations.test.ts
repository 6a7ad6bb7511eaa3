// Schema upgrades from the first released version (1) to the current one, with data in place:
// a raw IndexedDB database laid out exactly as Dexie version 1 made it is opened by openDatabase.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { draft } from '../../../testSupport/packs'
import { ensureHeadsCache, readHeadsCache } from './headsCache'
import { openDatabase } from './database'

/** Dexie stores version n as IndexedDB version n * 10. */
function createVersion1(name: string, fill: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10)
    request.onupgradeneeded = () => {
      const db = request.result
      const articles = db.createObjectStore('articles', { keyPath: 'id' })
      articles.createIndex('packId', 'packId')
      articles.createIndex('sortKey', 'sortKey')
      articles.createIndex('source', 'source')
      articles.createIndex('tags', 'tags', { multiEntry: true })
      db.createObjectStore('packs', { keyPath: 'id' })
      db.createObjectStore('settings', { keyPath: 'key' })
      db.createObjectStore('readingPositions', { keyPath: 'articleId' })
      db.createObjectStore('importLog', { keyPath: 'id', autoIncrement: true }).createIndex('packId', 'packId')
      fill(request.transaction as IDBTransaction)
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

/** Version 6 exactly as main had it before pictures were kept. */
function openDatabaseAt6(name: string): Dexie {
  const v6 = new Dexie(name)
  v6.version(6).stores({
    articles: 'id, packId, sortKey, source, *tags, item.url, item.contentHash, urlKey, originalOf',
    packs: 'id',
    settings: 'key',
    readingPositions: 'articleId',
    importLog: '++id, packId',
    annotations: 'id, articleId, colour, *tags, updatedAt, createdAt',
    summaries: 'id, articleId, [articleId+lang], createdAt',
    searchSnapshots: 'key',
    articleHeads: 'id, packId, sortKey',
    editions: 'id, packId, number',
    drafts: 'key'
  })
  return v6
}

describe('Dexie schema upgrades', () => {
  it('opens a version-1 database at the current version with every row kept and new indexes usable', async () => {
    const item = { ...draft('seed-1', 'عنوان', { url: 'https://www.zoomit.ir/a/1/' }), contentHash: 'a'.repeat(64) }
    await createVersion1('bayegan-migration', (tx) => {
      tx.objectStore('articles').put({ id: item.id, packId: 'elecomp', item, sortKey: 14030408, source: item.source.name, tags: item.tags })
      tx.objectStore('packs').put({ id: 'elecomp', contentHash: 'b'.repeat(64), version: '1', itemCount: 1, importedAt: '2026-11-01T00:00:00Z' })
      tx.objectStore('settings').put({ key: 'language', value: 'en' })
      tx.objectStore('readingPositions').put({ articleId: item.id, fraction: 0.4, updatedAt: '2026-11-02T00:00:00Z' })
      tx.objectStore('importLog').add({ packId: 'elecomp', contentHash: 'b'.repeat(64), itemCount: 1, at: '2026-11-01T00:00:00Z', kind: 'first-import' })
    })

    const db = openDatabase('bayegan-migration')
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(6)
    expect(await db.articles.get('seed-1')).toMatchObject({ packId: 'elecomp', sortKey: 14030408 })
    expect(await db.packs.count()).toBe(1)
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' })
    expect((await db.readingPositions.get('seed-1'))?.fraction).toBe(0.4)
    expect(await db.importLog.where('packId').equals('elecomp').count()).toBe(1)
    // Version 3's indexes cover the rows that were there before the upgrade.
    expect((await db.articles.where('item.url').equals('https://www.zoomit.ir/a/1/').first())?.id).toBe('seed-1')
    expect((await db.articles.where('item.contentHash').equals('a'.repeat(64)).first())?.id).toBe('seed-1')
    // Later versions' tables exist and were filled from the rows in place where they derive from them.
    expect((await db.articleHeads.get('seed-1'))?.packId).toBe('elecomp')
    expect(await db.annotations.count()).toBe(0)
    expect(await db.summaries.count()).toBe(0)
    // Version 6: drafts start empty and take a draft.
    expect(await db.drafts.count()).toBe(0)
    await db.drafts.put({ key: 'note:x', text: 'یادداشت نیمه‌کاره', updatedAt: '2026-11-03T00:00:00Z' })
    expect((await db.drafts.get('note:x'))?.text).toBe('یادداشت نیمه‌کاره')
    db.close()
  })

  it('opens a version-4 database (before drafts) at the latest version with its researcher data kept', async () => {
    const v4 = new Dexie('bayegan-v4')
    v4.version(4).stores({
      articles: 'id, packId, sortKey, source, *tags, item.url, item.contentHash',
      packs: 'id',
      settings: 'key',
      readingPositions: 'articleId',
      importLog: '++id, packId',
      annotations: 'id, articleId, colour, *tags, updatedAt, createdAt',
      summaries: 'id, articleId, [articleId+lang], createdAt',
      searchSnapshots: 'key',
      articleHeads: 'id, packId, sortKey'
    })
    await v4.table('settings').put({ key: 'language', value: 'fa' })
    await v4.table('summaries').put({ id: 's1', articleId: 'a', lang: 'fa', provenance: 'researcher', text: 'خلاصه', createdAt: '2026-11-01T00:00:00Z' })
    v4.close()

    const db = openDatabase('bayegan-v4')
    await db.open()
    expect(db.verno).toBe(9)
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fa' })
    expect((await db.summaries.get('s1'))?.text).toBe('خلاصه')
    expect(await db.drafts.count()).toBe(0)
    db.close()
  })

  it('version 7 adds the pictures of imported articles beside a version-6 database, touching nothing else', async () => {
    const v6 = openDatabaseAt6('bayegan-v6')
    const item = { ...draft('imported-abc', 'گزارش با تصویر'), contentHash: 'd'.repeat(64) }
    await v6.table('articles').put({ id: item.id, packId: 'imported', item, sortKey: 1, source: item.source.name, tags: [] })
    await v6.table('annotations').put({ id: 'n1', articleId: item.id, colour: 'yellow', tags: [], updatedAt: '2026-11-01T00:00:00Z', createdAt: '2026-11-01T00:00:00Z' })
    await v6.table('drafts').put({ key: 'note:n1', text: 'نیمه', updatedAt: '2026-11-01T00:00:00Z' })
    v6.close()

    const db = openDatabase('bayegan-v6')
    await db.open()
    expect(db.verno).toBe(9)
    expect((await db.articles.get(item.id))?.item.title).toBe('گزارش با تصویر')
    expect(await db.annotations.count()).toBe(1)
    expect((await db.drafts.get('note:n1'))?.text).toBe('نیمه')
    expect(await db.articleImages.count()).toBe(0)
    const blob = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })
    await db.articleImages.put({ id: `${item.id}/${'e'.repeat(64)}`, articleId: item.id, hash: 'e'.repeat(64), contentType: 'image/png', blob, bytes: 4 })
    const stored = await db.articleImages.where('articleId').equals(item.id).first()
    expect(stored?.contentType).toBe('image/png')
    expect(stored?.blob.size).toBe(4)
    // Version 8: the heads cache, empty until the library writes it; a later start lists from it.
    expect(await db.headsCache.count()).toBe(0)
    expect(await ensureHeadsCache(db)).toBe(true)
    expect((await readHeadsCache(db))?.flat()).toEqual(await db.articleHeads.toArray())
    db.close()
  })

  it('version 5 marks digests in the heads, keys addresses, and forgets pack hashes so editions come in on the next start', async () => {
    const digest = { ...draft('d-e24-a', 'چکیده', { kind: 'digest', url: 'http://www.example.ir/news/1/' }), contentHash: 'c'.repeat(64) }
    await createVersion1('bayegan-migration-5', (tx) => {
      tx.objectStore('articles').put({ id: digest.id, packId: 'elecomp', item: digest, sortKey: 0, source: digest.source.name, tags: digest.tags })
      tx.objectStore('packs').put({ id: 'elecomp', contentHash: 'b'.repeat(64), version: '1', itemCount: 1, importedAt: '2026-11-01T00:00:00Z' })
      tx.objectStore('settings').put({ key: 'language', value: 'fa' })
    })
    const db = openDatabase('bayegan-migration-5')
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(5) // opened at the latest version, through 5
    expect((await db.articleHeads.get('d-e24-a'))?.kind).toBe('digest')
    expect((await db.articles.where('urlKey').equals('example.ir/news/1').first())?.id).toBe('d-e24-a')
    expect((await db.packs.get('elecomp'))?.contentHash).toBe('')
    expect(await db.editions.count()).toBe(0)
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fa' })
    db.close()
  })
  it('version 9 drops the search index kept whole in IndexedDB (it moves to a file), touching nothing else', async () => {
    const v6 = openDatabaseAt6('bayegan-v8-snapshot')
    await v6.table('searchSnapshots').put({ key: 'main', analyserVersion: 'x', archiveHash: 'y', savedAt: '2026-11-01T00:00:00Z', data: { postings: new Uint8Array(1000) } })
    await v6.table('annotations').put({ id: 'n1', articleId: 'a', colour: 'yellow', tags: [], updatedAt: '2026-11-01T00:00:00Z', createdAt: '2026-11-01T00:00:00Z' })
    v6.close()
    const db = openDatabase('bayegan-v8-snapshot')
    await db.open()
    expect(db.verno).toBe(9)
    expect(await db.searchSnapshots.count()).toBe(0)
    expect(await db.annotations.count()).toBe(1)
    db.close()
  })
})
