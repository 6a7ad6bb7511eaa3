/**
 * What the main-process handlers need from the platform. The Electron shell supplies the real
 * parts (dialogs, printToPDF, the system browser); the e2e test host supplies its own
 * (a dialog answered by the test, Chromium's page.pdf()). Nothing here imports Electron.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface PdfOptions {
  pageSize: 'A4' | 'Letter'
  /** HTML for the page footer (page numbers), in Chromium's header/footer template language. */
  footerTemplate?: string
  /** Page margins in inches; the footer needs room at the bottom. */
  margins: { top: number; bottom: number; left: number; right: number }
}

export interface HostPlatform {
  /** Folder holding the bundled `*.pack.json` files. */
  archiveDir: string
  /** The app's own data folder (journal, logs); created by the shell before handlers run. */
  dataDir: string
  appVersion: string
  shell: string
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseOpenPaths(options: { directories: boolean; multiple: boolean; filters: FileFilter[] }): Promise<string[]>
  /** Asks the researcher a yes/no question in a native dialog. */
  confirm(options: { message: string; detail?: string; confirmLabel: string; cancelLabel: string }): Promise<boolean>
  /** Renders a complete HTML document to PDF in a hidden, sandboxed window once its fonts are ready. */
  printToPdf(html: string, options: PdfOptions): Promise<Uint8Array>
  /**
   * Optional: print, ask `between` what to change, then print the same loaded page again with the
   * text of those elements (by id) replaced, or return the first print when it answers null. The
   * export numbers its contents this way without loading the document and its fonts twice; without
   * this method it calls printToPdf twice.
   */
  printToPdfTwice?(html: string, options: PdfOptions, between: (first: Uint8Array) => Promise<Record<string, string> | null>): Promise<Uint8Array>
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>
}
