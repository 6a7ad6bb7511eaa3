import { ANALYSER_VERSION } from '../../../shared/text/analyse'
import { SearchIndex } from '../../../shared/search/searchIndex'
import { readIndexFile } from '../../../shared/search/indexFile'
import { indexFileSteps } from '../../../shared/search/indexFileWriter'
import { runPaused } from '../../../shared/search/steps'
import type { SearchFilters, SearchHit, TextLookup } from '../../../shared/search/types'
import type { BayeganDb } from '../db/database'
import { bytesOfOffer, indexFromPack, type PackIndexBytes, type PackRefusal } from './packIndexStart'
import { RESULTS_LIMIT, SNIPPETS_FIRST, type IndexSource, type IndexStatus, type PackIndexOffer, type SavedIndexCheck, type SearchResultItem } from './protocol'
import { lookupIn, resultItem } from './resultItems'
import { dataStamp, loadSearchDocs } from './searchDocs'
import type { SnapshotFiles } from './snapshotFiles'

const SNAPSHOT_KEY = 'main'
const SNAPSHOT_FILE = 'search-index.bin'
/** The saved index is written in the pack index file format, under this name and its data stamp's hash. */
const SAVED_INDEX_ID = 'saved-search-index'

async function stampHash(stamp: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(stamp))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
const BUILD_CHUNK = 500

export interface SessionAnswer {
  total: number
  hits: SearchResultItem[]
  /** Every hit with its snippets, when `hits` has some without. */
  rest?: () => SearchResultItem[]
}

export interface SessionOptions {
  /** Status for the UI. */
  report: (status: IndexStatus) => void
  /** Lets queued messages in between build chunks (a macrotask in the worker). */
  pause?: () => Promise<void>
  /** Where the index is saved between starts; without it, it is not saved. */
  files?: SnapshotFiles | null
}

/**
 * The search index of one worker's life, without the worker: where it comes from on start (a saved
 * snapshot, a pack's prebuilt index, or a build from IndexedDB), how changes reach it, how it is
 * saved, and how it answers. search.worker.ts only routes messages here.
 */
export class IndexSession {
  index: SearchIndex | null = null
  loadedFrom: IndexSource = 'build'
  /** Why offered pack indexes were not used (kept for tests and the console). */
  readonly refused: PackRefusal[] = []
  /** The pack whose prebuilt index the index started from, while its import may still run. */
  private pack: { id: string; contentHash: string; verified: boolean } | null = null
  /** Articles indexed from their database record rather than the pack's prebuilt documents. */
  private fromDatabase = new Set<string>()
  /**
   * The data stamp read just before the index last read from the database: what a save records.
   * A stamp read at save time could count a write whose change has not reached the index yet, and
   * the next start would then trust an index that lacks it.
   */
  private indexStamp = ''
  /** Whether the index has read anything since it was last saved (or loaded from the saved file). */
  private unsaved = false
  /** What this start found of the saved index (for the status, the tests and the benchmarks). */
  savedIndex: SavedIndexCheck = 'none'

  constructor(
    private readonly db: BayeganDb,
    private readonly options: SessionOptions
  ) {}

  private get pause(): () => Promise<void> {
    return this.options.pause ?? (() => new Promise((r) => setTimeout(r, 0)))
  }

  /** `packIndexes` is asked only when no saved index can be used. */
  async start(packIndexes: () => Promise<readonly PackIndexOffer[]> = async () => []): Promise<void> {
    const { db } = this
    this.options.report({ state: 'starting' })
    const stamp = await dataStamp(db)
    const saved = await this.readSaved(stamp)
    if (saved) {
      this.index = saved
      this.loadedFrom = 'snapshot'
      this.indexStamp = stamp
      this.reportReady()
      return
    }
    // First start (or a stale saved index): a pack's prebuilt index, checked, plus the rest on top.
    const offers = await packIndexes()
    const bytes = offers.map(bytesOfOffer).filter((b): b is PackIndexBytes => b !== null)
    const fromPack = bytes.length > 0 ? await indexFromPack(db, bytes, this.refused) : null
    if (fromPack) {
      this.index = fromPack.index
      this.indexStamp = stamp // read before the pack's index and the database were
      this.unsaved = true
      this.loadedFrom = 'pack'
      this.pack = { ...fromPack.pack, verified: fromPack.verified }
      this.fromDatabase = fromPack.fromDatabase
      this.reportReady()
      return
    }
    await this.build()
  }

