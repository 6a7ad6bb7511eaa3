// Files dropped on the window, folders included (walked through the File System entries API with
// the same depth and count caps as the dialog). Only names and contents are used, never paths.
import { FILE_IMPORT_LIMITS, IMPORT_EXTENSIONS, type ImportListing } from '../../../../shared/host/fileImport'

export interface DroppedFile {
  file: File
  /** The name, or the path inside a dropped folder. */
  name: string
}

const SUPPORTED = new RegExp(`\\.(${IMPORT_EXTENSIONS.join('|')})$`, 'i')

export async function collectDropped(data: DataTransfer): Promise<{ files: DroppedFile[]; skipped: ImportListing['skipped'] }> {
  const files: DroppedFile[] = []
  const skipped: ImportListing['skipped'] = []
  const entries = Array.from(data.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => Boolean(e))
  if (entries.length === 0) {
    for (const file of Array.from(data.files)) files.push({ file, name: file.name })
    return { files: files.slice(0, FILE_IMPORT_LIMITS.filesPerImport), skipped }
  }
  const queue: { entry: FileSystemEntry; depth: number }[] = entries.map((entry) => ({ entry, depth: 0 }))
  while (queue.length > 0) {
    const { entry, depth } = queue.shift() as { entry: FileSystemEntry; depth: number }
    const name = entry.fullPath.replace(/^\//, '')
    if (entry.isFile) {
      if (depth > 0 && !SUPPORTED.test(entry.name)) skipped.push({ name, reason: 'unsupported-type' })
      else if (depth > 0 && entry.name.startsWith('.')) skipped.push({ name, reason: 'hidden' })
      else if (files.length >= FILE_IMPORT_LIMITS.filesPerImport) skipped.push({ name, reason: 'too-many' })
      else files.push({ file: await fileOf(entry as FileSystemFileEntry), name })
    } else if (entry.isDirectory) {
      if (depth + 1 > FILE_IMPORT_LIMITS.folderDepth) skipped.push({ name, reason: 'too-deep' })
      else for (const child of await readAll(entry as FileSystemDirectoryEntry)) queue.push({ entry: child, depth: depth + 1 })
    }
  }
  files.sort((a, b) => a.name.localeCompare(b.name))
  return { files, skipped: skipped.slice(0, 500) }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return all
    all.push(...batch)
    if (all.length > FILE_IMPORT_LIMITS.filesPerImport * 2) return all
  }
}
