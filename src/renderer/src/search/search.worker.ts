/// <reference lib="webworker" />
/**
 * The search engine off the UI thread: loads the saved index or builds it from IndexedDB,
 * keeps it up to date as articles, notes and summaries change, and answers queries with snippets.
 */
import { ANALYSER_VERSION } from '../../../shared/text/analyse'
import { findHitRanges, makeSnippet } from '../../../shared/search/hits'
import { SearchIndex } from '../../../shared/search/searchIndex'
import { FIELD_LANG, FIELD_NAMES, type SearchDoc, type SearchHit } from '../../../shared/search/types'
import type { SearchIndexSnapshot } from '../../../shared/search/snapshot'
import { openDatabase } from '../db/database'
import type { IndexStatus, SearchResultItem, WorkerMessage, WorkerRequest } from './protocol'
import { dataStamp, loadSearchDocs } from './searchDocs'

const SNAPSHOT_KEY = 'main'
const SAVE_DELAY_MS = 1500
const BUILD_CHUNK = 500
const SNIPPETS_PER_HIT = 2

const scope = self as unknown as DedicatedWorkerGlobalScope
const db = openDatabase()
let index: SearchIndex | null = null
let loadedFrom: 'snapshot' | 'build' = 'build'
let ready: Promise<void> | null = null
let saveTimer: ReturnType<typeof setTimeout> | undefined
// Changes are numbered; those received before the index read IndexedDB are already in it.
let changesReceived = 0
let changesCoveredByRead = 0

const post = (message: WorkerMessage): void => scope.postMessage(message)
const status = (s: IndexStatus): void => post({ kind: 'status', status: s })

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  switch (request.kind) {
    case 'init':
      ready ??= start()
      break
    case 'changed': {
      const mark = ++changesReceived
      void whenReady().then(() => (mark > changesCoveredByRead ? applyChanges(request.articleIds) : undefined))
      break
    }
    case 'search':
      void whenReady()
        .then(() => answer(request))
        .catch((err: unknown) => post({ kind: 'error', seq: request.seq, message: messageOf(err) }))
      break
  }
}

function whenReady(): Promise<void> {
  ready ??= start()
  return ready
}

async function start(): Promise<void> {
  status({ state: 'starting' })
  try {
    changesCoveredByRead = changesReceived
    const stamp = await dataStamp(db)
    const saved = await db.searchSnapshots.get(SNAPSHOT_KEY)
    if (saved && saved.analyserVersion === ANALYSER_VERSION && saved.archiveHash === stamp) {
      try {
        index = SearchIndex.load(saved.data as SearchIndexSnapshot)
        loadedFrom = 'snapshot'
        status({ state: 'ready', documents: index.size, loadedFrom })
        return
      } catch {
        // A snapshot that no longer loads is rebuilt below, never trusted.
      }
    }
    await build(stamp)
  } catch (err) {
    status({ state: 'failed', message: messageOf(err) })
    throw err
  }
}

async function build(stamp: string): Promise<void> {
  const { docs } = await loadSearchDocs(db)
  const fresh = new SearchIndex()
  for (let i = 0; i < docs.length; i += BUILD_CHUNK) {
    for (const doc of docs.slice(i, i + BUILD_CHUNK)) fresh.add(doc)
    status({ state: 'building', done: Math.min(i + BUILD_CHUNK, docs.length), total: docs.length })
    await new Promise((r) => setTimeout(r, 0)) // let queued queries and changes in
  }
  index = fresh
  await save(stamp)
  status({ state: 'ready', documents: fresh.size, loadedFrom: 'build' })
}

async function save(stamp?: string): Promise<void> {
  if (!index) return
  await db.searchSnapshots.put({
    key: SNAPSHOT_KEY,
    analyserVersion: ANALYSER_VERSION,
    archiveHash: stamp ?? (await dataStamp(db)),
    savedAt: new Date().toISOString(),
    data: index.serialize()
  })
}

async function applyChanges(articleIds: readonly string[]): Promise<void> {
  if (!index) return
  const { docs, missing } = await loadSearchDocs(db, articleIds)
  for (const doc of docs) index.add(doc)
  for (const id of missing) index.remove(id)
  clearTimeout(saveTimer)
  saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS)
  status({ state: 'ready', documents: index.size, loadedFrom })
}

async function answer(request: Extract<WorkerRequest, { kind: 'search' }>): Promise<void> {
  if (!index) throw new Error('the search index is not available')
  const started = performance.now()
  const result = index.search(request.query, { limit: request.limit, filters: request.filters })
  const { docs } = await loadSearchDocs(db, result.hits.map((h) => h.id))
  const byId = new Map(docs.map((d) => [d.id, d]))
  const hits = result.hits.map((hit) => withSnippets(hit, byId.get(hit.id), request.query))
  post({ kind: 'results', seq: request.seq, query: request.query, total: result.total, hits, tookMs: performance.now() - started })
}

/** Snippets from the fields that matched, in the order a reader scans them. */
function withSnippets(hit: SearchHit, doc: SearchDoc | undefined, query: string): SearchResultItem {
  if (!doc) return { ...hit, title: { field: 'title', text: hit.id, highlights: [] } }
  const snippets = FIELD_NAMES.filter((f) => f !== 'title' && hit.fields.includes(f))
    .slice(0, SNIPPETS_PER_HIT)
    .map((field) => {
      const text = doc.fields[field] ?? ''
      return makeSnippet(field, text, findHitRanges(query, text, FIELD_LANG[field]))
    })
  const title = makeSnippet('title', doc.fields.title, findHitRanges(query, doc.fields.title, 'fa'), 10_000)
  return { ...hit, title, snippets }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
