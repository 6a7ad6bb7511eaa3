import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../../shared/domain/language'
import type { Mark } from '../../../../shared/article/marks'
import type { SummaryVersion } from '../../../../shared/domain/summary'
import { useAppServices } from '../../app/AppServicesContext'
import { useLive } from '../../app/liveData'
import type { ArticleRecord } from '../../db/records'
import { currentSummary, newestFirst } from '../../db/summaries'
import { readModelSettings, usableModelSettings } from '../settings/modelSettings'
import { summarySegmentKey } from '../search/hitMarks'
import { extractedFor } from './extracted'
import { ExtractedSummary } from './ExtractedSummary'
import { KeyFigures } from './KeyFigures'
import { ModelDraftReview } from './ModelDraftReview'
import { SummaryColumn } from './SummaryColumn'
import { useModelDraft } from './useModelDraft'

interface Props {
  record: ArticleRecord
  /** The article's summary versions, read live by the reader (which also searches them); undefined while loading. */
  versions: SummaryVersion[] | undefined
  /** Find hits in the summaries, by segment key (summary.fa, summary.en). */
  marks?: ReadonlyMap<string, readonly Mark[]>
}

/**
 * The reader's summary panel: Persian and English side by side (stacked when narrow), each the
 * researcher's latest version or else the curated one; the extracted Persian summary and key
 * figures beneath; and the optional local-model draft, saved only when accepted.
 */
export function SummaryPanel({ record, versions, marks }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { summaries } = useAppServices()
  const settings = useLive((s) => readModelSettings(s.settings), [])
  const extracted = useMemo(() => extractedFor(record.item), [record.item])
  const draft = useModelDraft(record.id, record.item)

  const byLang = (lang: Language): SummaryVersion[] => newestFirst((versions ?? []).filter((v) => v.lang === lang && v.provenance !== 'extracted'))
  const save = async (lang: Language, text: string): Promise<void> => {
    await summaries.save({ articleId: record.id, lang, text })
  }
  const restore = async (version: SummaryVersion): Promise<void> => {
    await summaries.restore(version.id)
  }
  const usable = usableModelSettings(settings)
  const drafting = draft.state.kind === 'drafting'

  return (
    <aside className="summary-panel" lang={i18n.language} dir={i18n.dir()} aria-labelledby="summary-panel-title" data-testid="summary-panel">
      <div className="summary-panel__bar">
        <h2 id="summary-panel-title">{t('summaries.title')}</h2>
        <button
          type="button"
          onClick={() => void draft.start(usable)}
          disabled={drafting || settings === undefined}
          title={usable ? t('summaries.model.draftHint', { model: usable.model }) : t('summaries.model.errors.not-configured')}
          data-testid="model-draft"
        >
          {t('summaries.model.draft')}
        </button>
      </div>
      <ModelDraftReview state={draft.state} onCancel={draft.cancel} onAccept={() => void draft.accept()} onDiscard={draft.discard} />
      {versions === undefined ? (
        <div className="summary-pair summary-pair--loading" aria-busy="true" />
      ) : (
        <div className="summary-pair">
          {LANGUAGES.map((lang) => (
            <SummaryColumn
              key={lang}
              draftKey={`summary:${record.id}:${lang}`}
              lang={lang}
              current={currentSummary(lang, record.item.summaries, versions)}
              curated={record.item.summaries.find((s) => s.lang === lang)}
              versions={byLang(lang)}
              marks={marks?.get(summarySegmentKey(lang))}
              onSave={(text) => save(lang, text)}
              onRestore={restore}
            />
          ))}
        </div>
      )}
      <ExtractedSummary sentences={extracted.sentences} summarisedChars={extracted.summarisedChars} />
      <KeyFigures figures={extracted.figures} />
    </aside>
  )
}
