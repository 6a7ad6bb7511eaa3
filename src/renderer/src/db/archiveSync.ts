import type { ArchiveItem, PackManifest } from '../../../shared/archive/schema'
import type { PackError } from '../../../shared/archive/packErrors'
import type { Edition } from '../../../shared/archive/editions'
import { originalUrlKey } from '../../../shared/archive/urlKey'
import { sortKeyOf } from '../../../shared/dates'
import { PAGE_LIMIT_MAX } from '../../../shared/host/contract'
import type { HostClient } from '../host/hostClient'
import type { ArticleRecord, BayeganDb } from './database'
import { articleTables, deleteArticles, putArticles } from './articleStore'

export const PAGE_SIZE = 200
const WRITE_CHUNK = 500
/** A first import reads and stores the pack in pages this big, each in its own transaction. */
export const FIRST_IMPORT_PAGE = PAGE_LIMIT_MAX

export interface SyncProgress {
  packId: string
  phase: 'reading' | 'saving'
  done: number
  total: number
}

export interface SyncOutcome {
  imported: { packId: string; kind: 'first-import' | 're-import'; itemCount: number }[]
  unchanged: string[]
  refused: { file: string; errors: PackError[] }[]
}

/**
 * Brings IndexedDB up to date with the bundled packs. A pack whose content hash is already
 * stored is skipped, so later starts cost one small IPC call.
 *
 * A pack seen for the first time is streamed: each page read from the host is stored at once in
 * its own transaction, so the library fills while the import runs (issue 18) and the whole pack
 * is never held in memory. The pack's record is written last: a start that finds a half-done
 * first import (a crash, a failure) imports it again, overwriting what is there.
 *
 * A changed pack replaces its own articles in one transaction: a crash mid-import leaves the
 * previous state, and nothing the researcher made lives in the tables touched here.
 */
export interface SyncOptions {
  /**
   * Awaited once a first import's first page is stored, before the next one is: the app lets the
   * search index load from the pack's prebuilt file first (see createAppServices).
   */
  afterFirstPage?: () => Promise<void>
}

export async function syncArchive(
  db: BayeganDb,
  host: HostClient,
  onProgress: (progress: SyncProgress) => void = () => {},
  options: SyncOptions = {}
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { imported: [], unchanged: [], refused: [] }
  for (const listing of await host.call('archive:list', null)) {
    if (listing.status === 'invalid') {
      outcome.refused.push({ file: listing.file, errors: listing.errors })
      continue
    }
    const { manifest } = listing
    const stored = await db.packs.get(manifest.id)
    if (stored?.contentHash === manifest.contentHash) {
      outcome.unchanged.push(manifest.id)
      continue
    }
    try {
      if (!stored) {
        const itemCount = await streamFirstImport(db, host, manifest, onProgress, options.afterFirstPage)
        outcome.imported.push({ packId: manifest.id, kind: 'first-import', itemCount })
        continue
      }
      const items = await readAllItems(host, manifest, onProgress)
      const editions = await host.call('archive:editions', { packId: manifest.id })
      await saveItems(db, manifest, items, editions, 're-import', onProgress)
      outcome.imported.push({ packId: manifest.id, kind: 're-import', itemCount: items.length })
    } catch (error) {
      // The host checks a large pack's items while it serves them (issue 18): one that fails stops
      // the pack half way. Listed again, the pack says why; what this import stored of it goes.
      const refusal = await refusalOf(host, listing.file)
      if (!refusal) throw error
      if (!stored) await undoFirstImport(db, manifest.id)
      outcome.refused.push(refusal)
    }
  }
  return outcome
}

/** The pack's listing when the host now refuses it, else null (the failure was something else). */
async function refusalOf(host: HostClient, file: string): Promise<SyncOutcome['refused'][number] | null> {
  const now = (await host.call('archive:list', null)).find((l) => l.file === file)
  return now?.status === 'invalid' ? { file, errors: now.errors } : null
}

/** Takes back a first import the host refused half way: its articles and editions (it has no pack record yet). */
async function undoFirstImport(db: BayeganDb, packId: string): Promise<void> {
  const ids = await db.articles.where('packId').equals(packId).primaryKeys()
  await deleteArticles(db, ids)
  await db.editions.where('packId').equals(packId).delete()
}

