import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  initial: string
  label: string
  onSave: (text: string) => void
  onCancel: () => void
}

/**
 * Edits a note in place. Leaving the field or pressing Escape or Ctrl+Enter saves: the
 * researcher's words are never dropped by a stray key. Only the Discard button throws them away.
 */
export function NoteEditor({ initial, label, onSave, onCancel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [text, setText] = useState(initial)
  const done = useRef(false)
  const area = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    area.current?.focus()
    area.current?.setSelectionRange(initial.length, initial.length)
  }, [initial])

  const save = (): void => {
    if (done.current) return
    done.current = true
    onSave(text)
  }
  return (
    <div className="note-editor">
      <textarea
        ref={area}
        dir="auto"
        value={text}
        aria-label={label}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
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
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={save} data-testid="note-save">
          {t('annotations.save')}
        </button>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            done.current = true
            onCancel()
          }}
        >
          {t('annotations.discard')}
        </button>
      </div>
    </div>
  )
}
