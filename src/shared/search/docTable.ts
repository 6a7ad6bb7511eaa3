import { NF } from './postings'
import type { SearchDoc, SearchFilters } from './types'

/**
 * Per-document facts the scorer and filters read: ids, tombstones, field lengths for BM25, and
 * metadata (date, source, tags, colours, notes) with labels interned to numbers.
 */
export class DocTable {
  ids: string[] = []
  docIndex = new Map<string, number>()
  deleted = new Uint8Array(16)
  /** Live documents kept out of every answer until released (see SearchIndex.withhold). */
  withheld = new Uint8Array(16)
  withheldCount = 0
  fieldLen = new Uint32Array(16 * NF)
  fieldLenSum = new Float64Array(NF)
  live = 0
  deletedCount = 0
  dates = new Float64Array(16)
  sources = new Int32Array(16)
  notes = new Uint8Array(16)
  tags: (number[] | undefined)[] = []
  colours: (number[] | undefined)[] = []
  labels: string[] = []
  labelIds = new Map<string, number>()

  get count(): number {
    return this.ids.length
  }

  /** Appends a document and returns its number. */
  append(id: string, lengths: number[], meta: SearchDoc['meta']): number {
    const d = this.ids.length
    this.ensureCapacity(d + 1)
    this.ids.push(id)
    this.docIndex.set(id, d)
    for (let f = 0; f < NF; f++) {
      const len = lengths[f] ?? 0
      this.fieldLen[d * NF + f] = len
      this.fieldLenSum[f] = (this.fieldLenSum[f] as number) + len
    }
    this.dates[d] = meta.date ?? NaN
    this.sources[d] = meta.source === undefined ? -1 : this.label(meta.source)
    this.notes[d] = meta.hasNotes ? 1 : 0
    this.tags[d] = meta.tags?.length ? meta.tags.map((t) => this.label(t)) : undefined
    this.colours[d] = meta.colours?.length ? meta.colours.map((c) => this.label(c)) : undefined
    this.live++
    return d
  }

  /** Tombstones a document; returns its number, or undefined when unknown. */
  remove(id: string): number | undefined {
    const d = this.docIndex.get(id)
    if (d === undefined) return undefined
    this.docIndex.delete(id)
    this.deleted[d] = 1
    if (this.withheld[d]) {
      this.withheld[d] = 0
      this.withheldCount--
    }
    this.live--
    this.deletedCount++
    for (let f = 0; f < NF; f++) {
      this.fieldLenSum[f] = (this.fieldLenSum[f] as number) - (this.fieldLen[d * NF + f] as number)
    }
    return d
  }

  /** Old doc number → new one (-1 when deleted), for compacting postings alongside. */
  compactionMap(): Int32Array {
    const remap = new Int32Array(this.ids.length).fill(-1)
    let n = 0
    for (let d = 0; d < this.ids.length; d++) if (!this.deleted[d]) remap[d] = n++
    return remap
  }

  compact(remap: Int32Array): void {
    const keep: number[] = []
    for (let d = 0; d < remap.length; d++) if ((remap[d] as number) >= 0) keep.push(d)
    const n = keep.length
    const fieldLen = new Uint32Array(Math.max(16, n) * NF)
    keep.forEach((d, i) => fieldLen.set(this.fieldLen.subarray(d * NF, d * NF + NF), i * NF))
    this.fieldLen = fieldLen
    this.ids = keep.map((d) => this.ids[d] as string)
    this.dates = Float64Array.from(keep, (d) => this.dates[d] as number)
    this.sources = Int32Array.from(keep, (d) => this.sources[d] as number)
    this.notes = Uint8Array.from(keep, (d) => this.notes[d] as number)
    const withheld = new Uint8Array(Math.max(16, n))
    keep.forEach((d, i) => (withheld[i] = this.withheld[d] as number))
    this.withheld = withheld
    this.tags = keep.map((d) => this.tags[d])
    this.colours = keep.map((d) => this.colours[d])
    this.deleted = new Uint8Array(Math.max(16, n))
    this.docIndex = new Map(this.ids.map((id, i) => [id, i]))
    this.deletedCount = 0
    this.ensureCapacity(n)
  }

  avgLengths(): number[] {
    const live = Math.max(1, this.live)
    return Array.from(this.fieldLenSum, (s) => Math.max(1, s / live))
  }

  /** Withholds (true) or releases (false) a live document; returns whether its state changed. */
  setWithheld(d: number, withheld: boolean): boolean {
    if (this.deleted[d] || d >= this.ids.length || (this.withheld[d] === 1) === withheld) return false
    this.withheld[d] = withheld ? 1 : 0
    this.withheldCount += withheld ? 1 : -1
    return true
  }

  /** 1 for each live document, not withheld, that every given filter admits. */
  filterMask(filters: SearchFilters): Uint8Array {
    const n = this.ids.length
    const mask = new Uint8Array(n)
    const ids = (names?: string[]): number[] | undefined => names?.map((s) => this.labelIds.get(s) ?? -2)
    const sources = ids(filters.sources)
    const tags = ids(filters.tags)
    const colours = ids(filters.colours)
    for (let d = 0; d < n; d++) {
      if (this.deleted[d] || this.withheld[d]) continue
      const date = this.dates[d] as number
      if (filters.dateFrom !== undefined && !(date >= filters.dateFrom)) continue
      if (filters.dateTo !== undefined && !(date <= filters.dateTo)) continue
      if (sources && !sources.includes(this.sources[d] as number)) continue
      if (tags && !tags.every((t) => this.tags[d]?.includes(t))) continue
      if (colours && !colours.some((c) => this.colours[d]?.includes(c))) continue
      if (filters.hasNotes !== undefined && (this.notes[d] === 1) !== filters.hasNotes) continue
      mask[d] = 1
    }
    return mask
  }

  /** Live documents the filter admits, newest first (the list shown for an empty query). */
  allByDateDesc(filter: Uint8Array | null): number[] {
    const docs: number[] = []
    for (let d = 0; d < this.ids.length; d++) if (!this.deleted[d] && (!filter || filter[d])) docs.push(d)
    const date = (d: number): number => (Number.isNaN(this.dates[d]) ? -Infinity : (this.dates[d] as number))
    return docs.sort((a, b) => date(b) - date(a) || a - b)
  }

  ensureCapacity(n: number): void {
    if (n <= this.deleted.length) return
    const cap = Math.max(16, n * 2)
    const resize = <T extends Uint8Array | Int32Array | Float64Array | Uint32Array>(a: T, make: (len: number) => T, per = 1): T => {
      const b = make(cap * per)
      b.set(a as never)
      return b
    }
    this.deleted = resize(this.deleted, (l) => new Uint8Array(l))
    this.withheld = resize(this.withheld, (l) => new Uint8Array(l))
    this.fieldLen = resize(this.fieldLen, (l) => new Uint32Array(l), NF)
    this.dates = resize(this.dates, (l) => new Float64Array(l))
    this.sources = resize(this.sources, (l) => new Int32Array(l))
    this.notes = resize(this.notes, (l) => new Uint8Array(l))
  }

  private label(name: string): number {
    let id = this.labelIds.get(name)
    if (id === undefined) {
      id = this.labels.length
      this.labels.push(name)
      this.labelIds.set(name, id)
    }
    return id
  }
}
