import type { ParsedFile } from '../../shared/host/fileImport'

/** One file for the parse worker; its bytes are transferred, not copied. */
export interface ParseJob {
  id: number
  name: string
  bytes: ArrayBuffer
  lastModified: number
}

export interface ParseReply {
  id: number
  result: ParsedFile
}
