import { useTranslation } from 'react-i18next'
import type { ArchiveItem } from '../../../../shared/archive/schema'

/** Persian (RTL) and English (LTR) summaries side by side; the grid stacks them when the window is narrow. */
export function SummaryPair({ summaries }: { summaries: ArchiveItem['summaries'] }): React.JSX.Element {
  const { t } = useTranslation()
  const column = (lang: 'fa' | 'en'): React.JSX.Element => {
    const summary = summaries.find((s) => s.lang === lang)
    return (
      <section className="summary" lang={lang} dir={lang === 'fa' ? 'rtl' : 'ltr'} data-testid={`summary-${lang}`}>
        <header>
          <h3 dir="auto">{t(lang === 'fa' ? 'reader.summaryFa' : 'reader.summaryEn')}</h3>
          {summary ? <span className={`badge badge--${summary.provenance}`}>{t(`provenance.${summary.provenance}`)}</span> : null}
        </header>
        {summary ? <p dir="auto">{summary.text}</p> : <p className="summary__none">{t('reader.noSummary')}</p>}
      </section>
    )
  }
  return (
    <aside className="summary-pair" aria-label={t('reader.summaries')}>
      {column('fa')}
      {column('en')}
    </aside>
  )
}
