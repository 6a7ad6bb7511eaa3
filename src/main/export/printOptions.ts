import type { PdfOptions } from '../platform'

/**
 * The print options of the export PDF, in one pure place for both printers: Electron's
 * `webContents.printToPDF` (the shell passes `electronPrintOptions(options)` through unchanged)
 * and Playwright's `page.pdf` in the e2e test host. Both turn on the document outline (bookmarks
 * from the h1–h3 headings) and the tagged PDF (a structure tree; Chromium also writes each shaped
 * Persian cluster's logical text as /ActualText there), except for a draft print, which is read
 * only for its named destinations: there both are off (Chromium makes its outline from the tags,
 * and tagging a document costs about as much again as printing it).
 */
export interface ElectronPrintOptions {
  pageSize: PdfOptions['pageSize']
  printBackground: true
  displayHeaderFooter: boolean
  headerTemplate: string
  footerTemplate: string
  margins: { top: number; bottom: number; left: number; right: number }
  generateTaggedPDF: boolean
  generateDocumentOutline: boolean
}

export function electronPrintOptions(options: PdfOptions): ElectronPrintOptions {
  return {
    pageSize: options.pageSize,
    printBackground: true,
    displayHeaderFooter: Boolean(options.footerTemplate),
    headerTemplate: '<span></span>',
    footerTemplate: options.footerTemplate ?? '<span></span>',
    margins: { ...options.margins },
    generateTaggedPDF: !options.draft,
    generateDocumentOutline: !options.draft
  }
}

/** The same options in Playwright's words (`page.pdf`), for the test host and the benchmark. */
export interface PlaywrightPdfOptions {
  format: PdfOptions['pageSize']
  printBackground: true
  displayHeaderFooter: boolean
  headerTemplate: string
  footerTemplate: string
  margin: { top: string; bottom: string; left: string; right: string }
  tagged: boolean
  outline: boolean
}

export function playwrightPdfOptions(options: PdfOptions): PlaywrightPdfOptions {
  const e = electronPrintOptions(options)
  const inches = (n: number): string => `${n}in`
  return {
    format: e.pageSize,
    printBackground: true,
    displayHeaderFooter: e.displayHeaderFooter,
    headerTemplate: e.headerTemplate,
    footerTemplate: e.footerTemplate,
    margin: { top: inches(e.margins.top), bottom: inches(e.margins.bottom), left: inches(e.margins.left), right: inches(e.margins.right) },
    tagged: e.generateTaggedPDF,
    outline: e.generateDocumentOutline
  }
}

/**
 * The script a printer runs in the loaded export page between the two prints of printToPdfTwice:
 * it sets the text of the elements named by id. The texts go in as JSON data, never as markup, and
 * the export page itself runs no script of its own (its CSP allows none).
 */
export function fillTextsScript(texts: Record<string, string>): string {
  return `Object.entries(${JSON.stringify(texts)}).forEach(([id, text]) => { const el = document.getElementById(id); if (el) el.textContent = text })`
}

/**
 * The script a printer awaits before the first print: every face the page declares, loaded. The
 * export page is not laid out on screen at all (see exportCss), so no text asks for its fonts
 * there and `document.fonts.ready` alone would not wait for them; they are loaded here instead,
 * and the print's layout finds them ready.
 */
export const FONTS_READY_SCRIPT = 'Promise.all(Array.from(document.fonts, (f) => f.load())).then(() => document.fonts.ready).then(() => true)'
