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
  /**
   * A print read only for where things landed (its named destinations), then thrown away: printed
   * untagged and without an outline, which Chromium does in a fraction of the time.
   */
  draft?: boolean
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
   * Optional: print a draft (`draft: true`), ask `between` what to change, then print the same
   * loaded page again, with `options` as given, after replacing the text of those elements (by id);
   * when `between` answers null (the export was cancelled), return the draft. The export numbers
   * its contents this way without loading the document and its fonts twice; without this method
   * it calls printToPdf twice.
   */
  printToPdfTwice?(html: string, options: PdfOptions, between: (first: Uint8Array) => Promise<Record<string, string> | null>): Promise<Uint8Array>
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>
}
