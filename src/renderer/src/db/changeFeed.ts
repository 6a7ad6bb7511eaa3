import Dexie, { type Transaction } from 'dexie'
import type { JournalChange } from '@shared/backup/journalEntry'
import { fitsJournal } from '@shared/backup/journalEntry'
import { asJson } from '@shared/backup/records'
import { IMPORTED_PACK_ID } from '@shared/host/fileImport'
import type { ArticleRecord, BayeganDb, ReadingPositionRecord } from './database'

/** What one committed transaction changed: the records to journal and the articles to reindex. */
export interface CommittedChanges {
  journal: JournalChange[]
  articleIds: string[]
  /** Imported articles too large for the journal: kept in IndexedDB and backups, and the researcher is told. */
  tooLargeForJournal: string[]
}

interface Pending {
  journal: Map<string, JournalChange>
  articleIds: Set<string>
  tooLarge: Set<string>
}

const watched = new WeakSet<BayeganDb>()
/** Transactions writing back what the journal already holds: they reach search, not the journal again. */
const replays = new WeakSet<Transaction>()

/** Marks the current transaction as a replay of the journal (see mergeResearcherData). */
export function markJournalReplay(tx: Transaction | null): void {
  if (tx) replays.add(rootOf(tx))
}

/**
 * The transaction that really commits. A Dexie transaction opened inside another (putArticles
 * inside storeImportedItems) shares its parent's IndexedDB transaction, and its own 'complete'
 * event fires when its scope ends, while the parent is still running: too early to journal (the
 * parent may yet abort), and inside the parent's zone (see watchChanges).
 */
function rootOf(tx: Transaction): Transaction {
  let root = tx
  while (root.parent) root = root.parent
  return root
}

/**
 * The one change feed: table hooks on every table the researcher's work lives in (annotations,
 * summaries, settings) and on the articles, so that every writer, whichever repository or
 * feature it is, reaches both the journal and the search index without remembering to tell them.
 * Changes are collected per outermost transaction and reported once IndexedDB has committed it
 * (an aborted write reports nothing), the last record per id winning. Installed once per database.
 *
 * `onCommit` is called outside any transaction. It must never be called while a transaction's
 * scope is still running: the journal's reaction is a native async call to the host, and native
 * promises started inside a Dexie transaction use up Dexie's zone echoes, so the transaction's
 * own `await` resumes outside its zone, its next write lands in a transaction of its own, and
 * Dexie rejects the first with PrematureCommitError. That is what made every file import fail
 * once imported articles were journalled from the nested transaction's 'complete' event
 * (changeFeed.test.ts, "a nested transaction ...").
 */
export function watchChanges(db: BayeganDb, onCommit: (changes: CommittedChanges) => void): void {
  if (watched.has(db)) throw new Error('watchChanges: this database already has its change feed')
  watched.add(db)
  const pending = new WeakMap<Transaction, Pending>()
  const collect = (hookTx: Transaction): Pending => {
    const tx = rootOf(hookTx)
    let p = pending.get(tx)
    if (!p) {
      const collected: Pending = { journal: new Map(), articleIds: new Set(), tooLarge: new Set() }
      pending.set(tx, (p = collected))
      tx.on('complete', () => {
        const replay = replays.has(tx)
        const changes = { journal: replay ? [] : [...collected.journal.values()], articleIds: [...collected.articleIds], tooLargeForJournal: replay ? [] : [...collected.tooLarge] }
        if (changes.journal.length > 0 || changes.articleIds.length > 0 || changes.tooLargeForJournal.length > 0) Dexie.ignoreTransaction(() => onCommit(changes))
      })
    }
    return p
  }
  const touch = (tx: Transaction, articleId: unknown): void => {
    if (typeof articleId === 'string') collect(tx).articleIds.add(articleId)
  }
  const journal = (tx: Transaction, id: string, change: JournalChange): void => void collect(tx).journal.set(id, change)
  // Only what the researcher imported is theirs to journal; the bundled pack is its own copy.
  const journalArticle = (tx: Transaction, obj: ArticleRecord): void => {
    if (obj.packId !== IMPORTED_PACK_ID) return
    const change: JournalChange = { kind: 'article', record: Dexie.deepClone(obj.item) }
    if (fitsJournal(change)) journal(tx, `article:${obj.id}`, change)
    else collect(tx).tooLarge.add(obj.id)
  }

  db.articles.hook('creating', (_key, obj, tx) => {
    touch(tx, obj.id)
    journalArticle(tx, obj)
  })
  db.articles.hook('updating', (mods, key, obj, tx) => {
    touch(tx, key)
    journalArticle(tx, applyMods(obj, mods))
  })
  db.articles.hook('deleting', (key, _obj, tx) => touch(tx, key))

  db.annotations.hook('creating', (_key, obj, tx) => {
    touch(tx, obj.articleId)
    journal(tx, `annotation:${obj.id}`, { kind: 'annotation', record: Dexie.deepClone(obj) })
  })
  db.annotations.hook('updating', (mods, _key, obj, tx) => {
    const after = applyMods(obj, mods)
    touch(tx, obj.articleId)
    touch(tx, after.articleId)
    journal(tx, `annotation:${after.id}`, { kind: 'annotation', record: after })
  })
  db.annotations.hook('deleting', (_key, obj, tx) => touch(tx, obj?.articleId))

  db.summaries.hook('creating', (_key, obj, tx) => {
    touch(tx, obj.articleId)
    journal(tx, `summary:${obj.id}`, { kind: 'summary', record: Dexie.deepClone(obj) })
  })
  db.summaries.hook('updating', (mods, _key, obj, tx) => {
    const after = applyMods(obj, mods)
    touch(tx, after.articleId)
    journal(tx, `summary:${after.id}`, { kind: 'summary', record: after })
  })
  db.summaries.hook('deleting', (_key, obj, tx) => touch(tx, obj?.articleId))

  db.settings.hook('creating', (_key, obj, tx) => journal(tx, `setting:${obj.key}`, { kind: 'setting', record: { key: obj.key, value: asJson(obj.value) } }))
  db.settings.hook('updating', (mods, _key, obj, tx) => {
    const after = applyMods(obj, mods)
    journal(tx, `setting:${after.key}`, { kind: 'setting', record: { key: after.key, value: asJson(after.value) } })
  })

  const position = (r: ReadingPositionRecord): JournalChange => ({
    kind: 'position',
    record: {
      articleId: r.articleId,
      fraction: r.fraction,
      ...(typeof r.segmentKey === 'string' && r.segmentKey.length > 0 ? { segmentKey: r.segmentKey, withinSegment: r.withinSegment ?? 0 } : {}),
      updatedAt: r.updatedAt
    }
  })
  db.readingPositions.hook('creating', (_key, obj, tx) => journal(tx, `position:${obj.articleId}`, position(obj)))
  db.readingPositions.hook('updating', (mods, _key, obj, tx) => {
    const after = applyMods(obj, mods)
    journal(tx, `position:${after.articleId}`, position(after))
  })
}

/** The record after an update: Dexie's hook gives the old record and the changed key paths. */
function applyMods<T extends object>(before: T, mods: object): T {
  const after = Dexie.deepClone(before)
  for (const [keyPath, value] of Object.entries(mods)) Dexie.setByKeyPath(after, keyPath, value)
  return after
}