  /** Builds from every article in IndexedDB, keeping the texts for snippets. */
  async build(): Promise<void> {
    const stamp = await dataStamp(this.db)
    const { docs } = await loadSearchDocs(this.db)
    const fresh = new SearchIndex({ keepText: true })
    for (let i = 0; i < docs.length; i += BUILD_CHUNK) {
      fresh.addAll(docs.slice(i, i + BUILD_CHUNK))
      this.options.report({ state: 'building', done: Math.min(i + BUILD_CHUNK, docs.length), total: docs.length })
      await this.pause() // let queued queries and changes in
    }
    this.index = fresh
    this.indexStamp = stamp
    this.unsaved = true
    this.loadedFrom = 'build'
    this.pack = null
    this.fromDatabase = new Set()
    this.reportReady()
  }

  /**
   * Articles (or their notes and summaries) changed. A pack article the import has just stored is
   * released as it is (its prebuilt document is already indexed); anything else is read and indexed
   * again, and an article gone from the database leaves the index.
   */
  async applyChanges(articleIds: readonly string[]): Promise<void> {
    const index = this.index
    if (!index) return
    const { db } = this
    const stamp = await dataStamp(db)
    // The heads, not the articles: written with them in one transaction, and a fraction of their
    // size. During a first import every stored page comes through here; re-reading whole articles
    // to release prebuilt documents doubled the import's database traffic.
    const heads = await db.articleHeads.bulkGet([...articleIds])
    const present = heads.flatMap((h) => (h ? [h] : []))
    const presentIds = present.map((h) => h.id)
    // Index keys only: which of these articles carry the researcher's notes or summaries.
    const [annotated, summarised] = await Promise.all([
      db.annotations.where('articleId').anyOf(presentIds).keys(),
      db.summaries.where('articleId').anyOf(presentIds).keys()
    ])
    const researcher = new Set([...annotated, ...summarised].map(String))
    const reread: string[] = []
    for (const head of present) {
      const prebuilt = this.pack !== null && head.packId === this.pack.id && index.has(head.id) && !this.fromDatabase.has(head.id)
      if (prebuilt && !researcher.has(head.id)) index.release(head.id)
      else reread.push(head.id)
    }
    articleIds.forEach((id, i) => {
      if (heads[i] === undefined) {
        index.remove(id)
        this.fromDatabase.delete(id)
      }
    })
    if (reread.length > 0) {
      const { docs } = await loadSearchDocs(db, reread)
      for (const doc of docs) {
        index.add(doc)
        this.fromDatabase.add(doc.id)
      }
    }
    this.indexStamp = stamp
    this.unsaved = true
    this.reportReady()
  }

  /**
   * The archive sync is done. A pack index loaded while its first import ran is now checked like
   * one loaded after: the pack's record must be stored with the same hash and every document
   * released (stored). Otherwise the index is rebuilt from the database, never trusted.
   */
  async recheck(): Promise<void> {
    const index = this.index
    if (!index || !this.pack || this.pack.verified) return
    const stamp = await dataStamp(this.db)
    const stored = await this.db.packs.get(this.pack.id)
    if (!stored) return // the import did not finish: withheld documents stay out of answers
    if (stored.contentHash === this.pack.contentHash && index.withheldCount === 0) {
      this.pack.verified = true
      // Every article is in: the stamp now counts the pack's own record, written last by the import.
      this.indexStamp = stamp
      this.unsaved = true
      return
    }
    this.refused.push({ packId: this.pack.id, reason: 'the stored pack differs from its prebuilt index' })
    await this.build()
  }

  /** Whether the index may be saved now (nothing withheld: every document can be opened). */
  get saveable(): boolean {
    return this.index !== null && this.index.withheldCount === 0
  }

  /** Saves the index as the next start's snapshot, unless nothing changed since the last save. */
  async save(): Promise<boolean> {
    const index = this.index
    if (!index || !this.saveable) return false
    const files = this.options.files
    if (!files) return false
    if (!this.unsaved) return false
    const stamp = this.indexStamp
    // Hundreds of ms of work at 50,000 articles, done in steps of a few ms with a pause between
    // them, so a key typed meanwhile is answered after one step, not after the whole save. The
    // file is written straight from the index's own buffers (one file-sized copy), so changes wait
    // their turn behind the save (workerRoutes) and the index does not change under it.
    const hash = await stampHash(stamp)
    const parts = await runPaused(index.snapshotSteps(), this.pause)
    const bytes = await runPaused(indexFileSteps(parts, { packId: SAVED_INDEX_ID, packContentHash: hash }), this.pause)
    // The file first, then the record naming it: a save cut short leaves a record whose stamp
    // the file does not carry (or a file that fails its checksum), and the next start rebuilds.
    await files.write(SNAPSHOT_FILE, bytes, this.pause)
    await this.db.searchSnapshots.put({ key: SNAPSHOT_KEY, analyserVersion: ANALYSER_VERSION, archiveHash: stamp, savedAt: new Date().toISOString(), file: SNAPSHOT_FILE, bytes: bytes.length })
    this.unsaved = false
    return true
  }

