import { useTranslation } from 'react-i18next'
import type { SummaryVersion } from '../../../../shared/domain/summary'
import { ProvenanceBadge } from './ProvenanceBadge'
import { formatVersionTime } from './formatTime'

interface Props {
  /** Newest first; the first one is the current text. */
  versions: SummaryVersion[]
  lang: 'fa' | 'en'
  onRestore: (version: SummaryVersion) => void
  busy: boolean
}

/** Every saved version of one language with its time and origin; any older one can be restored. */
export function SummaryHistory({ versions, lang, onRestore, busy }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  if (versions.length === 0) return null
  return (
    <details className="summary-history" data-testid={`history-${lang}`}>
      <summary lang={i18n.language}>
        {t('summaries.history', { count: versions.length })}
      </summary>
      <ol className="summary-history__list">
        {versions.map((v, i) => (
          <li key={v.id} className="summary-history__entry" data-testid="history-entry">
            <div className="summary-history__meta" lang={i18n.language}>
              <time dateTime={v.createdAt} dir="auto">{formatVersionTime(v.createdAt, i18n.language)}</time>
              <ProvenanceBadge provenance={v.provenance} model={v.model} />
              {i === 0 ? (
                <span className="summary-history__current">{t('summaries.current')}</span>
              ) : (
                <button type="button" className="button--small" disabled={busy} onClick={() => onRestore(v)} data-testid="history-restore">
                  {t('summaries.restore')}
                </button>
              )}
            </div>
            <p dir="auto" className="summary-history__text">
              {v.text}
            </p>
          </li>
        ))}
      </ol>
    </details>
  )
}
