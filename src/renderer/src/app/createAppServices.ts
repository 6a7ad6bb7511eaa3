import type { HostBridge } from '@shared/host/contract'
import { createJournalSink, type JournalSink } from '../db/annotationsJournal'
import { watchChanges } from '../db/changeFeed'
import type { BayeganDb } from '../db/database'
import { createRepositories, type Repositories } from '../db/repositories'
import { createHostClient, type HostClient } from '../host/hostClient'
import { createSearchClient, type SearchClient } from '../search/searchClient'
import { createUndoHistory, type UndoHistory } from './undoHistory'

/**
 * Everything the UI uses, built once per window: features reach it through `useAppServices()`
 * and never construct a service or see the database. A new service is one more field here.
 */
export interface AppServices extends Repositories {
  host: HostClient
  search: SearchClient
  /** The queue of changes on their way to the main process's journal file. */
  journal: JournalSink
  /** Ctrl+Z over the researcher's annotation changes. */
  history: UndoHistory
}

export interface AppParts {
  db: BayeganDb
  /** `window.bayegan` in the app; tests pass a bridge over the real handlers. */
  bridge: HostBridge | undefined
  /** The search worker (or a stand-in speaking its protocol). */
  searchWorker: Pick<Worker, 'postMessage' | 'addEventListener'>
}

/** The composition root: one host client, search client, journal, change feed and undo history. */
export function createAppServices({ db, bridge, searchWorker }: AppParts): AppServices {
  const host = createHostClient(bridge)
  const search = createSearchClient(searchWorker)
  const journal = createJournalSink(host)
  // One feed for every researcher table: what commits goes to the journal and to search.
  watchChanges(db, (changes) => {
    journal.send(changes.journal)
    search.changed(changes.articleIds)
  })
  const repositories = createRepositories(db, host)
  return { ...repositories, host, search, journal, history: createUndoHistory(repositories.annotations) }
}

/**
 * A closing window sends what the journal still holds at once: an edit made just before quitting
 * is in IndexedDB already and must reach the journal file too. Returns a function removing the listeners.
 */
export function flushJournalOnPageHide(journal: Pick<JournalSink, 'sendAllNow'>, target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const flush = (): void => journal.sendAllNow()
  target.addEventListener('pagehide', flush)
  target.addEventListener('beforeunload', flush)
  return () => {
    target.removeEventListener('pagehide', flush)
    target.removeEventListener('beforeunload', flush)
  }
}
