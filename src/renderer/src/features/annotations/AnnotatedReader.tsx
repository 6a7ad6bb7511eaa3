import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { describeTarget } from '../../../../shared/anchoring/describe'
import { readingTextOf } from '../../../../shared/article/readingText'
import type { Colour } from '../../../../shared/domain/annotation'
import { useAppServices } from '../../app/AppServicesContext'
import { useAllAnnotations, useAnnotationsOf } from '../../app/liveData'
import type { ArticleRecord } from '../../db/records'
import type { MarksBySegment } from '../reader/ArticleBody'
import { selectionOffsets } from '../reader/selectionOffsets'
import { AnnotationSidebar } from './AnnotationSidebar'
import { tagsInUse } from './annotationQuery'
import { layoutAnnotations, marksOf } from './layout'
import { digitOf, isTypingTarget, SHORTCUT_CODES, trimRange } from './selectionTarget'
import { SelectionToolbar } from './SelectionToolbar'
import { UndoBar } from './UndoBar'
import { useAnnotationActions } from './useAnnotationActions'
import { COLOUR_SHORTCUTS, useColourMeanings } from './useColourMeanings'

interface Props {
  articleId: string
  record: ArticleRecord | null | undefined
  /** An annotation to scroll to once the article is laid out (opened from the annotations view). */
  focusAnnotationId?: string | null
  /** Renders the reader with the highlight marks; other marks (search hits) can be merged in there. */
  children: (marks: MarksBySegment) => React.ReactNode
}

interface SelectionState {
  start: number
  end: number
  rect: { top: number; bottom: number; left: number; width: number }
}

const FLASH_MS = 1600

