import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { electronPrintOptions, fillTextsScript, FONTS_READY_SCRIPT } from '../export/printOptions'
import type { PdfOptions } from '../platform'
import { APP_SCHEME } from '../security/trustedOrigin'
import { PRINT_HOST, type PrintDocuments } from './printDocuments'

export const PRINT_TIMEOUT_MS = 60_000

/** The parts of a BrowserWindow the printer uses. */
export type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'executeJavaScript' | 'printToPDF'>
}

/**
 * The hidden print window: sandboxed, no preload, no Node. JavaScript is on only so the shell can
 * load the fonts and wait for them (FONTS_READY_SCRIPT; Joplin's way, not a timer) and fill in the
 * contents' page numbers; the document's own scripts cannot run,
 * its CSP says `script-src 'none'` (PRINT_DOCUMENT_CSP) and the export HTML is sanitised anyway.
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: true,
    webSecurity: true,
    images: true,
    spellcheck: false
  }
}

export class PrintTimeoutError extends Error {
  constructor(ms: number) {
    super(`Printing the export did not finish within ${Math.round(ms / 1000)} s`)
    this.name = 'PrintTimeoutError'
  }
}

/**
 * Prints a complete HTML document to PDF. The document is served from memory at
 * app://print/<random>.html for this print only; the window and the document are gone when the
 * print ends, whether it succeeded, failed or timed out (a timeout destroys the window, which
 * cancels whatever it was doing).
 */
/**
 * Prints `html`; with `between`, it prints a draft first, hands it to `between` (the export reads
 * the pages its headings landed on) and, when texts come back, fills them into the same loaded
 * page and prints the final PDF (see HostPlatform.printToPdfTwice).
 */
export type PdfPrinter = (html: string, options: PdfOptions, between?: (first: Uint8Array) => Promise<Record<string, string> | null>) => Promise<Uint8Array>

export function createPdfPrinter(deps: {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow
  documents: PrintDocuments
  timeoutMs?: number
}): PdfPrinter {
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS
  return async (html, options, between) => {
    const doc = deps.documents.add(html)
    let printer: PrintWindow | null = null
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintTimeoutError(timeoutMs)), timeoutMs)
    })
    const print = async (): Promise<Uint8Array> => {
      printer = deps.createWindow(PRINT_WINDOW_OPTIONS)
      await printer.loadURL(`${APP_SCHEME}://${PRINT_HOST}${doc.path}`)
      await printer.webContents.executeJavaScript(FONTS_READY_SCRIPT)
      // Tagged, with the document outline (bookmarks): the options the export model chose, unchanged;
      // with `between`, a draft first (untagged, no outline), read for where the headings landed.
      if (!between) return new Uint8Array(await printer.webContents.printToPDF(electronPrintOptions(options)))
      const draft = new Uint8Array(await printer.webContents.printToPDF(electronPrintOptions({ ...options, draft: true })))
      const texts = await between(draft)
      if (!texts) return draft
      await printer.webContents.executeJavaScript(fillTextsScript(texts))
      return new Uint8Array(await printer.webContents.printToPDF(electronPrintOptions(options)))
    }
    try {
      return await Promise.race([print(), timeout])
    } finally {
      clearTimeout(timer)
      doc.remove()
      const w = printer as PrintWindow | null
      if (w && !w.isDestroyed()) w.destroy()
    }
  }
}
