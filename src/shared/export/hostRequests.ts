import { z } from 'zod'
import { exportDocumentSchema } from './document'
import { EXPORT_FORMATS, PAPER_SIZES } from './options'

/** Requests of the export channels, for the host contract. */
export const exportSaveRequestSchema = z.strictObject({
  /** Names the job so 'export:cancel' can stop it between steps. */
  jobId: z.string().min(1).max(100),
  format: z.enum(EXPORT_FORMATS),
  pageSize: z.enum(PAPER_SIZES),
  defaultName: z.string().min(1).max(200),
  document: exportDocumentSchema,
  replacePrompt: z.strictObject({ message: z.string().min(1).max(500), confirmLabel: z.string().min(1).max(100), cancelLabel: z.string().min(1).max(100) })
})
export const exportCancelRequestSchema = z.strictObject({ jobId: z.string().min(1).max(100) })

export interface ExportResponses {
  'export:save': { status: 'saved'; path: string; bytes: number } | { status: 'cancelled'; reason: 'no-path' | 'kept-existing' | 'cancelled' }
  'export:cancel': { cancelled: boolean }
}
