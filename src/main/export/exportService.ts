import { stat } from 'node:fs/promises'
import type { z } from 'zod'
import type { ExportResponses, exportSaveRequestSchema } from '../../shared/export/hostRequests'
import { renderHtml, type EmbeddedFont } from '../../shared/export/html'
import { renderJsonLd } from '../../shared/export/jsonld'
import { renderMarkdown } from '../../shared/export/markdown'
import type { ExportFormat } from '../../shared/export/options'
import type { FileFilter, HostPlatform, PdfOptions } from '../platform'
import { writeFileAtomic } from './atomicWrite'
import { loadExportFonts } from './fonts'

export type SaveRequest = z.infer<typeof exportSaveRequestSchema>
export type SaveResult = ExportResponses['export:save']

const FILTERS: Record<ExportFormat, FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON-LD', extensions: ['json', 'jsonld'] }
}

/** 20 mm top, 18 mm sides, 22 mm bottom (room for the page number): the same as the page's @page rule. */
const MARGINS: PdfOptions['margins'] = { top: 20 / 25.4, bottom: 22 / 25.4, left: 18 / 25.4, right: 18 / 25.4 }

type Platform = Pick<HostPlatform, 'chooseSavePath' | 'confirm' | 'printToPdf'>

/**
 * Saving an export: ask where, confirm before replacing, render (PDF through the platform's
 * printer), and write atomically. A cancel request is honoured between steps.
 */
export function createExportService(platform: Platform, loadFonts: () => Promise<EmbeddedFont[]> = loadExportFonts) {
  const cancelled = new Set<string>()
  const isCancelled = (jobId: string): boolean => cancelled.has(jobId)

  async function render(req: SaveRequest): Promise<Uint8Array | string> {
    if (req.format === 'markdown') return renderMarkdown(req.document)
    if (req.format === 'json') return renderJsonLd(req.document)
    const html = renderHtml(req.document, { fonts: await loadFonts(), pageSize: req.pageSize })
    return platform.printToPdf(html, { pageSize: req.pageSize, margins: MARGINS })
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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
