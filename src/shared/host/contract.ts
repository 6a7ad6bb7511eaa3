/**
 * The host contract: the only way the renderer talks to the main process.
 * Each channel names a request schema; the main process validates every payload
 * against it, because nothing that crosses the bridge is trusted.
 */
import { z } from 'zod'
import type { ArchiveItem, PackManifest } from '../archive/schema'
import type { PackError } from '../archive/packErrors'
import type { Edition } from '../archive/editions'
import { CHANNELS, type Channel } from './channels'
import { fileImportRequests, type FileImportResponses } from './fileImport'
import { modelCancelRequestSchema, modelDraftRequestSchema, type ModelDraftResult } from '../summary/modelSettings'
import { backupSaveRequestSchema, journalAppendRequestSchema, type ResearcherDataResponses } from '../backup/hostRequests'
import { exportCancelRequestSchema, exportSaveRequestSchema, type ExportResponses } from '../export/hostRequests'
import { feedsRequests, type FeedsResponses } from './feeds'

export { CHANNELS, type Channel }

export const PAGE_LIMIT_MAX = 500

export const requestSchemas = {
  'app:info': z.null(),
  'archive:list': z.null(),
  'archive:page': z
    .object({
      packId: z.string().min(1).max(200),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(PAGE_LIMIT_MAX)
    })
    .strict(),
  // The pack's editions (issue 12): small, read once per import.
  'archive:editions': z.object({ packId: z.string().min(1).max(200) }).strict(),
  // The local model (issue 5): drafts run in the main process, cancellable by request id.
  'model:draft': modelDraftRequestSchema,
  'model:cancel': modelCancelRequestSchema,
  // Researcher data (issue 4): the journal of every change, and backup files.
  'journal:append': journalAppendRequestSchema,
  'journal:read': z.null(),
  'backup:save': backupSaveRequestSchema,
  'backup:open': z.null(),
  // File import and opening links in the system browser (issue 7).
  ...fileImportRequests,
  // Exporting notes as PDF, Markdown or JSON (issue 6); cancellable by job id between steps.
  'export:save': exportSaveRequestSchema,
  'export:cancel': exportCancelRequestSchema,
  // Followed feeds (issue 17): the list lives in the main process, which alone fetches.
  ...feedsRequests
} as const satisfies Record<Channel, z.ZodType> // a missing or extra channel fails to compile

export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>

export interface AppInfo {
  name: string
  version: string
  /** 'electron' in the real app, 'test-host' under the e2e host. */
  shell: string
}

/** One pack file found in resources: either valid (with its manifest) or refused (with why). */
export type PackListing =
  | { status: 'valid'; file: string; manifest: PackManifest }
  | { status: 'invalid'; file: string; errors: PackError[] }

export interface ArchivePage {
  packId: string
  offset: number
  total: number
  items: ArchiveItem[]
}

export interface Responses extends FileImportResponses, FeedsResponses {
  'app:info': AppInfo
  'archive:list': PackListing[]
  'archive:page': ArchivePage
  /** The pack's editions; empty for packs without any. */
  'archive:editions': Edition[]
  'model:draft': ModelDraftResult
  /** Whether a draft with that id was still running. */
  'model:cancel': { cancelled: boolean }
  'journal:append': ResearcherDataResponses['journal:append']
  'journal:read': ResearcherDataResponses['journal:read']
  'backup:save': ResearcherDataResponses['backup:save']
  'backup:open': ResearcherDataResponses['backup:open']
  'export:save': ExportResponses['export:save']
  'export:cancel': ExportResponses['export:cancel']
}

export type Response<C extends Channel> = Responses[C]

/** Errors cross the bridge as data, never as thrown exceptions with stack traces. */
export type HostError = { code: 'bad-channel' | 'bad-payload' | 'not-found' | 'failed'; message: string }
export type HostResult<C extends Channel> = { ok: true; value: Response<C> } | { ok: false; error: HostError }

export type Handlers = { [C in Channel]: (payload: Request<C>) => Promise<Response<C>> }

/** What the preload (and the e2e test host) expose as `window.bayegan`. */
export interface HostBridge {
  invoke<C extends Channel>(channel: C, payload: Request<C>): Promise<HostResult<C>>
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, value)
}
