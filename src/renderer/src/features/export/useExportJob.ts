import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildExportDocument, ExportCancelled } from '../../../../shared/export/buildDocument'
import type { ExportFormat, ExportOptions, PaperSize } from '../../../../shared/export/options'
import { useAppServices } from '../../app/AppServicesContext'

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'building'; done: number; total: number }
  | { phase: 'saving' }
  | { phase: 'saved'; path: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }

const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', markdown: 'md', json: 'jsonld', 'csl-json': 'csl.json', bibtex: 'bib', ris: 'ris' }

/**
 * One export at a time: build the document here in chunks (progress, cancel between chunks), then
 * hand it to the main process to render and save; a cancel then reaches it by job id.
 */
export function useExportJob() {
  const { t } = useTranslation()
  const { host, exportScope } = useAppServices()
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' })
  const job = useRef<{ id: string; cancelled: boolean } | null>(null)

  const start = useCallback(
    async (options: ExportOptions, format: ExportFormat, pageSize: PaperSize) => {
      const current = { id: crypto.randomUUID(), cancelled: false }
      job.current = current
      setState({ phase: 'building', done: 0, total: 0 })
      try {
        const listings = await host.call('archive:list', null)
        const manifest = listings.find((l) => l.status === 'valid')
        const archive = manifest?.status === 'valid' ? { id: manifest.manifest.id, title: manifest.manifest.title[options.lang] } : { id: 'bayegan', title: t('app.name') }
        const source = await exportScope.load(options.scope, archive)
        const document = await buildExportDocument(source, options, new Date(), {
          isCancelled: () => current.cancelled,
          onProgress: (done, total) => setState({ phase: 'building', done, total })
        })
        setState({ phase: 'saving' })
        const day = document.exportedAt.slice(0, 10)
        const result = await host.call('export:save', {
          jobId: current.id,
          format,
          pageSize,
          defaultName: `bayegan-notes-${day}.${EXTENSIONS[format]}`,
          document,
          replacePrompt: { message: t('export.replace'), confirmLabel: t('export.replaceConfirm'), cancelLabel: t('export.replaceCancel') }
        })
        setState(result.status === 'saved' ? { phase: 'saved', path: result.path } : { phase: current.cancelled ? 'cancelled' : 'idle' })
      } catch (err) {
        if (err instanceof ExportCancelled) setState({ phase: 'cancelled' })
        else setState({ phase: 'failed', message: err instanceof Error ? err.message : String(err) })
      } finally {
        if (job.current === current) job.current = null
      }
    },
    [exportScope, host, t]
  )

  const cancel = useCallback(() => {
    const current = job.current
    if (!current) return
    current.cancelled = true
    void host.call('export:cancel', { jobId: current.id }).catch(() => undefined)
  }, [host])

  return { state, start, cancel }
}
