import { stat } from 'node:fs/promises'
import type { z } from 'zod'
import type { ExportResponses, exportSaveRequestSchema } from '../../shared/export/hostRequests'
import { renderBibtex, renderCslJson, renderRis } from '../../shared/export/citationFiles'
import type { ExportDocument } from '../../shared/export/document'
import { DRAFT_STYLE_ID, hasContents, headingId, renderHtml, tocPageId, type EmbeddedFont } from '../../shared/export/html'
import { num } from '../../shared/export/labels'
import { renderJsonLd } from '../../shared/export/jsonld'
import { renderMarkdown } from '../../shared/export/markdown'
import type { ExportFormat, PaperSize } from '../../shared/export/options'
import type { FileFilter, HostPlatform, PdfOptions } from '../platform'
import { writeFileAtomic } from './atomicWrite'
import { loadExportFonts } from './fonts'
import { fixOutlineTitles, headingTexts } from './outlineTitles'
import { namedDestinationPages } from './pdfDestinations'
import { pdfDestinationPages } from './pdfText'

export type SaveRequest = z.infer<typeof exportSaveRequestSchema>
export type SaveResult = ExportResponses['export:save']

const FILTERS: Record<ExportFormat, FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON-LD', extensions: ['json', 'jsonld'] },
  'csl-json': { name: 'CSL-JSON', extensions: ['json'] },
  bibtex: { name: 'BibTeX', extensions: ['bib'] },
  ris: { name: 'RIS', extensions: ['ris'] }
}

/** 20 mm top, 18 mm sides, 22 mm bottom (room for the page number): the same as the page's @page rule. */
const MARGINS: PdfOptions['margins'] = { top: 20 / 25.4, bottom: 22 / 25.4, left: 18 / 25.4, right: 18 / 25.4 }

type Platform = Pick<HostPlatform, 'chooseSavePath' | 'confirm' | 'printToPdf' | 'printToPdfTwice'>

/**
 * Saving an export: ask where, confirm before replacing, render (PDF through the platform's
 * printer), and write atomically. A cancel request is honoured between steps.
 */
export function createExportService(platform: Platform, loadFonts: () => Promise<EmbeddedFont[]> = loadExportFonts) {
  const cancelled = new Set<string>()
  const isCancelled = (jobId: string): boolean => cancelled.has(jobId)

  async function render(req: SaveRequest): Promise<Uint8Array | string> {
    switch (req.format) {
      case 'markdown':
        return renderMarkdown(req.document)
      case 'json':
        return renderJsonLd(req.document)
      case 'csl-json':
        return renderCslJson(req.document)
      case 'bibtex':
        return renderBibtex(req.document)
      case 'ris':
        return renderRis(req.document)
      case 'pdf':
        return renderPdf(req)
    }
  }

  async function renderPdf(req: SaveRequest): Promise<Uint8Array> {
    return printExportPdf(req.document, {
      pageSize: req.pageSize,
      fonts: await loadFonts(),
      printToPdf: platform.printToPdf,
      ...(platform.printToPdfTwice ? { printToPdfTwice: platform.printToPdfTwice } : {}),
      isCancelled: () => isCancelled(req.jobId)
    })
  }

  return {
    async save(req: SaveRequest): Promise<SaveResult> {
      try {
        const path = await platform.chooseSavePath({ defaultName: req.defaultName, filters: [FILTERS[req.format]] })
        if (!path) return { status: 'cancelled', reason: 'no-path' }
        if (await exists(path)) {
          const replace = await platform.confirm({ ...req.replacePrompt, detail: path })
          if (!replace) return { status: 'cancelled', reason: 'kept-existing' }
        }
        if (isCancelled(req.jobId)) return { status: 'cancelled', reason: 'cancelled' }
        const data = await render(req)
        if (isCancelled(req.jobId)) return { status: 'cancelled', reason: 'cancelled' }
        await writeFileAtomic(path, data)
        return { status: 'saved', path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength }
      } finally {
        cancelled.delete(req.jobId)
      }
    },
    cancel(jobId: string): { cancelled: boolean } {
      cancelled.add(jobId)
      return { cancelled: true }
    }
  }
}

/**
 * The export as PDF. Chromium cannot number the contents itself (no CSS target-counter), so a
 * document with a contents list is printed twice: first a draft, laid out in full but drawn
 * invisible, untagged and without bookmarks (cheap), whose named destinations (the contents link
 * to every article heading) say on which page each heading landed; then the final print, tagged
 * with bookmarks, after those numbers are filled into slots that kept their width, so nothing
 * moves. One article has no contents and is printed once.
 */
export async function printExportPdf(
  doc: ExportDocument,
  options: { pageSize: PaperSize; fonts: EmbeddedFont[]; isCancelled?: () => boolean } & Pick<HostPlatform, 'printToPdf' | 'printToPdfTwice'>
): Promise<Uint8Array> {
  const pdfOptions = { pageSize: options.pageSize, margins: MARGINS }
  const htmlOptions = { fonts: options.fonts, pageSize: options.pageSize }
  if (!hasContents(doc)) {
    const html = renderHtml(doc, htmlOptions)
    return fixOutlineTitles(await options.printToPdf(html, pdfOptions), headingTexts(html))
  }
  const draftHtml = renderHtml(doc, { ...htmlOptions, draft: true })
  // The draft style and the slots are the only differences between the prints, and no heading holds either, so the bookmarks' text is the same.
  const titles = headingTexts(draftHtml)
  const pagesFor = async (draft: Uint8Array): Promise<number[] | null | 'cancelled'> => (options.isCancelled?.() ? 'cancelled' : headingPages(draft, doc))
  if (options.printToPdfTwice) {
    const pdf = await options.printToPdfTwice(draftHtml, pdfOptions, async (draft) => {
      const pages = await pagesFor(draft)
      if (pages === 'cancelled') return null
      // Emptying the draft style makes everything visible again; a PDF whose pages could not be read keeps its slots blank.
      return { [DRAFT_STYLE_ID]: '', ...(pages ? Object.fromEntries(pages.map((p, i) => [tocPageId(i), num(p, doc.lang)])) : {}) }
    })
    return fixOutlineTitles(pdf, titles)
  }
  const draft = await options.printToPdf(draftHtml, { ...pdfOptions, draft: true })
  const pages = await pagesFor(draft)
  if (pages === 'cancelled') return draft
  const final = await options.printToPdf(renderHtml(doc, { ...htmlOptions, ...(pages ? { tocPages: pages } : {}) }), pdfOptions)
  return fixOutlineTitles(final, titles)
}

/**
 * The page of every article's heading in a printed PDF, from its named destinations (the contents
 * link to each heading), or null when they cannot be found. The bytes are read directly; a PDF laid
 * out otherwise than Chromium writes one is read with pdf.js instead.
 */
export async function headingPages(pdf: Uint8Array, doc: ExportDocument): Promise<number[] | null> {
  const names = doc.articles.map((_, i) => headingId(i))
  const fast = namedDestinationPages(pdf)
  const found = fast && names.every((n) => fast.has(n)) ? fast : await pdfDestinationPages(pdf, names).catch(() => null)
  const pages = names.map((n) => found?.get(n))
  return pages.every((p): p is number => p !== undefined) ? pages : null
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
