import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain/language'
import type { Mark } from '../../../../shared/article/marks'
import type { CuratedSummary } from '../../../../shared/archive/schema'
import type { SummaryVersion } from '../../../../shared/domain/summary'
import { SUMMARY_MAX_CHARS, type CurrentSummary } from '../../db/summaries'
import { MarkedText } from '../reader/MarkedText'
import { useDraft } from '../../app/useDraft'
import { DraftOffer } from '../../ui/DraftOffer'
import { LengthCounter } from '../../ui/LengthCounter'
import { ProvenanceBadge } from './ProvenanceBadge'
import { SummaryHistory } from './SummaryHistory'

interface Props {
  /** Names the draft kept while this column's editor is open. */
  draftKey: string
  lang: Language
  current: CurrentSummary | undefined
  curated: CuratedSummary | undefined
  /** This language's versions, newest first. */
  versions: SummaryVersion[]
  /** Find hits in the current text. */
  marks?: readonly Mark[]
  /** Rejects when the version could not be stored; the column says so and keeps the edit open. */
  onSave: (text: string) => Promise<void>
  onRestore: (version: SummaryVersion) => Promise<void>
}

/**
 * One language of the pair. The column takes the summary's direction (RTL Persian, LTR English);
 * its labels are in the interface language and carry their own lang so they shape right inside it.
 */
export function SummaryColumn({ draftKey, lang, current, curated, versions, marks, onSave, onRestore }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ui = i18n.language
  const [draft, setDraft] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  // The editor opens because the researcher asked for it: put the caret there (stable, so once per opening).
  const focusOnMount = useCallback((el: HTMLTextAreaElement | null) => el?.focus(), [])

  // Back to the Edit button after saving or cancelling, so the keyboard user keeps their place.
  useEffect(() => {
    if (draft === null && wasEditing.current) editButton.current?.focus()
    wasEditing.current = draft !== null
  }, [draft])

  // What is typed is kept as a draft while editing; one left from a closed window is offered back.
  const saved = current?.text ?? ''
  const kept = useDraft(draftKey, draft ?? saved, saved)

  const editing = draft !== null
  const unchanged = editing && draft.trim() === (current?.text ?? '').trim()
  const tooLong = editing && draft.length > SUMMARY_MAX_CHARS
  const save = async (): Promise<void> => {
    if (draft === null || unchanged || tooLong || !draft.trim()) return
    setBusy(true)
    setFailed(false)
    const flushed = kept.flush()
    try {
      await onSave(draft)
      await flushed
      kept.clear()
      setDraft(null)
    } catch {
      setFailed(true)
    }
    setBusy(false)
  }
  const restore = async (version: SummaryVersion): Promise<void> => {
    setBusy(true)
    setFailed(false)
    await onRestore(version).catch(() => setFailed(true))
    setBusy(false)
  }
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>): void => {
    // The reader leaves on Escape; inside the editor Escape only cancels, and only an unchanged edit.
    if (e.key === 'Escape') {
      e.stopPropagation()
      if (unchanged) {
        kept.clear()
        setDraft(null)
      }
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void save()
    }
  }

  const heading = t(lang === 'fa' ? 'summaries.fa' : 'summaries.en')
  const overridden = current !== undefined && current.provenance !== 'curated' && curated !== undefined
  return (
    <section className="summary" lang={lang} dir={lang === 'fa' ? 'rtl' : 'ltr'} data-testid={`summary-${lang}`} aria-label={heading}>
      <header className="summary__header">
        <h3 lang={ui} dir="auto">
          {heading}
        </h3>
        {current ? <ProvenanceBadge provenance={current.provenance} model={current.model} /> : null}
      </header>

      {editing ? (
        <div className="summary__editor">
          <textarea
            dir="auto"
            lang={lang}
            value={draft}
            rows={Math.min(16, Math.max(6, Math.ceil(draft.length / 60)))}
            maxLength={SUMMARY_MAX_CHARS}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            aria-label={t('summaries.editLabel', { language: heading })}
            aria-invalid={tooLong}
            ref={focusOnMount}
            data-testid={`summary-editor-${lang}`}
          />
          <LengthCounter length={draft.length} max={SUMMARY_MAX_CHARS} />
          {tooLong ? (
            <p className="summary__error" lang={ui} dir="auto" role="alert">
              {t('summaries.tooLong', { max: SUMMARY_MAX_CHARS })}
            </p>
          ) : null}
          <div className="summary__actions" lang={ui}>
            <button type="button" className="button--primary" onClick={() => void save()} disabled={busy || unchanged || tooLong || !draft.trim()} data-testid={`summary-save-${lang}`}>
              {t('summaries.save')}
            </button>
            <button
              type="button"
              onClick={() => {
                kept.clear()
                setDraft(null)
              }}
              disabled={busy}
              data-testid={`summary-cancel-${lang}`}
            >
              {t('summaries.cancel')}
            </button>
            <span className="summary__keys">{t('summaries.saveKeys')}</span>
          </div>
        </div>
      ) : (
        <>
          {kept.offered !== null ? (
            <div lang={ui} dir="auto">
              <DraftOffer text={kept.offered} onTake={() => setDraft(kept.take())} onDecline={kept.decline} />
            </div>
          ) : null}
          {current ? (
            <p dir="auto" className="summary__text" data-testid={`summary-text-${lang}`}>
              <MarkedText text={current.text} marks={marks} />
            </p>
          ) : (
            <p className="summary__none" lang={ui} dir="auto">
              {t('summaries.none')}
            </p>
          )}
          <div className="summary__actions" lang={ui}>
            <button type="button" ref={editButton} onClick={() => setDraft(current?.text ?? '')} data-testid={`summary-edit-${lang}`}>
              {current ? t('summaries.edit') : t('summaries.write')}
            </button>
          </div>
        </>
      )}

      {failed ? (
        <p className="summary__error" lang={ui} dir="auto" role="alert" data-testid={`summary-save-failed-${lang}`}>
          {t('summaries.saveFailed')}
        </p>
      ) : null}
      {overridden ? (
        <details className="summary__curated" data-testid={`summary-curated-${lang}`}>
          <summary lang={ui}>
            {t('summaries.curatedBeside')}
          </summary>
          <p dir="auto">{curated.text}</p>
          {editing ? null : (
            <button type="button" className="button--small" lang={ui} onClick={() => setDraft(curated.text)} data-testid={`summary-from-curated-${lang}`}>
              {t('summaries.editFromCurated')}
            </button>
          )}
        </details>
      ) : null}
      <SummaryHistory versions={versions} lang={lang} busy={busy || editing} onRestore={(v) => void restore(v)} />
    </section>
  )
}
