import type { ParsedFile } from '../../shared/host/fileImport'

/** One file for the parse worker; its bytes are transferred, not copied. */
export interface ParseJob {
  id: number
  name: string
  bytes: ArrayBuffer
  lastModified: number
  /** The folder the file was chosen in (absolute), where its saved pictures may be; absent for dropped files. */
  dir?: string
}

/**
 * What the worker sends back: `started` as soon as it takes the job (its modules are loaded by
 * then, so the time limit measures reading the file, not starting the worker), then the result.
 */
export type ParseReply = { id: number; started: true } | { id: number; result: ParsedFile }
