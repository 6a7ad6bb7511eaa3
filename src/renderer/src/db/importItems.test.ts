import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { itemContentHash } from '../../../shared/archive/hash'
import type { ArchiveItem } from '../../../shared/archive/schema'
import { draft } from '../../../testSupport/packs'
import { openDatabase } from './database'
import { storeImportedItems } from './importItems'
import { toArticleRecord } from './archiveSync'
import { deleteArticles, putArticles } from './articleStore'
import type { ArticleRecord } from './database'
import { detachOriginal, digestPairOf } from './originals'

async function item(id: string, title: string, url?: string): Promise<ArchiveItem> {
  const d = draft(id, title, url ? { url } : {})
  return { ...d, contentHash: await itemContentHash(d) }
}

describe('storeImportedItems', () => {
  it('adds new articles, counts duplicates by id, URL and content, and a second run adds nothing', async () => {
    const db = openDatabase('bayegan-import-store')
    const a = await item('imported-a', 'یک', 'https://digiato.com/a')
    const b = await item('imported-b', 'دو')
    const sameUrl = await item('imported-c', 'سه', 'https://digiato.com/a')
    const first = await storeImportedItems(db, [a, b, sameUrl, a], 'feed.rss')
    expect(first.added.map((x) => x.id)).toEqual(['imported-a', 'imported-b'])
    expect(first.duplicates.map((d) => d.by)).toEqual(['url', 'id'])
    const again = await storeImportedItems(db, [a, b], 'feed.rss')
    expect(again.added).toEqual([])
    expect(again.duplicates.map((d) => d.by)).toEqual(['id', 'id'])
    const sameContent = { ...b, id: 'other-id' }
    expect((await storeImportedItems(db, [sameContent], 'x.txt')).duplicates[0]?.by).toBe('content')
    expect(await db.articles.where('packId').equals('imported').count()).toBe(2)
    expect(await db.importLog.where('packId').equals('imported').count()).toBe(1)
    expect(await db.articleHeads.where('packId').equals('imported').count()).toBe(2)
    db.close()
  })

  it('stores an article\'s pictures with it (not a duplicate\'s) and removes them with it', async () => {
    const db = openDatabase('bayegan-import-images')
    const a = await item('imported-pic', 'با تصویر', 'https://example.ir/pic')
    const image = { hash: 'f'.repeat(64), contentType: 'image/png' as const, blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) }
    await storeImportedItems(db, [a], 'page.html', new Map([[a.id, [image]]]))
    expect((await db.articleImages.where('articleId').equals(a.id).toArray()).map((r) => [r.hash, r.bytes])).toEqual([['f'.repeat(64), 3]])
    const again = await storeImportedItems(db, [{ ...a, id: 'imported-other' }], 'page.html', new Map([['imported-other', [image]]]))
    expect(again.added).toEqual([])
    expect(await db.articleImages.count()).toBe(1)
    await deleteArticles(db, [a.id])
    expect(await db.articleImages.count()).toBe(0)
    db.close()
  })

  it('a failure inside the transaction stores nothing from that file', async () => {
    const db = openDatabase('bayegan-import-atomic')
    const good = await item('imported-good', 'خوب')
    const bad = { ...(await item('imported-bad', 'بد')), item: undefined } as unknown as ArchiveItem
    // An item whose id is not a valid key makes bulkAdd fail after the first record was queued.
    const broken = { ...bad, id: {} as unknown as string }
    await expect(storeImportedItems(db, [good, broken], 'broken.rss')).rejects.toThrow()
    expect(await db.articles.count()).toBe(0)
    expect(await db.importLog.count()).toBe(0)
    db.close()
  })

  it('attaches a saved page whose address matches a digest as its original, leaving the digest untouched', async () => {
    const db = openDatabase('bayegan-import-attach')
    const digestDraft = draft('d-e24-a', 'چکیدهٔ ما', {
      kind: 'digest',
      url: 'https://www.example.ir/news/1',
      summaries: [{ lang: 'fa', text: 'خلاصه.', provenance: 'curated' }, { lang: 'en', text: 'Summary.', provenance: 'curated' }]
    })
    const digest: ArchiveItem = { ...digestDraft, contentHash: await itemContentHash(digestDraft) }
    await putArticles(db, [toArticleRecord('elecomp', digest)])
    const before = await db.articles.get('d-e24-a')

    // The saved page spells the address differently (http, no www., trailing slash, tracking).
    const page = await item('imported-page', 'تیتر منبع', 'http://example.ir/news/1/?utm_source=x')
    const outcome = await storeImportedItems(db, [page], 'saved.html')
    expect(outcome.attached).toEqual([{ id: 'imported-page', title: 'تیتر منبع', digestId: 'd-e24-a', digestTitle: 'چکیدهٔ ما' }])
    expect(outcome.added.map((a) => a.id)).toEqual(['imported-page'])
    expect((await db.articles.get('imported-page'))?.originalOf).toBe('d-e24-a')
    expect((await db.articleHeads.get('imported-page'))?.originalOf).toBe('d-e24-a')
    expect(await db.articles.get('d-e24-a')).toEqual(before)

    const pair = await digestPairOf(db, before as ArticleRecord)
    expect(pair?.copy?.id).toBe('imported-page')
    expect((await digestPairOf(db, (await db.articles.get('imported-page')) as ArticleRecord))?.digest.id).toBe('d-e24-a')

    // A second copy of the same page is a duplicate, not a second attachment.
    const again = await storeImportedItems(db, [await item('imported-other', 'دیگر', 'https://example.ir/news/1')], 'again.html')
    expect(again.attached).toEqual([])
    expect(again.duplicates.map((d) => d.by)).toEqual(['url'])

    // Detaching removes the copy only; then the page can be attached again.
    await detachOriginal(db, 'imported-page')
    expect(await db.articles.get('imported-page')).toBeUndefined()
    expect(await db.articleHeads.get('imported-page')).toBeUndefined()
    expect(await db.articles.get('d-e24-a')).toEqual(before)
    await expect(detachOriginal(db, 'd-e24-a')).rejects.toThrow(/not an attached original/)
    expect((await storeImportedItems(db, [page], 'saved.html')).attached).toHaveLength(1)
    db.close()
  })
})
