import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COLOURS, type Colour } from '../../../../shared/domain/annotation'
import { Kbd } from './Kbd'

interface Props {
  rect: { top: number; bottom: number; left: number; width: number }
  label: (colour: Colour) => string
  reattaching: boolean
  onColour: (colour: Colour) => void
  onNote: () => void
  onTag: () => void
  onAttach: () => void
}

const TOOLBAR_HEIGHT = 52

/**
 * Floats above the selected text. Buttons keep the selection (mousedown is not allowed to clear
 * it); each names its keyboard shortcut, which works while the selection stands.
 */
export function SelectionToolbar({ rect, label, reattaching, onColour, onNote, onTag, onAttach }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const above = rect.top - TOOLBAR_HEIGHT - 8
  const top = above > 56 ? above : rect.bottom + 8
  // Centred on the selection but kept inside the window, whatever the toolbar's width in this language.
  const bar = useRef<HTMLDivElement>(null)
  const [half, setHalf] = useState(180)
  useLayoutEffect(() => {
    if (bar.current) setHalf(bar.current.offsetWidth / 2 + 8)
  }, [reattaching])
  const left = Math.min(Math.max(rect.left + rect.width / 2, half), window.innerWidth - half)
  const keep = (e: React.MouseEvent): void => e.preventDefault()
  return (
    <div
      ref={bar}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations.toolbarLabel')}
      style={{ top, left }}
      onMouseDown={keep}
      data-testid="selection-toolbar"
    >
      {reattaching ? (
        <button type="button" className="selection-toolbar__attach" onClick={onAttach} data-testid="attach-here">
          {t('annotations.attachHere')} <Kbd>A</Kbd>
        </button>
      ) : null}
      {COLOURS.map((colour, i) => (
        <button
          key={colour}
          type="button"
          className={`selection-toolbar__colour swatch--${colour}`}
          onClick={() => onColour(colour)}
          title={`${label(colour)} (${i + 1})`}
          aria-label={t('annotations.highlightAs', { meaning: label(colour) })}
          aria-keyshortcuts={String(i + 1)}
          data-testid={`highlight-${colour}`}
        >
          <span className="swatch" aria-hidden="true" />
          <span className="selection-toolbar__meaning">{label(colour)}</span>
          <Kbd>{i + 1}</Kbd>
        </button>
      ))}
      <button type="button" onClick={onNote} aria-keyshortcuts="N" data-testid="toolbar-note">
        {t('annotations.note')} <Kbd>N</Kbd>
      </button>
      <button type="button" onClick={onTag} aria-keyshortcuts="T" data-testid="toolbar-tag">
        {t('annotations.tag')} <Kbd>T</Kbd>
      </button>
    </div>
  )
}
