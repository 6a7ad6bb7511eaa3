import { open, rename, rm, stat } from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { BACKUP_MAX_BYTES, parseBackup, type BackupDocument } from '../../shared/backup/backupDocument'
import type { RefusedRecord } from '../../shared/backup/merge'

/**
 * Writes `content` so the file is either the old one or the whole new one, never half: a temp file
 * beside it, flushed, then renamed over it (rename is atomic within a folder).
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } catch (err) {
    await handle.close()
    await rm(temp, { force: true })
    throw err
  }
  await handle.close()
  try {
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

export type BackupRead = { status: 'ok'; document: BackupDocument; refused: RefusedRecord[] } | { status: 'invalid'; message: string }

/** Reads and validates a backup file; a wrong file is reported, never thrown at the researcher. */
export async function readBackupFile(path: string): Promise<BackupRead> {
  const size = (await stat(path)).size
  if (size > BACKUP_MAX_BYTES) return { status: 'invalid', message: 'the file is too large to be a Bayegan backup' }
  const parsed = parseBackup(await readFile(path, 'utf8'))
  return parsed.ok ? { status: 'ok', document: parsed.document, refused: parsed.refused } : { status: 'invalid', message: parsed.message }
}
