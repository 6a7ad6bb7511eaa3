// Expands what the researcher chose in the dialog into files to import: folders are walked
// (no symbolic links followed, hidden entries skipped, depth and count capped).
import { lstat, readdir } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { FILE_IMPORT_LIMITS, type ImportListing } from '../../shared/host/fileImport'
import { kindOfName } from './parseFile'

export interface ChosenFile {
  path: string
  /** Shown in the report: the name, or the path below the chosen folder. */
  name: string
  bytes: number
  lastModified: number
}

export async function expandChoice(paths: string[]): Promise<{ files: ChosenFile[]; skipped: ImportListing['skipped'] }> {
  const files: ChosenFile[] = []
  const skipped: ImportListing['skipped'] = []
  const full = (): boolean => files.length >= FILE_IMPORT_LIMITS.filesPerImport

  for (const chosen of paths) {
    const stat = await lstat(chosen)
    if (stat.isFile()) {
      if (full()) skipped.push({ name: basename(chosen), reason: 'too-many' })
      else files.push({ path: chosen, name: basename(chosen), bytes: stat.size, lastModified: stat.mtimeMs })
      continue
    }
    if (!stat.isDirectory()) continue
    const root = chosen
    const queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }]
    while (queue.length > 0) {
      const { dir, depth } = queue.shift() as { dir: string; depth: number }
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
      for (const entry of entries) {
        const path = join(dir, entry.name)
        const name = relative(root, path).split('\\').join('/')
        if (entry.name.startsWith('.')) skipped.push({ name, reason: 'hidden' })
        else if (entry.isSymbolicLink()) skipped.push({ name, reason: 'symlink' })
        else if (entry.isDirectory()) {
          // "Save page, complete" puts a page's pictures and scripts in <name>_files beside it:
          // read with the page (see resources.ts), not offered as files of their own.
          if (isSavedPageFolder(entry.name, entries)) skipped.push({ name, reason: 'page-files' })
          else if (depth + 1 > FILE_IMPORT_LIMITS.folderDepth) skipped.push({ name, reason: 'too-deep' })
          else queue.push({ dir: path, depth: depth + 1 })
        } else if (entry.isFile()) {
          if (!kindOfName(entry.name)) skipped.push({ name, reason: 'unsupported-type' })
          else if (full()) skipped.push({ name, reason: 'too-many' })
          else {
            const stat = await lstat(path)
            files.push({ path, name, bytes: stat.size, lastModified: stat.mtimeMs })
          }
        }
      }
    }
  }
  return { files, skipped: skipped.slice(0, 500) }
}

function isSavedPageFolder(name: string, siblings: readonly { name: string; isFile(): boolean }[]): boolean {
  const match = /^(.+)_files$/.exec(name)
  if (!match) return false
  return siblings.some((s) => s.isFile() && /\.(x?html?)$/i.test(s.name) && s.name.replace(/\.[^.]+$/, '') === match[1])
}
