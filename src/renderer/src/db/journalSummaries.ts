import type { Transaction } from 'dexie'
import type { SummaryVersion } from '../../../shared/domain/summary'
import type { JournalSink } from './annotationsJournal'
import type { BayeganDb } from './database'

const watched = new WeakSet<BayeganDb>()
/** Transactions that write back what the journal already holds: journalling them again would double it. */
const replaying = new WeakSet<Transaction>()

/** Marks the current transaction as a replay of the journal, so its summary writes are not journalled. */
export function markJournalReplay(tx: Transaction | null): void {
  if (tx) replaying.add(tx)
}

/**
 * Sends every committed summary version to the journal, like annotations, so a damaged IndexedDB
 * loses no summary the researcher wrote or accepted. Hooked on the table so every writer is covered.
 */
export function journalSummaryWrites(db: BayeganDb, journal: JournalSink): void {
  if (watched.has(db)) return
  watched.add(db)
  const pending = new WeakMap<Transaction, SummaryVersion[]>()
  db.summaries.hook('creating', (_key, record, tx) => {
    if (replaying.has(tx)) return
    let list = pending.get(tx)
    if (!list) {
      const collected: SummaryVersion[] = []
      pending.set(tx, (list = collected))
      tx.on('complete', () => journal.send(collected.map((r) => ({ kind: 'summary' as const, record: r }))))
    }
    list.push({ ...record })
  })
}
