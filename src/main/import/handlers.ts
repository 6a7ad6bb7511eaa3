// The file-import channels. Paths come only from the main process's own open dialog and stay
// here, behind a session id; the renderer asks for "file n of session s", never for a path.
// Dropped files arrive as bytes (base64) with the same size cap.
import { randomUUID } from 'node:crypto'
import { open } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Handlers } from '../../shared/host/contract'
import { HostFailure } from '../../shared/host/dispatch'
import { FILE_IMPORT_LIMITS, IMPORT_EXTENSIONS, type ParsedFile } from '../../shared/host/fileImport'
import type { HostPlatform } from '../platform'
import { tooLarge } from './parseFile'
import { createWorkerParser, type FileParser } from './workerParser'
import { expandChoice, type ChosenFile } from './walk'
import { webAddress } from './metadata'
import { showDirectionOverrides } from '../../shared/text/controls'

type ImportHandlers = Pick<Handlers, 'import:choose' | 'import:read' | 'import:bytes' | 'import:close' | 'import:cancel' | 'link:open'>

export function createFileImportHandlers(
  platform: Pick<HostPlatform, 'chooseOpenPaths' | 'confirm' | 'openExternal'>,
  parser: FileParser = createWorkerParser()
): ImportHandlers {
  const sessions = new Map<string, ChosenFile[]>()
  return {
    'import:choose': async ({ mode }) => {
      const paths = await platform.chooseOpenPaths({
        directories: mode === 'folder',
        multiple: true,
        filters: mode === 'folder' ? [] : [{ name: 'Articles', extensions: [...IMPORT_EXTENSIONS] }]
      })
      if (paths.length === 0) return { sessionId: '', files: [], skipped: [] }
      const { files, skipped } = await expandChoice(paths)
      const sessionId = randomUUID()
      sessions.set(sessionId, files)
      while (sessions.size > FILE_IMPORT_LIMITS.sessions) sessions.delete(sessions.keys().next().value as string)
      return {
        sessionId,
        files: files.map((f, index) => ({ index, name: showDirectionOverrides(f.name), bytes: f.bytes })),
        skipped: skipped.map((s) => ({ ...s, name: showDirectionOverrides(s.name) }))
      }
    },
    'import:read': async ({ sessionId, index }) => {
      const file = sessions.get(sessionId)?.[index]
      if (!file) throw new HostFailure('not-found', 'No such file in this import (it may have been closed)')
      return readChosen(file, parser)
    },
    'import:bytes': async ({ name, lastModified, base64 }) => {
      const bytes = Buffer.from(base64, 'base64')
      if (bytes.length > FILE_IMPORT_LIMITS.fileBytes) return tooLarge(name, bytes.length)
      return parser.parse({ name: baseName(name), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), lastModified })
    },
    'import:close': async ({ sessionId }) => {
      sessions.delete(sessionId)
      return null
    },
    'import:cancel': async () => {
      const reading = parser.busy()
      parser.cancel()
      return { cancelled: reading }
    },
    'link:open': async ({ url }) => {
      const address = webAddress(url)
      if (!address) throw new HostFailure('bad-payload', 'Only http:// and https:// links open, in the system browser')
      const yes = await platform.confirm({
        message: 'Open this link in your web browser?',
        detail: address,
        confirmLabel: 'Open in browser',
        cancelLabel: 'Cancel'
      })
      if (!yes) return { opened: false }
      // Electronegativity OPEN_EXTERNAL_JS_CHECK: explained in scripts/security-scan.ts (http(s) only, confirmed first).
      await platform.openExternal(address)
      return { opened: true }
    }
  }
}

/** Reads at most the size limit plus one byte, so a file that grew after the dialog is still refused. */
async function readChosen(file: ChosenFile, parser: FileParser): Promise<ParsedFile> {
  if (file.bytes > FILE_IMPORT_LIMITS.fileBytes) return tooLarge(file.name, file.bytes)
  let handle
  try {
    handle = await open(file.path, 'r')
    const stat = await handle.stat()
    if (stat.size > FILE_IMPORT_LIMITS.fileBytes) return tooLarge(file.name, stat.size)
    const buffer = Buffer.alloc(Math.min(stat.size, FILE_IMPORT_LIMITS.fileBytes) + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > FILE_IMPORT_LIMITS.fileBytes) return tooLarge(file.name, bytesRead)
    return await parser.parse({ name: file.name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead), lastModified: stat.mtimeMs, dir: dirname(file.path) })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { status: 'failed', file: file.name, failure: { code: 'unreadable', message: `the file could not be read (${code ?? 'error'})` } }
  } finally {
    await handle?.close()
  }
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '') || 'file'
}
