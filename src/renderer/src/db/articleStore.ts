import { headOf, type ArticleImageRecord, type ArticleRecord, type BayeganDb } from './database'
import type { ImportedImage } from './records'

/**
 * The tables an article write touches; a transaction that writes articles must include them all
 * (the heads cache too: every write of heads clears it, see headsCache.ts).
 */
export function articleTables(db: BayeganDb) {
  return [db.articles, db.articleHeads, db.articleImages, db.headsCache] as const
}

/** Stores articles with their library heads, in the caller's transaction when there is one. */
export async function putArticles(db: BayeganDb, records: readonly ArticleRecord[]): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    await db.articles.bulkPut([...records])
    await db.articleHeads.bulkPut(records.map(headOf))
    await db.headsCache.clear()
  })
}

/** Stores pictures of articles written in the same transaction (see storeImportedItems). */
export async function putArticleImages(db: BayeganDb, articleId: string, images: readonly ImportedImage[]): Promise<void> {
  if (images.length === 0) return
  const rows: ArticleImageRecord[] = images.map((image) => ({
    id: `${articleId}/${image.hash}`,
    articleId,
    hash: image.hash,
    contentType: image.contentType,
    blob: image.blob,
    bytes: image.blob.size
  }))
  await db.articleImages.bulkPut(rows)
}

/** The pictures stored with an article. */
export async function articleImagesOf(db: BayeganDb, articleId: string): Promise<ArticleImageRecord[]> {
  return db.articleImages.where('articleId').equals(articleId).toArray()
}

export async function deleteArticles(db: BayeganDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    await db.articles.bulkDelete([...ids])
    await db.articleHeads.bulkDelete([...ids])
    await db.headsCache.clear()
    // An article's pictures go with it.
    await db.articleImages.where('articleId').anyOf([...ids]).delete()
  })
}
