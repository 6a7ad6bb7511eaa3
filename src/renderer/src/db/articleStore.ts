import { headOf, type ArticleRecord, type BayeganDb } from './database'

/** The tables an article write touches; a transaction that writes articles must include them all. */
export function articleTables(db: BayeganDb) {
  return [db.articles, db.articleHeads] as const
}

/** Stores articles with their library heads, in the caller's transaction when there is one. */
export async function putArticles(db: BayeganDb, records: readonly ArticleRecord[]): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    await db.articles.bulkPut([...records])
    await db.articleHeads.bulkPut(records.map(headOf))
  })
}

export async function deleteArticles(db: BayeganDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    await db.articles.bulkDelete([...ids])
    await db.articleHeads.bulkDelete([...ids])
  })
}
