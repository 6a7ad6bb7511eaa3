import { z } from 'zod'
import { BACKUP_MAX_BYTES, type BackupDocument } from './backupDocument'
import type { RefusedRecord } from './merge'
import { JOURNAL_BATCH_MAX, journalChangeSchema, type JournalState } from './journalEntry'

/** Requests of the researcher-data channels (journal and backup), for the host contract. */
export const journalAppendRequestSchema = z.object({ changes: z.array(journalChangeSchema).min(1).max(JOURNAL_BATCH_MAX) }).strict()
export const backupSaveRequestSchema = z
  .object({ defaultName: z.string().min(1).max(200), content: z.string().min(2).max(BACKUP_MAX_BYTES) })
  .strict()

export interface ResearcherDataResponses {
  'journal:append': { lastSeq: number }
  'journal:read': JournalState
  'backup:save': { status: 'cancelled' } | { status: 'saved'; path: string }
  'backup:open': { status: 'cancelled' } | { status: 'invalid'; path: string; message: string } | { status: 'ok'; path: string; document: BackupDocument; refused: RefusedRecord[] }
}
