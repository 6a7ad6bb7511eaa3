import { useTranslation } from 'react-i18next'
import type { SyncProgress } from '../../db/archiveSync'

export function ImportProgress({ progress }: { progress: SyncProgress }): React.JSX.Element {
  const { t } = useTranslation()
  const label = t(progress.phase === 'reading' ? 'import.reading' : 'import.saving', { done: progress.done, total: progress.total })
  return (
    <section className="import-progress" aria-live="polite" data-testid="import-progress">
      <h1>{t('import.title')}</h1>
      <progress
        max={progress.total}
        value={progress.done}
        aria-label={t('import.progressLabel')}
        aria-valuetext={label}
        data-phase={progress.phase}
      />
      <p className="import-progress__label">{label}</p>
    </section>
  )
}
