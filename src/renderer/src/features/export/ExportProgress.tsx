import { useTranslation } from 'react-i18next'
import type { ExportJobState } from './useExportJob'

/** Where the export is: building (with a bar), saving, or how it ended. */
export function ExportProgress({ state }: { state: ExportJobState }): React.JSX.Element | null {
  const { t } = useTranslation()
  switch (state.phase) {
    case 'idle':
      return null
    case 'building': {
      const label = t('export.building', { done: state.done, total: state.total })
      return (
        <div className="export-dialog__status" aria-live="polite" data-testid="export-status" data-phase="building">
          <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('export.progress')} aria-valuetext={label} />
          <p>{label}</p>
        </div>
      )
    }
    case 'saving':
      return (
        <div className="export-dialog__status" aria-live="polite" data-testid="export-status" data-phase="saving">
          <progress aria-label={t('export.progress')} />
          <p>{t('export.saving')}</p>
        </div>
      )
    case 'saved':
      return (
        <p className="export-dialog__status" role="status" data-testid="export-status" data-phase="saved">
          {t('export.saved')} <span dir="ltr">{state.path}</span>
        </p>
      )
    case 'cancelled':
      return (
        <p className="export-dialog__status" role="status" data-testid="export-status" data-phase="cancelled">
          {t('export.cancelled')}
        </p>
      )
    case 'failed':
      return (
        <p className="export-dialog__status export-dialog__status--error" role="alert" data-testid="export-status" data-phase="failed">
          {t('export.failed', { message: state.message })}
        </p>
      )
  }
}