/** The reader with highlights, the selection toolbar and the annotations sidebar. */
export function AnnotatedReader({ articleId, record, focusAnnotationId, children }: Props): React.JSX.Element {
  const { annotations: repo, history } = useAppServices()
  const root = useRef<HTMLDivElement>(null)
  const reading = useMemo(() => (record ? readingTextOf(record.item) : null), [record])
  const stored = useAnnotationsOf(articleId)
  const everyAnnotation = useAllAnnotations()
  const allTags = useMemo(() => tagsInUse(everyAnnotation ?? []), [everyAnnotation])
  const layout = useMemo(() => (reading && stored ? layoutAnnotations(reading, stored) : null), [reading, stored])
  const marks = useMemo(() => (reading && layout ? marksOf(reading, layout.highlights) : new Map()), [reading, layout])
  const { label } = useColourMeanings()
  const actions = useAnnotationActions()
  const { setEditing } = actions
  const [selection, setSelection] = useState<SelectionState | null>(null)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [reattachingId, setReattachingId] = useState<string | null>(null)

  // Opening an article re-anchors its annotations; store what moved, so the next open is by position.
  useEffect(() => {
    if (layout && layout.placements.length > 0) void repo.savePlacements(layout.placements)
  }, [layout, repo])

  const readSelection = useCallback(() => {
    const article = root.current?.querySelector<HTMLElement>('[data-testid="article"]')
    const sel = window.getSelection()
    const offsets = article && reading ? selectionOffsets(article, sel, reading) : null
    const trimmed = offsets && reading ? trimRange(reading, offsets.start, offsets.end) : null
    if (!trimmed || !sel || sel.rangeCount === 0) {
      setSelection(null)
      return
    }
    const r = sel.getRangeAt(0).getBoundingClientRect()
    setSelection({ ...trimmed, rect: { top: r.top, bottom: r.bottom, left: r.left, width: r.width } })
  }, [reading])

  useEffect(() => {
    const onChange = (): void => {
      if (window.getSelection()?.isCollapsed !== false) setSelection(null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])

  const jump = useCallback((id: string) => {
    setFocusedId(id)
    const marksOfId = [...(root.current?.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`) ?? [])]
    marksOfId[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    for (const m of marksOfId) {
      m.classList.remove('mark--flash')
      void m.offsetWidth // restart the animation when clicked twice
      m.classList.add('mark--flash')
      setTimeout(() => m.classList.remove('mark--flash'), FLASH_MS)
    }
  }, [])

  const focusRequest = useRef<string | null>(focusAnnotationId ?? null)
  useEffect(() => {
    const id = focusRequest.current
    if (!id || !layout) return
    focusRequest.current = null
    // Let the reader restore its position first, then bring the annotation into view.
    setTimeout(() => jump(id), 400)
  }, [layout, jump])

  const clearSelection = (): void => {
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }

  const highlight = useCallback(
    async (colour: Colour | null, then?: 'note' | 'tags') => {
      if (!selection || !reading) return
      const target = describeTarget(reading.text, selection.start, selection.end)
      clearSelection()
      if (reattachingId) {
        const change = await repo.reattach(reattachingId, target)
        history.push(change, 'reattached')
        setReattachingId(null)
        if (change) setFocusedId(change.after.id)
        return
      }
      const change = await repo.create({ articleId, target, colour })
      history.push(change, 'created')
      setFocusedId(change.after.id)
      if (then) setEditing({ id: change.after.id, field: then })
    },
    [selection, reading, reattachingId, repo, history, articleId, setEditing]
  )

  // Shortcuts act on the selection while the toolbar shows: 1–4 colours, N note, T tag, A attach, Escape dismiss.
  useEffect(() => {
    if (!selection) return
    const onKey = (e: KeyboardEvent): void => {
      if (isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      const digit = digitOf(e.code)
      const colour = digit ? COLOUR_SHORTCUTS.find(([k]) => k === digit)?.[1] : undefined
      let handled = true
      if (e.key === 'Escape') clearSelection()
      else if (reattachingId && e.code === SHORTCUT_CODES.attach) void highlight(null)
      else if (colour) void highlight(colour)
      else if (e.code === SHORTCUT_CODES.note) void highlight(null, 'note')
      else if (e.code === SHORTCUT_CODES.tag) void highlight(null, 'tags')
      else handled = false
      if (handled) {
        e.preventDefault()
        e.stopPropagation() // Escape clears the selection here; it must not also leave the reader
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [selection, reattachingId, highlight])

  const onArticleClick = (e: React.MouseEvent): void => {
    if (window.getSelection()?.isCollapsed === false) return
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-annotation-ids]')
    const id = mark?.dataset['annotationIds']?.split(' ')[0]
    if (!id) return
    setFocusedId(id)
    root.current?.querySelector(`.annotation-sidebar [data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }

  const addArticleNote = async (): Promise<void> => {
    const change = await repo.create({ articleId, target: null, colour: null })
    history.push(change, 'created')
    setEditing({ id: change.after.id, field: 'note' })
  }

  return (
    <div className="annotated-reader" ref={root}>
      {/* Listens to selections and clicks made inside the article: a wrapper, not a control. */}
      <div className="annotated-reader__text" role="presentation" onMouseUp={readSelection} onKeyUp={readSelection} onClick={onArticleClick}>
        {children(marks)}
      </div>
      {record && layout ? (
        <AnnotationSidebar
          {...actions}
          layout={layout}
          label={label}
          focusedId={focusedId}
          reattachingId={reattachingId}
          tagSuggestions={allTags}
          onJump={jump}
          onReattach={(a) => setReattachingId((current) => (current === a.id ? null : a.id))}
          onAddArticleNote={() => void addArticleNote()}
        />
      ) : null}
      {selection ? (
        <SelectionToolbar
          rect={selection.rect}
          label={(c) => label(c)}
          reattaching={reattachingId !== null}
          onColour={(c) => void highlight(c)}
          onNote={() => void highlight(null, 'note')}
          onTag={() => void highlight(null, 'tags')}
          onAttach={() => void highlight(null)}
        />
      ) : null}
      <UndoBar />
    </div>
  )
}
