import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ANNOTATION_LIMITS, TAG_SEPARATORS, clampTagInput, cleanTags } from '../../../../shared/domain/annotation'
import { LengthCounter } from '../../ui/LengthCounter'

const MAX_TAG = ANNOTATION_LIMITS.tagLength
/** Several tags may be typed at once, separated by commas: room for as many as an annotation takes. */
const MAX_INPUT = (MAX_TAG + 1) * ANNOTATION_LIMITS.tagCount

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

  const current = (draft.split(TAG_SEPARATORS).at(-1) ?? '').trimStart()
  const counterId = `${listId}-count`
  const commit = (): void => {
    const next = cleanTags([...tags, ...draft.split(TAG_SEPARATORS)])
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
        maxLength={MAX_INPUT}
        aria-describedby={counterId}
        onChange={(e) => setDraft(clampTagInput(e.target.value))}
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
      <LengthCounter length={current.length} max={MAX_TAG} id={counterId} />
      <datalist id={listId}>
        {suggestions.filter((s) => !tags.includes(s)).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  )
}
