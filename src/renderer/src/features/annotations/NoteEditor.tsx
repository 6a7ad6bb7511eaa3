import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ANNOTATION_LIMITS } from '../../../../shared/domain/annotation'
import { useDraft } from '../../app/useDraft'
import { DraftOffer } from '../../ui/DraftOffer'
import { LengthCounter } from '../../ui/LengthCounter'

interface Props {
  /** The annotation whose note this is: names the draft kept while typing. */
  annotationId: string
  initial: string
  label: string
  /** Resolves once stored; a rejection keeps the draft, so nothing typed is lost (the notice says so). */
  onSave: (text: string) => void | Promise<unknown>
  onCancel: () => void
}

/**
 * Edits a note in place. Leaving the field or pressing Escape or Ctrl+Enter saves: the
 * researcher's words are never dropped by a stray key. Only the Discard button throws them away.
 * While typing, the text is kept as a draft in IndexedDB (a closed window or a failed save loses
 * nothing) and offered back the next time the editor opens.
 */
export function NoteEditor({ annotationId, initial, label, onSave, onCancel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [text, setText] = useState(initial)
  const done = useRef(false)
  const area = useRef<HTMLTextAreaElement>(null)
  const draft = useDraft(`note:${annotationId}`, text, initial)
  const max = ANNOTATION_LIMITS.noteLength
  useEffect(() => {
    area.current?.focus()
    area.current?.setSelectionRange(initial.length, initial.length)
  }, [initial])

  const save = (): void => {
    if (done.current) return
    done.current = true
    const flushed = draft.flush()
    void Promise.resolve(onSave(text)).then(
      async () => {
        await flushed
        draft.clear()
      },
      () => undefined // kept as a draft; the failed write is shown as a notice
    )
  }
  return (
    <div className="note-editor">
      {draft.offered !== null ? (
        <DraftOffer
          text={draft.offered}
          onTake={() => {
            const back = draft.take()
            if (back !== null) setText(back.slice(0, max))
            area.current?.focus()
          }}
          onDecline={() => {
            draft.decline()
            area.current?.focus()
          }}
        />
      ) : null}
      <textarea
        ref={area}
        dir="auto"
        value={text}
        aria-label={label}
        maxLength={max}
        aria-describedby={`note-count-${annotationId}`}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => {
          // Choosing the draft offer's buttons is not leaving the editor.
          if (e.relatedTarget instanceof HTMLElement && e.relatedTarget.closest('.draft-offer')) return
          save()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
            e.preventDefault()
            e.stopPropagation() // Escape must not also leave the reader
            save()
          }
        }}
        data-testid="note-input"
      />
      <div className="note-editor__bar">
        <span className="note-editor__hint">{t('annotations.noteHint')}</span>
        <LengthCounter length={text.length} max={max} id={`note-count-${annotationId}`} />
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={save} data-testid="note-save">
          {t('annotations.save')}
        </button>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            done.current = true
            draft.clear()
            onCancel()
          }}
        >
          {t('annotations.discard')}
        </button>
      </div>
    </div>
  )
}
