import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { itemContentHash } from '../../../shared/archive/hash'
import type { ArchiveItem } from '../../../shared/archive/schema'
import { draft } from '../../../testSupport/packs'
import { openDatabase } from './database'
import { storeImportedItems } from './importItems'

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
})
