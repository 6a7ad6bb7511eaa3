// Runs a file import: one file at a time, each in its own transaction, with progress and cancel.
// Cancelling stops before the next file, so what is stored is always whole files; running the
// same import again reports the stored ones as duplicates.
import { useCallback, useRef, useState } from 'react'
import { useAppServices } from '../../app/AppServicesContext'
import type { ArchiveRepository } from '../../db/repositories'
import type { ImportedImage } from '../../db/records'
import { FILE_IMPORT_LIMITS, type FileKind, type ImportFailure, type ImportListing, type PageChange, type ParsedFile } from '../../../../shared/host/fileImport'
import type { HostClient } from '../../host/hostClient'
import { buildItem } from './buildItem'
import { sumChanges } from './importChanges'
import type { DroppedFile } from './dropFiles'

export interface FileReport {
  file: string
  kind?: FileKind
  status: 'added' | 'duplicate' | 'failed' | 'cancelled'
  added: number
  duplicates: number
  failure?: ImportFailure
  notes: string[]
  /** What was dropped or changed in the file's pages, summed over its entries (shown translated). */
  changes?: PageChange[]
  /** The first article added, to open it from the report. */
  firstAddedId?: string
  /** Pages attached as the researcher's copy of a digest's original. */
  attached?: { digestId: string; digestTitle: string }[]
}

export type FileImportState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; current: string; cancelling: boolean }
  | { status: 'finished'; files: FileReport[]; skipped: ImportListing['skipped']; cancelled: boolean }

type Source = { total: number; name: (i: number) => string; read: (i: number) => Promise<ParsedFile>; close: () => Promise<void>; skipped: ImportListing['skipped'] }

export function useFileImport() {
  const { host, archive } = useAppServices()
  const [state, setState] = useState<FileImportState>({ status: 'idle' })
  const cancelRef = useRef(false)
  const runningRef = useRef(false)

  const run = useCallback(
    async (source: Source) => {
      if (runningRef.current) return
      runningRef.current = true
      cancelRef.current = false
      const files: FileReport[] = []
      try {
        for (let i = 0; i < source.total; i++) {
          if (cancelRef.current) {
            for (let j = i; j < source.total; j++) files.push({ file: source.name(j), status: 'cancelled', added: 0, duplicates: 0, notes: [] })
            break
          }
          setState({ status: 'running', done: i, total: source.total, current: source.name(i), cancelling: false })
          files.push(await importOne(archive, source.name(i), () => source.read(i)))
        }
      } finally {
        await source.close().catch(() => undefined)
        runningRef.current = false
        setState({ status: 'finished', files, skipped: source.skipped, cancelled: cancelRef.current })
      }
    },
    [archive]
  )

  const choose = useCallback(
    async (mode: 'files' | 'folder') => {
      if (runningRef.current) return
      const listing = await host.call('import:choose', { mode })
      if (!listing.sessionId) return
      await run({
        total: listing.files.length,
        name: (i) => listing.files[i]?.name ?? '',
        read: (i) => host.call('import:read', { sessionId: listing.sessionId, index: i }),
        close: async () => {
          await host.call('import:close', { sessionId: listing.sessionId })
        },
        skipped: listing.skipped
      })
    },
    [host, run]
  )

  const drop = useCallback(
    async (dropped: DroppedFile[], skipped: ImportListing['skipped']) => {
      await run({
        total: dropped.length,
        name: (i) => dropped[i]?.name ?? '',
        read: (i) => readDropped(host, dropped[i] as DroppedFile),
        close: async () => undefined,
        skipped
      })
    },
    [host, run]
  )

  const cancel = useCallback(() => {
    cancelRef.current = true
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s))
    // Stops the file being read now too: a huge page need not be finished first.
    void host.call('import:cancel', null).catch(() => undefined)
  }, [host])
  const dismiss = useCallback(() => setState({ status: 'idle' }), [])

  return { state, choose, drop, cancel, dismiss }
}

async function importOne(archive: ArchiveRepository, name: string, read: () => Promise<ParsedFile>): Promise<FileReport> {
  let parsed: ParsedFile
  try {
    parsed = await read()
  } catch (error) {
    return failedReport(name, undefined, { code: 'unreadable', message: error instanceof Error ? error.message : String(error) })
  }
  if (parsed.status === 'failed' && parsed.failure.code === 'cancelled') return { file: parsed.file, status: 'cancelled', added: 0, duplicates: 0, notes: [] }
  if (parsed.status === 'failed') return failedReport(parsed.file, parsed.kind, parsed.failure)
  const items = []
  const images = new Map<string, ImportedImage[]>()
  const notes = [...parsed.notes]
  const changes = sumChanges(parsed.entries.flatMap((entry) => (entry.kind === 'page' ? (entry.page.changes ?? []) : [])))
  for (const [index, entry] of parsed.entries.entries()) {
    const built = await buildItem(entry)
    const where = parsed.entries.length > 1 ? `entry ${index + 1}: ` : ''
    if (!built.ok) return failedReport(parsed.file, parsed.kind, { code: 'invalid-item', message: `${where}${built.message}` })
    if (built.note) notes.push(`${where}${built.note}`)
    items.push(built.item)
    if (built.images.length > 0) images.set(built.item.id, built.images)
  }
  try {
    const outcome = await archive.storeImported(items, parsed.file, images)
    return {
      file: parsed.file,
      kind: parsed.kind,
      status: outcome.added.length > 0 ? 'added' : 'duplicate',
      added: outcome.added.length,
      duplicates: outcome.duplicates.length,
      notes,
      ...(changes.length > 0 ? { changes } : {}),
      ...(outcome.added[0] ? { firstAddedId: outcome.added[0].id } : {}),
      ...(outcome.attached.length > 0 ? { attached: outcome.attached.map(({ digestId, digestTitle }) => ({ digestId, digestTitle })) } : {})
    }
  } catch (error) {
    return failedReport(parsed.file, parsed.kind, { code: 'unreadable', message: `not saved: ${error instanceof Error ? error.message : String(error)}` })
  }
}

function failedReport(file: string, kind: FileKind | undefined, failure: ImportFailure): FileReport {
  return { file, ...(kind ? { kind } : {}), status: 'failed', added: 0, duplicates: 0, failure, notes: [] }
}

/** A dropped file goes to the main process as bytes; one over the limit is refused unread. */
async function readDropped(host: HostClient, dropped: DroppedFile): Promise<ParsedFile> {
  const { file, name } = dropped
  if (file.size > FILE_IMPORT_LIMITS.fileBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    return { status: 'failed', file: name, failure: { code: 'too-large', message: `the file is ${mb(file.size)} MB; at most ${mb(FILE_IMPORT_LIMITS.fileBytes)} MB can be imported` } }
  }
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()))
  const parsed = await host.call('import:bytes', { name: file.name, lastModified: file.lastModified, base64 })
  return { ...parsed, file: name }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}
