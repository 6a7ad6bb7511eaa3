// Stores the articles of one imported file in one transaction: all of them or none. Duplicates
// (same id, same URL or same content hash as an article already stored, or earlier in the same
// file) are counted, not stored, which makes running an import again harmless.
import type { ArchiveItem } from '../../../shared/archive/schema'
import { IMPORTED_PACK_ID } from '../../../shared/host/fileImport'
import { toArticleRecord } from './archiveSync'
import { articleTables, putArticleImages, putArticles } from './articleStore'
import type { ImportedImage } from './records'
import type { ArticleRecord, BayeganDb } from './database'
import { originalUrlKey } from '../../../shared/archive/urlKey'

export type DuplicateBy = 'id' | 'url' | 'content'

export interface StoreOutcome {
  added: { id: string; title: string }[]
  duplicates: { title: string; existingId: string; by: DuplicateBy }[]
  /** Pages whose address matches a digest's: stored as the researcher's copy of its original. */
  attached: { id: string; title: string; digestId: string; digestTitle: string }[]
}

/**
 * `images`: pictures kept from the pages, by article id, stored with their article (a duplicate's
 * are not). They are not written to the journal or the researcher-data backup: they are the page's
 * own, can be imported again from the saved page, and would make both files many times larger.
 * An article restored from either shows its figures as placeholders (alt text and caption).
 */
export async function storeImportedItems(
  db: BayeganDb,
  items: ArchiveItem[],
  file: string,
  images: ReadonlyMap<string, readonly ImportedImage[]> = new Map()
): Promise<StoreOutcome> {
  return db.transaction('rw', [...articleTables(db), db.importLog], async () => {
    const outcome: StoreOutcome = { added: [], duplicates: [], attached: [] }
    const records: ArticleRecord[] = []
    const byId = new Map<string, string>()
    const byUrl = new Map<string, string>()
    const byHash = new Map<string, string>()
    for (const item of items) {
      const existing = await findExisting(db, item, byId, byUrl, byHash)
      const digest = existing?.by === 'url' ? await digestToAttachTo(db, item, records) : undefined
      if (existing && !digest) {
        outcome.duplicates.push({ title: item.title, ...existing })
        continue
      }
      const record = toArticleRecord(IMPORTED_PACK_ID, item)
      if (digest) {
        // The digest (pack data) is not touched: the copy is a record of its own that names it.
        record.originalOf = digest.id
        outcome.attached.push({ id: item.id, title: item.title, digestId: digest.id, digestTitle: digest.item.title })
      }
      records.push(record)
      byId.set(item.id, item.id)
      if (item.url) byUrl.set(item.url, item.id)
      byHash.set(item.contentHash, item.id)
      outcome.added.push({ id: item.id, title: item.title })
    }
    if (records.length > 0) {
      await putArticles(db, records)
      for (const record of records) await putArticleImages(db, record.id, images.get(record.id) ?? [])
      await db.importLog.add({
        packId: IMPORTED_PACK_ID,
        contentHash: records.map((r) => r.item.contentHash).join(',').slice(0, 64 * 20),
        itemCount: records.length,
        at: new Date().toISOString(),
        kind: 'file-import',
        file
      })
    }
    return outcome
  })
}

/**
 * The digest a saved page is the original of: same folded address, a digest, and no copy attached
 * yet (a second copy of one page is a duplicate; detach the first to replace it).
 */
async function digestToAttachTo(db: BayeganDb, item: ArchiveItem, pending: readonly ArticleRecord[]): Promise<ArticleRecord | undefined> {
  const key = item.url ? originalUrlKey(item.url) : undefined
  if (!key) return undefined
  const sameAddress = [...(await db.articles.where('urlKey').equals(key).toArray()), ...pending.filter((r) => r.urlKey === key)]
  const digest = sameAddress.find((r) => r.item.kind === 'digest')
  if (!digest || sameAddress.some((r) => r.originalOf === digest.id)) return undefined
  return digest
}

async function findExisting(
  db: BayeganDb,
  item: ArchiveItem,
  byId: Map<string, string>,
  byUrl: Map<string, string>,
  byHash: Map<string, string>
): Promise<{ existingId: string; by: DuplicateBy } | undefined> {
  const sameId = byId.get(item.id) ?? (await db.articles.get(item.id))?.id
  if (sameId) return { existingId: sameId, by: 'id' }
  if (item.url) {
    const key = originalUrlKey(item.url)
    const sameUrl =
      byUrl.get(item.url) ??
      (await db.articles.where('item.url').equals(item.url).first())?.id ??
      (key ? (await db.articles.where('urlKey').equals(key).first())?.id : undefined)
    if (sameUrl) return { existingId: sameUrl, by: 'url' }
  }
  const sameHash = byHash.get(item.contentHash) ?? (await db.articles.where('item.contentHash').equals(item.contentHash).first())?.id
  return sameHash ? { existingId: sameHash, by: 'content' } : undefined
}
