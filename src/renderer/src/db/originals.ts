// A researcher's copy of a digest's original: a saved page whose address matches the digest's,
// attached on import (importItems.ts). The pair is found from either side, so the reader can show
// both as tabs whichever was opened (a search hit may land on the copy).
import { deleteArticles, articleTables } from './articleStore'
import type { ArticleRecord, BayeganDb } from './database'

export interface DigestPair {
  digest: ArticleRecord
  copy?: ArticleRecord
}

/** The digest and its attached copy for an open record, or undefined when the record is neither. */
export async function digestPairOf(db: BayeganDb, record: ArticleRecord): Promise<DigestPair | undefined> {
  if (record.originalOf) {
    const digest = await db.articles.get(record.originalOf)
    return digest ? { digest, copy: record } : undefined
  }
  if (record.item.kind !== 'digest') return undefined
  const copy = await db.articles.where('originalOf').equals(record.id).first()
  return copy ? { digest: record, copy } : { digest: record }
}

/** How many annotations the researcher made on a copy: kept when it is detached. */
export function annotationCountOn(db: BayeganDb, articleId: string): Promise<number> {
  return db.annotations.where('articleId').equals(articleId).count()
}

/**
 * Removes the copy and nothing else: the digest, its annotations and the annotations made on the
 * copy stay. Those on the copy are kept under its id, so attaching the same page again (same
 * address and text give the same id) brings them back in place.
 */
export async function detachOriginal(db: BayeganDb, copyId: string): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const copy = await db.articles.get(copyId)
    if (!copy?.originalOf) throw new Error(`"${copyId}" is not an attached original`)
    await deleteArticles(db, [copyId])
  })
}
