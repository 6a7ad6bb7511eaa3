import { useTranslation } from 'react-i18next'
import type { SummarySentence } from '../../../../shared/summary'
import { ProvenanceBadge } from './ProvenanceBadge'

/** The offline extractive summary: the article's most central sentences, in the article's order. */
export function ExtractedSummary({ sentences, summarisedChars }: { sentences: SummarySentence[]; summarisedChars?: number | undefined }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ui = i18n.language
  return (
    <section className="summary summary--extracted" lang="fa" dir="rtl" data-testid="summary-extracted" aria-labelledby="summary-extracted-title">
      <header className="summary__header">
        <h3 id="summary-extracted-title" lang={ui} dir="auto">
          {t('summaries.extracted.title')}
        </h3>
        <ProvenanceBadge provenance="extracted" />
      </header>
      {sentences.length === 0 ? (
        <p className="summary__none" lang={ui} dir="auto">
          {t('summaries.extracted.none')}
        </p>
      ) : (
        // One sentence per item: they were lifted from different places, so they should not read as one paragraph.
        <ol className="summary__sentences" data-testid="summary-text-extracted">
          {sentences.map((s) => (
            <li key={s.index} data-sentence={s.index} dir="auto">
              {s.display}
            </li>
          ))}
        </ol>
      )}
      <p className="summary__hint" lang={ui} dir="auto">
        {t('summaries.extracted.hint', { count: sentences.length })}
      </p>
      {summarisedChars !== undefined ? (
        <p className="summary__hint" lang={ui} dir="auto" data-testid="summary-extracted-cut">
          {t('summaries.extracted.cut', { chars: summarisedChars })}
        </p>
      ) : null}
    </section>
  )
}
