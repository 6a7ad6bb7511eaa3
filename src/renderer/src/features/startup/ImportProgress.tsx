import { useTranslation } from 'react-i18next'
import type { SyncProgress } from '../../db/archiveSync'

/**
 * The first import's progress: the whole page until the first articles are stored, then (`inline`)
 * a bar above the library, which lists what is already in.
 */
export function ImportProgress({ progress, inline = false }: { progress: SyncProgress; inline?: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const label = t(progress.phase === 'reading' ? 'import.reading' : 'import.saving', { done: progress.done, total: progress.total })
  const Heading = inline ? 'h2' : 'h1'
  return (
    <section className={inline ? 'import-progress import-progress--inline' : 'import-progress'} aria-live="polite" data-testid="import-progress">
      <Heading>{t('import.title')}</Heading>
      <progress
        max={progress.total}
        value={progress.done}
        aria-label={t('import.progressLabel')}
        aria-valuetext={label}
        data-phase={progress.phase}
      />
      <p className="import-progress__label">{label}</p>
      {inline ? <p className="import-progress__hint">{t('import.browseMeanwhile')}</p> : null}
    </section>
  )
}
