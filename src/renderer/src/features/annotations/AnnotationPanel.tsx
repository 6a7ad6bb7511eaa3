import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

const MIN_WIDTH = 240
const MAX_WIDTH = 560
const STEP = 24
/** Below this window width the panel is a drawer over the text, closed until asked for. */
export const DRAWER_BELOW = 1000

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.innerWidth < DRAWER_BELOW)
  useEffect(() => {
    const media = window.matchMedia(`(max-width: ${DRAWER_BELOW - 0.02}px)`)
    const onChange = (): void => setNarrow(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  return narrow
}

/**
 * The frame of the annotations panel: beside the text when the window has room (collapsible, and
 * resizable by dragging or with the arrow keys on its edge), a drawer over the text below 1000 px.
 */
export function AnnotationPanel({ count, children }: { count: number; children: React.ReactNode }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const narrow = useNarrow()
  const [open, setOpen] = useState<boolean | null>(null)
  const [width, setWidth] = useState(352)
  const isOpen = open ?? !narrow
  const rtl = i18n.dir() === 'rtl'
  const clamp = (w: number): number => Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w))

  const startDrag = (e: React.PointerEvent<HTMLDivElement>): void => {
    const startX = e.clientX
    const startWidth = width
    const target = e.currentTarget
    target.setPointerCapture(e.pointerId)
    const move = (ev: PointerEvent): void => setWidth(clamp(startWidth + (rtl ? ev.clientX - startX : startX - ev.clientX)))
    const up = (): void => {
      target.removeEventListener('pointermove', move)
      target.removeEventListener('pointerup', up)
    }
    target.addEventListener('pointermove', move)
    target.addEventListener('pointerup', up)
  }
  const resizeByKey = (e: React.KeyboardEvent): void => {
    // The panel sits at the inline end: the arrow pointing away from the text widens it.
    const wider = rtl ? 'ArrowLeft' : 'ArrowRight'
    const narrower = rtl ? 'ArrowRight' : 'ArrowLeft'
    if (e.key === wider) setWidth((w) => clamp(w + STEP))
    else if (e.key === narrower) setWidth((w) => clamp(w - STEP))
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  const toggle = (
    <button type="button" className="annotation-panel__toggle" aria-expanded={isOpen} aria-controls="annotation-panel-body" onClick={() => setOpen(!isOpen)} data-testid="annotations-toggle">
      {isOpen ? t('annotations.panelHide') : t('annotations.panelShow', { count })}
    </button>
  )
  return (
    <div
      className={`annotation-panel annotation-panel--${narrow ? 'drawer' : 'side'} annotation-panel--${isOpen ? 'open' : 'closed'}`}
      style={!narrow && isOpen ? { inlineSize: width } : undefined}
      data-testid="annotation-panel"
    >
      {!narrow && isOpen ? (
        // A focusable separator is the ARIA window splitter pattern: its arrow keys resize the panel.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a focusable separator is a widget
        <div
          className="annotation-panel__resize"
          role="separator"
          aria-orientation="vertical"
          aria-label={t('annotations.panelResize')}
          aria-valuenow={width}
          aria-valuemin={MIN_WIDTH}
          aria-valuemax={MAX_WIDTH}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focusable separator is a widget (window splitter)
          tabIndex={0}
          onPointerDown={startDrag}
          onKeyDown={resizeByKey}
          data-testid="annotations-resize"
        />
      ) : null}
      <div className="annotation-panel__bar">{toggle}</div>
      <div id="annotation-panel-body" className="annotation-panel__body" hidden={!isOpen}>
        {children}
      </div>
    </div>
  )
}
