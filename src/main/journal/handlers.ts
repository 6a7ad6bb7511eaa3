import { HostFailure } from '../../shared/host/dispatch'
import { parseBackup } from '../../shared/backup/backupDocument'
import type { Handlers } from '../../shared/host/contract'
import type { HostPlatform } from '../platform'
import { readBackupFile, writeFileAtomically } from './backupFiles'
import { createJournal } from './journalFile'

type ResearcherDataChannel = 'journal:append' | 'journal:read' | 'backup:save' | 'backup:open'

const BACKUP_FILTERS = [{ name: 'Bayegan backup (JSON-LD)', extensions: ['json', 'jsonld'] }]

/** The main-process side of "nothing lost": the journal, and backup files written and read. */
export function createResearcherDataHandlers(platform: HostPlatform): Pick<Handlers, ResearcherDataChannel> {
  const journal = createJournal(platform.dataDir)
  return {
    'journal:append': async ({ changes }) => journal.append(changes),
    'journal:read': async () => journal.read(),
    'backup:save': async ({ defaultName, content }) => {
      // Checked here too: a file we write must be one we can read back.
      const parsed = parseBackup(content)
      if (!parsed.ok) throw new HostFailure('bad-payload', `backup:save: ${parsed.message}`)
      const bad = parsed.refused[0]
      if (bad) throw new HostFailure('bad-payload', `backup:save: ${bad.kind} ${bad.id}: ${bad.reason}`)
      const path = await platform.chooseSavePath({ defaultName, filters: BACKUP_FILTERS })
      if (path === null) return { status: 'cancelled' }
      await writeFileAtomically(path, content)
      return { status: 'saved', path }
    },
    'backup:open': async () => {
      const [path] = await platform.chooseOpenPaths({ directories: false, multiple: false, filters: BACKUP_FILTERS })
      if (path === undefined) return { status: 'cancelled' }
      const read = await readBackupFile(path)
      return read.status === 'ok'
        ? { status: 'ok', path, document: read.document, refused: read.refused }
        : { status: 'invalid', path, message: read.message }
    }
  }
}
