import { useTranslation } from 'react-i18next'
import type { SummaryProvenance } from '../../../../shared/domain/summary'

/** Where a summary came from; a model draft names its model (shown as written, left to right). */
export function ProvenanceBadge({ provenance, model }: { provenance: SummaryProvenance; model?: string | undefined }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  return (
    <span className={`badge badge--${provenance}`} lang={i18n.language} data-testid="provenance" data-provenance={provenance}>
      {t(`summaries.provenance.${provenance}`)}
      {provenance === 'model' && model ? (
        <>
          {' · '}
          <bdi dir="ltr" lang="en" className="badge__model">
            {model}
          </bdi>
        </>
      ) : null}
    </span>
  )
}
