import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import type { ReadingText } from '../../../../shared/article/readingText'
import { articleHits, hitMarksBySegment, type FindSegment } from './hitMarks'
import { useCommand } from '../../ui/keyboard/KeyboardContext'

/**
 * State of find-in-article: the query (seeded by the search that opened the article), every hit
 * in the article and in the segments shown beside it (the summaries), the current one scrolled
 * into view, and Ctrl+F to open the bar.
 */
const NONE: readonly FindSegment[] = []

export function useArticleFind(reading: ReadingText | null, initialQuery: string, scroller: RefObject<HTMLElement | null>, beside: readonly FindSegment[] = NONE) {
  const [open, setOpen] = useState(initialQuery.trim() !== '')
  const [query, setQuery] = useState(initialQuery)
  const [current, setCurrent] = useState(0)
  const hits = useMemo(() => (reading && open ? articleHits(reading, query, beside) : []), [reading, query, open, beside])
  const marks = useMemo(() => hitMarksBySegment(hits, current), [hits, current])

  useEffect(() => setCurrent(0), [query])
  useEffect(() => {
    const id = hits[current]?.id
    if (!id) return
    const el = scroller.current?.querySelector(`[data-hit-ids~="${id}"]`)
    el?.scrollIntoView({ block: 'center' })
  }, [hits, current, scroller])

  useCommand('find.open', () => setOpen(true))

  const step = useCallback((delta: number) => setCurrent((c) => (hits.length === 0 ? 0 : (c + delta + hits.length) % hits.length)), [hits.length])
  const close = useCallback(() => setOpen(false), [])
  return { open, query, setQuery, hits, current, marks, step, close }
}