/** Reads page after page (the next one asked for while this one is stored) and stores each as it comes. */
async function streamFirstImport(
  db: BayeganDb,
  host: HostClient,
  manifest: PackManifest,
  onProgress: (progress: SyncProgress) => void,
  afterFirstPage: () => Promise<void> = async () => {}
): Promise<number> {
  const total = manifest.itemCount
  const editions = await host.call('archive:editions', { packId: manifest.id })
  await db.transaction('rw', db.editions, async () => {
    await db.editions.where('packId').equals(manifest.id).delete()
    await db.editions.bulkPut(editions.map((edition) => ({ id: edition.id, packId: manifest.id, number: edition.number, edition })))
  })
  onProgress({ packId: manifest.id, phase: 'saving', done: 0, total })
  const read = (offset: number) => {
    const page = host.call('archive:page', { packId: manifest.id, offset, limit: FIRST_IMPORT_PAGE })
    // Asked for while the page before is stored: a refusal must wait for the loop's await, not count as unhandled.
    page.catch(() => {})
    return page
  }
  const ids = new Set<string>()
  let next = total > 0 ? read(0) : null
  while (next) {
    const page = await next
    if (page.items.length === 0) break
    const after = ids.size + page.items.length
    const first = ids.size === 0
    next = after < total ? read(after) : null
    await putArticles(db, page.items.map((item) => toArticleRecord(manifest.id, item)))
    for (const item of page.items) ids.add(item.id)
    onProgress({ packId: manifest.id, phase: 'saving', done: ids.size, total })
    if (first) await afterFirstPage()
  }
  if (ids.size !== total) throw new Error(`Pack "${manifest.id}" promised ${total} items but the host served ${ids.size}`)
  // Left by an earlier first import of another version of this pack that did not finish.
  const stale = (await db.articles.where('packId').equals(manifest.id).primaryKeys()).filter((id) => !ids.has(id))
  if (stale.length > 0) await deleteArticles(db, stale)
  await db.transaction('rw', db.packs, db.importLog, async () => {
    await db.packs.put({ id: manifest.id, contentHash: manifest.contentHash, version: manifest.version, itemCount: total, importedAt: new Date().toISOString() })
    await db.importLog.add({ packId: manifest.id, contentHash: manifest.contentHash, itemCount: total, at: new Date().toISOString(), kind: 'first-import' })
  })
  return total
}

async function readAllItems(
  host: HostClient,
  manifest: PackManifest,
  onProgress: (progress: SyncProgress) => void
): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = []
  const total = manifest.itemCount
  onProgress({ packId: manifest.id, phase: 'reading', done: 0, total })
  while (items.length < total) {
    const page = await host.call('archive:page', { packId: manifest.id, offset: items.length, limit: PAGE_SIZE })
    if (page.items.length === 0) break
    items.push(...page.items)
    onProgress({ packId: manifest.id, phase: 'reading', done: items.length, total })
  }
  if (items.length !== total) {
    throw new Error(`Pack "${manifest.id}" promised ${total} items but the host served ${items.length}`)
  }
  return items
}

async function saveItems(
  db: BayeganDb,
  manifest: PackManifest,
  items: ArchiveItem[],
  editions: Edition[],
  kind: 're-import',
  onProgress: (progress: SyncProgress) => void
): Promise<void> {
  const records = items.map((item) => toArticleRecord(manifest.id, item))
  const keep = new Set(records.map((r) => r.id))
  await db.transaction('rw', [...articleTables(db), db.packs, db.importLog, db.editions], async () => {
    // Editions belong to the pack: replaced whole, like its articles.
    await db.editions.where('packId').equals(manifest.id).delete()
    await db.editions.bulkPut(editions.map((edition) => ({ id: edition.id, packId: manifest.id, number: edition.number, edition })))
    const previous = await db.articles.where('packId').equals(manifest.id).primaryKeys()
    await deleteArticles(db, previous.filter((id) => !keep.has(id)))
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      await putArticles(db, records.slice(start, start + WRITE_CHUNK))
      onProgress({ packId: manifest.id, phase: 'saving', done: Math.min(start + WRITE_CHUNK, records.length), total: records.length })
    }
    await db.packs.put({
      id: manifest.id,
      contentHash: manifest.contentHash,
      version: manifest.version,
      itemCount: manifest.itemCount,
      importedAt: new Date().toISOString()
    })
    await db.importLog.add({ packId: manifest.id, contentHash: manifest.contentHash, itemCount: items.length, at: new Date().toISOString(), kind })
  })
}

export function toArticleRecord(packId: string, item: ArchiveItem): ArticleRecord {
  const record: ArticleRecord = { id: item.id, packId, item, sortKey: sortKeyOf(item.published), source: item.source.name, tags: item.tags }
  const urlKey = item.url ? originalUrlKey(item.url) : undefined
  if (urlKey) record.urlKey = urlKey
  return record
}
