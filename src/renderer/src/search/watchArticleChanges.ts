import type { Transaction } from 'dexie'
import type { BayeganDb } from '../db/database'

/**
 * Calls `onChange` with the ids of articles whose text, annotations or summaries a committed
 * transaction touched. Hooking the tables means every feature's writes reach search without
 * each one remembering to tell it.
 */
export function watchArticleChanges(db: BayeganDb, onChange: (articleIds: string[]) => void): void {
  const pending = new WeakMap<Transaction, Set<string>>()
  const note = (tx: Transaction, articleId: unknown): void => {
    if (typeof articleId !== 'string') return
    let ids = pending.get(tx)
    if (!ids) {
      const collected = new Set<string>()
      pending.set(tx, (ids = collected))
      tx.on('complete', () => onChange([...collected]))
    }
    ids.add(articleId)
  }
  db.articles.hook('creating', (_key, obj, tx) => note(tx, obj.id))
  db.articles.hook('updating', (_mods, key, _obj, tx) => note(tx, key))
  db.articles.hook('deleting', (key, _obj, tx) => note(tx, key))
  for (const table of [db.annotations, db.summaries]) {
    table.hook('creating', (_key, obj, tx) => note(tx, obj.articleId))
    table.hook('updating', (_mods, _key, obj, tx) => note(tx, obj.articleId))
    table.hook('deleting', (_key, obj, tx) => note(tx, obj?.articleId))
  }
}
