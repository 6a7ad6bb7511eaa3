import { useEffect, useRef, type RefObject } from 'react'
import type { BayeganDb } from '../../db/database'
import { readPosition, savePosition } from '../../db/readingPositions'

const SAVE_DELAY_MS = 250

/** Restores the scroll position of an article once its text is laid out, and saves it as the reader scrolls. */
export function useReadingPosition(db: BayeganDb, articleId: string, scroller: RefObject<HTMLElement | null>, ready: boolean): void {
  const restored = useRef(false)
  useEffect(() => {
    restored.current = false
  }, [articleId])

  useEffect(() => {
    const el = scroller.current
    if (!el || !ready) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const room = (): number => Math.max(1, el.scrollHeight - el.clientHeight)
    void Promise.all([readPosition(db, articleId), document.fonts.ready]).then(([fraction]) => {
      if (cancelled) return
      el.scrollTop = fraction * room()
      restored.current = true
    })
    const onScroll = (): void => {
      if (!restored.current) return
      clearTimeout(timer)
      timer = setTimeout(() => void savePosition(db, articleId, el.scrollTop / room()), SAVE_DELAY_MS)
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelled = true
      el.removeEventListener('scroll', onScroll)
      if (timer !== undefined) {
        clearTimeout(timer)
        if (restored.current) void savePosition(db, articleId, el.scrollTop / room())
      }
    }
  }, [db, articleId, scroller, ready])
}
