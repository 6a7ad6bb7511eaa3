import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  query: string
  onQuery: (query: string) => void
  count: number
  current: number
  onStep: (delta: number) => void
  onClose: () => void
}

/** Find in this article (Ctrl+F): every hit marked, Enter and Shift+Enter step through them. */
export function FindBar({ query, onQuery, count, current, onStep, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        dir="auto"
        value={query}
        placeholder={t('search.findPlaceholder')}
        aria-label={t('search.findLabel')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onStep(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onClose()
          }
        }}
        data-testid="find-input"
      />
      <span className="find-bar__count" aria-live="polite" data-testid="find-count">
        {query.trim() === '' ? '' : count === 0 ? t('search.noHits') : t('search.hitOf', { current: current + 1, count })}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={count === 0} aria-label={t('search.previousHit')}>
        {t('search.previousHitShort')}
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={count === 0} aria-label={t('search.nextHit')}>
        {t('search.nextHitShort')}
      </button>
      <button type="button" onClick={onClose} aria-label={t('search.closeFind')}>
        ×
      </button>
    </div>
  )
}