  /** The saved index if it was saved for exactly this data and analyser and reads back whole; else null. */
  private async readSaved(stamp: string): Promise<SearchIndex | null> {
    const files = this.options.files
    const saved = await this.db.searchSnapshots.get(SNAPSHOT_KEY)
    const unused = (why: SavedIndexCheck): null => {
      this.savedIndex = why
      return null
    }
    if (!files) return unused('no-files')
    if (!saved?.file) return unused('none')
    if (saved.analyserVersion !== ANALYSER_VERSION || saved.archiveHash !== stamp) return unused('other-data')
    const bytes = await files.read(saved.file)
    if (!bytes) return unused('unreadable')
    const read = readIndexFile(bytes, { packId: SAVED_INDEX_ID, packContentHash: await stampHash(stamp) }, { checkContents: false })
    if (!read.ok) return unused(read.reason === 'other-pack' ? 'other-data' : 'unreadable')
    try {
      const index = SearchIndex.load(read.snapshot) // checks every posting: a damaged file is rebuilt, never trusted
      this.savedIndex = 'loaded'
      return index
    } catch {
      return unused('unreadable')
    }
  }

  /**
   * Ranked hits with snippets. The texts come from the index's own copy; only an index loaded
   * from a snapshot saved without texts reads this page of hits from the database.
   */
  /**
   * The answer to a query, its first `snippetsFirst` hits with their snippets; when there are more
   * hits, `rest()` gives the whole list with every snippet (the worker cuts them after posting the first).
   */
  async search(query: string, filters: SearchFilters, limit: number, snippetsFirst = limit): Promise<SessionAnswer> {
    const index = this.index
    if (!index) throw new Error('the search index is not available')
    const result = index.search(query, { limit, filters })
    let text: TextLookup = index.text
    if (!index.keepsText) text = lookupIn((await loadSearchDocs(this.db, result.hits.map((h) => h.id))).docs)
    const hits = itemsOf(result.hits, text, query, snippetsFirst)
    if (result.hits.length <= snippetsFirst) return { total: result.total, hits }
    const rest = (): SearchResultItem[] => hits.map((item, i) => (i < snippetsFirst ? item : resultItem(result.hits[i] as SearchHit, text, query)))
    return { total: result.total, hits, rest }
  }

  /**
   * Queries like those a researcher starts with, made of the index's own most common words: the
   * two-letter beginnings of the commonest (each expands to many words) and two words. Run once
   * the index is ready (warmUp), they have the engine's code compiled before the first keystrokes:
   * cold, the first such prefix took ~30 ms in Node at 50,000 articles, warm ~8 ms.
   */
  warmQueries(): string[] {
    const common = this.index?.frequentTerms(3, 4) ?? []
    const prefixes = [...new Set(common.map((t) => t.slice(0, 2)))].slice(0, 2)
    const [first] = common
    return first && prefixes.length > 0 ? [...prefixes, `${first} ${prefixes[prefixes.length - 1] as string}`] : prefixes
  }

  /**
   * Answers a query as search does, then drops the answer (see warmQueries); cuts no snippets from
   * the database (an index without its texts reads them there), which would only warm the disk.
   */
  warmUp(query: string): void {
    const index = this.index
    if (!index) return
    const { hits } = index.search(query, { limit: RESULTS_LIMIT })
    if (index.keepsText) itemsOf(hits, index.text, query, SNIPPETS_FIRST)
  }

  status(): IndexStatus {
    if (!this.index) return { state: 'starting' }
    const pending = this.index.withheldCount
    return { state: 'ready', documents: this.index.size - pending, loadedFrom: this.loadedFrom, savedIndex: this.savedIndex, ...(pending > 0 ? { pending } : {}) }
  }

  private reportReady(): void {
    this.options.report(this.status())
  }
}

/** Hits as the UI shows them, the first `snippetsFirst` with their snippets. */
function itemsOf(hits: readonly SearchHit[], text: TextLookup, query: string, snippetsFirst: number): SearchResultItem[] {
  return hits.map((hit, i) => resultItem(hit, text, query, i < snippetsFirst))
}
