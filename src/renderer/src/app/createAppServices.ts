import type { HostBridge } from '@shared/host/contract'
import { createJournalSink, type JournalSink } from '../db/annotationsJournal'
import { watchChanges } from '../db/changeFeed'
import type { BayeganDb } from '../db/database'
import { createRepositories, type Repositories } from '../db/repositories'
import { createHostClient, type HostClient } from '../host/hostClient'
import { createSearchClient, type SearchClient, type SearchWorkerPort } from '../search/searchClient'
import { fetchPackIndexes } from '../search/fetchPackIndexes'
import { createLibraryHeads, type LibraryHeads } from './libraryHeads'
import { createNotices, reportingFailures, type Notices } from './notices'
import { askPersistentStorage, type StorageState } from './storagePersistence'
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
  /** Failed writes, told to the researcher (see NoticeArea). */
  notices: Notices
  /** Whether the browser keeps IndexedDB when the disk runs low; asked once at startup. */
  storage: Promise<StorageState>
  /** Every article's head in memory, patched from the change feed (see libraryHeads.ts). */
  libraryHeads: LibraryHeads
}

export interface AppParts {
  db: BayeganDb
  /** `window.bayegan` in the app; tests pass a bridge over the real handlers. */
  bridge: HostBridge | undefined
  /** The search worker (or a stand-in speaking its protocol). */
  searchWorker: SearchWorkerPort
  /** `navigator.storage` in the app; absent in tests that do not care. */
  storageManager?: Parameters<typeof askPersistentStorage>[0]
  /** A GET on the app's own origin (`fetch` in the app); tests answer it with the main process's route. */
  fetchOwn?: (path: string) => Promise<Pick<Response, 'ok' | 'arrayBuffer'>>
}

/** The composition root: one host client, search client, journal, change feed and undo history. */
export function createAppServices({ db, bridge, searchWorker, storageManager, fetchOwn }: AppParts): AppServices {
  const host = createHostClient(bridge)
  const search = changesAfterInit(createSearchClient(searchWorker, (found) => fetchPackIndexes(host, fetchOwn, found)))
  const journal = createJournalSink(host)
  const notices = createNotices()
  const repositories = reportWriteFailures(createRepositories(db, host), notices)
  const libraryHeads = createLibraryHeads(repositories.articles)
  // One feed for every researcher table: what commits goes to the journal, to search and to the library.
  watchChanges(db, (changes) => {
    journal.send(changes.journal)
    search.changed(changes.articleIds)
    libraryHeads.changed(changes.articleIds)
    if (changes.tooLargeForJournal.length > 0)
      notices.post({ what: 'article-journal', reason: 'too-long', kept: 'database', detail: changes.tooLargeForJournal.join(', ').slice(0, 300) })
  })
  const storage = askPersistentStorage(storageManager)
  const { sync } = repositories.archive
  const archive = { ...repositories.archive, sync: ((onProgress, options) => sync(onProgress, { afterFirstPage: () => indexFirst(search), ...options })) as typeof sync }
  return { ...repositories, archive, host, search, journal, notices, storage, libraryHeads, history: createUndoHistory(repositories.annotations) }
}

/** The longest a first import waits for the search index to load from the pack's prebuilt file. */
const INDEX_FIRST_MAX_MS = 6000

/**
 * Once a first import's first page is stored (the library is usable), the search index loads from
 * the pack's prebuilt file before the import goes on. Both want the machine's cores; the index is
 * a short job that makes the archive searchable (every page stored after it at once), and the
 * import's total time grows by no more than the index took on its own (issue 18: first search).
 */
async function indexFirst(search: SearchClient): Promise<void> {
  if (await search.prefetchPackIndexes()) await search.indexLoaded(INDEX_FIRST_MAX_MS)
}

/**
 * Changes reach the search worker only once its index is asked for (init, or a first query): the
 * index reads the database as it is when it starts, so earlier changes are in it anyway, and every
 * later one is sent. Without this, a first import that stores its pack page by page would start
 * the worker on its first page and have it index (and save its snapshot) page after page while the
 * import runs, slowing both.
 */
function changesAfterInit(search: SearchClient): SearchClient {
  let started = false
  return {
    ...search,
    init() {
      started = true
      search.init()
    },
    // With a prebuilt index to fetch, the index starts during the first import (as soon as the host
    // answers with the file), not at the first query: loading and checking it takes seconds, and
    // releasing the stored pages costs little (issue 18: first search at 50,000 articles).
    // Without one it waits, as above.
    prefetchPackIndexes() {
      const fetched = search.prefetchPackIndexes()
      void fetched.then((any) => {
        if (any && !started) {
          started = true
          search.init()
        }
      })
      return fetched
    },
    changed(articleIds) {
      if (started) search.changed(articleIds)
    },
    search(query, filters, limit) {
      started = true
      return search.search(query, filters, limit)
    }
  }
}

/**
 * Every write of what the researcher makes tells them when it fails (quota, a limit, anything),
 * in one place instead of in each feature. The error still reaches the caller, which keeps the
 * text (an editor stays open with its draft).
 */
function reportWriteFailures(r: Repositories, notices: Notices): Repositories {
  const a = r.annotations
  return {
    ...r,
    annotations: {
      ...a,
      create: reportingFailures(notices, 'annotation', 'previous', a.create),
      update: reportingFailures(
        notices,
        (_id, edit) => (edit.note !== undefined ? 'note' : 'annotation'),
        (_id, edit) => (edit.note !== undefined ? 'draft' : 'previous'),
        a.update
      ),
      remove: reportingFailures(notices, 'annotation', 'previous', a.remove),
      reattach: reportingFailures(notices, 'annotation', 'previous', a.reattach),
      revert: reportingFailures(notices, 'annotation', 'previous', a.revert),
      saveColourMeanings: reportingFailures(notices, 'setting', 'previous', a.saveColourMeanings)
    },
    summaries: {
      ...r.summaries,
      save: reportingFailures(notices, 'summary', 'draft', r.summaries.save),
      restore: reportingFailures(notices, 'summary', 'previous', r.summaries.restore),
      acceptDraft: reportingFailures(notices, 'summary', 'previous', r.summaries.acceptDraft)
    },
    settings: { ...r.settings, write: reportingFailures(notices, 'setting', 'previous', r.settings.write) },
    readingPositions: { ...r.readingPositions, save: reportingFailures(notices, 'position', 'previous', r.readingPositions.save) }
  }
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
