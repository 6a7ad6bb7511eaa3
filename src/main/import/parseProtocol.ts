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

export interface ParseReply {
  id: number
  result: ParsedFile
}
