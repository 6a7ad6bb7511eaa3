import { useTranslation } from 'react-i18next'
import type { DraftState } from './useModelDraft'
import { ProvenanceBadge } from './ProvenanceBadge'

interface Props {
  state: DraftState
  onCancel: () => void
  onAccept: () => void
  onDiscard: () => void
}

/** The model's progress, its failure in plain words, or its draft pair awaiting accept/discard. */
export function ModelDraftReview({ state, onCancel, onAccept, onDiscard }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const ui = i18n.language
  if (state.kind === 'idle') {
    return state.accepted ? (
      <p className="model-draft__note" role="status" lang={ui} dir="auto" data-testid="model-accepted">
        {t('summaries.model.accepted')}
      </p>
    ) : null
  }
  if (state.kind === 'drafting') {
    return (
      <div className="model-draft model-draft--busy" role="status" lang={ui} data-testid="model-drafting">
        <span className="model-draft__spinner" aria-hidden="true" />
        <span dir="auto">
          {t('summaries.model.drafting')}{' '}
          <bdi dir="ltr" lang="en">
            {state.model}
          </bdi>
        </span>
        <button type="button" onClick={onCancel} data-testid="model-cancel">
          {t('summaries.model.cancel')}
        </button>
      </div>
    )
  }
  if (state.kind === 'failed') {
    const seconds = state.timeoutMs !== undefined ? Math.round(state.timeoutMs / 1000) : 0
    return (
      <div
        className={`model-draft model-draft--${state.code === 'cancelled' ? 'cancelled' : 'failed'}`}
        role={state.code === 'cancelled' ? 'status' : 'alert'}
        lang={ui}
        data-testid="model-error"
        data-code={state.code}
      >
        <p dir="auto">{t(`summaries.model.errors.${state.code}`, { seconds, status: state.httpStatus ?? '' })}</p>
        {state.message ? (
          <details>
            <summary>{t('summaries.model.detail')}</summary>
            <p dir="auto" lang="en" className="model-draft__detail">
              {state.message}
            </p>
          </details>
        ) : null}
        <button type="button" onClick={onDiscard} data-testid="model-dismiss">
          {t('summaries.model.dismiss')}
        </button>
      </div>
    )
  }
  return (
    <section className="model-draft model-draft--review" lang={ui} aria-label={t('summaries.model.reviewTitle')} data-testid="model-review">
      <header className="model-draft__header">
        <h4 dir="auto">{t('summaries.model.reviewTitle')}</h4>
        <ProvenanceBadge provenance="model" model={state.model} />
      </header>
      <p className="model-draft__hint" dir="auto">
        {t('summaries.model.reviewHint')}
      </p>
      <div className="summary-pair__grid">
        <p lang="fa" dir="rtl" className="model-draft__text" data-testid="model-draft-fa">
          {state.fa}
        </p>
        <p lang="en" dir="ltr" className="model-draft__text" data-testid="model-draft-en">
          {state.en}
        </p>
      </div>
      <div className="summary__actions">
        <button type="button" className="button--primary" onClick={onAccept} data-testid="model-accept">
          {t('summaries.model.accept')}
        </button>
        <button type="button" onClick={onDiscard} data-testid="model-discard">
          {t('summaries.model.discard')}
        </button>
      </div>
    </section>
  )
}
