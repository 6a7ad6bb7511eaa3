import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cleanTags } from '../../../../shared/domain/annotation'

interface Props {
  tags: string[]
  suggestions: string[]
  onChange: (tags: string[]) => void
  onClose: () => void
}

/** Adds tags (Enter, or several at once separated by commas) and removes them; known tags are suggested. */
export function TagEditor({ tags, suggestions, onChange, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  useEffect(() => input.current?.focus(), [])

  const commit = (): void => {
    const next = cleanTags([...tags, ...draft.split(/[,،]/)])
    if (next.length !== tags.length) onChange(next)
    setDraft('')
  }
  return (
    <div className="tag-editor">
      <input
        ref={input}
        dir="auto"
        value={draft}
        list={listId}
        aria-label={t('annotations.addTag')}
        placeholder={t('annotations.addTagPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            if (draft.trim()) commit()
            else onClose()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            commit()
            onClose()
          }
        }}
        onBlur={() => {
          commit()
          onClose()
        }}
        data-testid="tag-input"
      />
      <datalist id={listId}>
        {suggestions.filter((s) => !tags.includes(s)).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  )
}
