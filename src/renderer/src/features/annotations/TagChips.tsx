import { useTranslation } from 'react-i18next'

/** The tags of an annotation; each can be removed with its own button when `onRemove` is given. */
export function TagChips({ tags, onRemove }: { tags: string[]; onRemove?: (tag: string) => void }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (tags.length === 0) return null
  return (
    <ul className="tag-chips" aria-label={t('annotations.tags')}>
      {tags.map((tag) => (
        <li key={tag} dir="auto">
          <span data-testid="annotation-tag">{tag}</span>
          {onRemove ? (
            <button type="button" className="tag-chips__remove" aria-label={t('annotations.removeTag', { tag })} onClick={() => onRemove(tag)}>
              ×
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
