import { useEffect, useRef, type RefObject } from 'react'
import { useAppServices } from '../../app/AppServicesContext'
import type { ReadingPosition } from '../../db/readingPositions'

const SAVE_DELAY_MS = 250

/**
 * Restores where the reader was in an article once its text is laid out, and saves it as they
 * scroll. The position is the segment at the top of the view and how far into it, so text-size
 * changes and panels that load later below the text do not move the reader.
 */
export function useReadingPosition(articleId: string, scroller: RefObject<HTMLElement | null>, ready: boolean, restore = true): void {
  const { readingPositions } = useAppServices()
  const restored = useRef(false)
  useEffect(() => {
    restored.current = false
  }, [articleId])

  useEffect(() => {
    const el = scroller.current
    if (!el || !ready) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    // Opened from a search, the first hit decides where the view goes, not the saved position.
    if (!restore) restored.current = true
    else {
      void Promise.all([readingPositions.read(articleId), document.fonts.ready]).then(([position]) => {
        if (cancelled) return
        el.scrollTop = scrollTopFor(el, position)
        restored.current = true
      })
    }
    const onScroll = (): void => {
      if (!restored.current) return
      clearTimeout(timer)
      timer = setTimeout(() => void readingPositions.save(articleId, positionOf(el)), SAVE_DELAY_MS)
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelled = true
      el.removeEventListener('scroll', onScroll)
      if (timer !== undefined) {
        clearTimeout(timer)
        if (restored.current) void readingPositions.save(articleId, positionOf(el))
      }
    }
  }, [readingPositions, articleId, scroller, ready, restore])
}

function room(el: HTMLElement): number {
  return Math.max(1, el.scrollHeight - el.clientHeight)
}

/** Top of `child` in the scroller's content coordinates. */
function topWithin(el: HTMLElement, child: Element): number {
  return child.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop
}

function positionOf(el: HTMLElement): ReadingPosition {
  const position: ReadingPosition = { fraction: el.scrollTop / room(el) }
  for (const segment of el.querySelectorAll<HTMLElement>('[data-segment]')) {
    const top = topWithin(el, segment)
    const height = segment.getBoundingClientRect().height
    if (top + height > el.scrollTop) {
      position.segmentKey = segment.dataset['segment']
      position.withinSegment = height > 0 ? Math.max(0, (el.scrollTop - top) / height) : 0
      break
    }
  }
  return position
}

function scrollTopFor(el: HTMLElement, position: ReadingPosition): number {
  const segment = position.segmentKey ? el.querySelector<HTMLElement>(`[data-segment="${CSS.escape(position.segmentKey)}"]`) : null
  if (!segment) return position.fraction * room(el)
  return topWithin(el, segment) + (position.withinSegment ?? 0) * segment.getBoundingClientRect().height
}
