import type { BrowserWindow, Dialog, Shell } from 'electron'
import { join } from 'node:path'
import type { HostPlatform } from '../platform'
import type { PdfPrinter } from './printToPdf'
import { safeDefaultName } from './dialogPaths'
import { openWebLink } from './externalLinks'

export interface ElectronPlatformParts {
  archiveDir: string
  dataDir: string
  /** Where save dialogs open; the renderer only suggests a file name. */
  documentsDir: string
  appVersion: string
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>
  shell: Pick<Shell, 'openExternal'>
  window(): BrowserWindow | null
  printToPdf: PdfPrinter
}

/** The HostPlatform of the real app: native dialogs attached to the window, the system browser, the print window. */
export function electronPlatform(parts: ElectronPlatformParts): HostPlatform {
  const parent = (): BrowserWindow => {
    const w = parts.window()
    if (!w || w.isDestroyed()) throw new Error('No window to attach a dialog to')
    return w
  }
  return {
    archiveDir: parts.archiveDir,
    dataDir: parts.dataDir,
    appVersion: parts.appVersion,
    shell: 'electron',
    async chooseSavePath({ defaultName, filters }) {
      const defaultPath = join(parts.documentsDir, safeDefaultName(defaultName))
      const result = await parts.dialog.showSaveDialog(parent(), { defaultPath, filters })
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPaths({ directories, multiple, filters }) {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [directories ? 'openDirectory' : 'openFile']
      if (multiple) properties.push('multiSelections')
      const result = await parts.dialog.showOpenDialog(parent(), { properties, filters })
      return result.canceled ? [] : result.filePaths
    },
    async confirm({ message, detail, confirmLabel, cancelLabel }) {
      const result = await parts.dialog.showMessageBox(parent(), {
        type: 'question',
        message,
        ...(detail !== undefined ? { detail } : {}),
        buttons: [confirmLabel, cancelLabel],
        defaultId: 1,
        cancelId: 1,
        noLink: true
      })
      return result.response === 0
    },
    printToPdf: (html, options) => parts.printToPdf(html, options),
    printToPdfTwice: (html, options, between) => parts.printToPdf(html, options, between),
    openExternal: (url) => openWebLink(parts.shell, url)
  }
}
