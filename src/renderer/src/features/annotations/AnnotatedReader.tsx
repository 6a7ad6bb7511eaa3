import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { describeTarget } from '../../../../shared/anchoring/describe'
import { readingTextOf, toGlobalOffset } from '../../../../shared/article/readingText'
import type { Colour } from '../../../../shared/domain/annotation'
import { useAppServices } from '../../app/AppServicesContext'
import { useAllAnnotations, useAnnotationsOf } from '../../app/liveData'
import type { ArticleRecord } from '../../db/records'
import type { MarksBySegment } from '../reader/ArticleBody'
import { selectionOffsets } from '../reader/selectionOffsets'
import { AnnotationPanel } from './AnnotationPanel'
import { AnnotationSidebar } from './AnnotationSidebar'
import { tagsInUse } from './annotationQuery'
import { layoutAnnotations, marksOf } from './layout'
import { digitOf, trimRange } from './selectionTarget'
import { moveWords, rangeInSegment, wordsOf, type WordMove, type WordSpan } from '../reader/wordCursor'
import { useCommand } from '../../ui/keyboard/KeyboardContext'
import { tabbables } from '../../ui/useFocusTrap'
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

  /** The paragraph with the keyboard cursor (the focused segment of the article), if any. */
  const focusedSegment = (): HTMLElement | null => {
    const active = document.activeElement
    const text = root.current?.querySelector('.annotated-reader__text')
    return active instanceof HTMLElement && text?.contains(active) && active.dataset['segment'] ? active : null
  }
  const lastSegment = useRef<HTMLElement | null>(null)

  const highlightRange = useCallback(
    async (range: { start: number; end: number }, colour: Colour | null, then?: 'note' | 'tags') => {
      if (!reading) return
      const target = describeTarget(reading.text, range.start, range.end)
      const fromToolbar = document.activeElement?.closest('.selection-toolbar') != null
      clearSelection()
      // The keyboard stays where the researcher reads; a note or tag editor takes it itself.
      if (!then && fromToolbar) lastSegment.current?.focus({ preventScroll: true })
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
    [reading, reattachingId, repo, history, articleId, setEditing]
  )

  const highlight = useCallback(
    async (colour: Colour | null, then?: 'note' | 'tags') => {
      if (selection) await highlightRange(selection, colour, then)
    },
    [selection, highlightRange]
  )

  // The keyboard path: a paragraph cursor, a word selection made with the arrows, the toolbar by Tab.
  const words = useRef<{ key: string; span: WordSpan } | null>(null)
  const inText = (): boolean => {
    const active = document.activeElement
    return !!active && (root.current?.querySelector('.annotated-reader__text')?.contains(active) ?? false)
  }
  const segments = (): HTMLElement[] => [...(root.current?.querySelectorAll<HTMLElement>('[data-testid="article"] [data-segment]') ?? [])]
  const moveParagraph = (delta: 1 | -1): boolean | void => {
    if (!inText() && document.activeElement !== document.body) return false
    const all = segments()
    const current = focusedSegment()
    let next: HTMLElement | undefined
    if (current) next = all[all.indexOf(current) + delta]
    else {
      // From the heading or the scroll area: the first paragraph in view.
      const top = root.current?.querySelector('[data-testid="reader-scroll"]')?.getBoundingClientRect().top ?? 0
      next = all.find((el) => el.getBoundingClientRect().bottom > top + 8)
    }
    if (!next) return
    clearSelection()
    words.current = null
    lastSegment.current = next
    next.focus({ preventScroll: true })
    next.scrollIntoView({ block: 'nearest' })
  }
  const moveWord = (move: WordMove): boolean | void => {
    const segment = focusedSegment()
    const key = segment?.dataset['segment']
    if (!segment || !key || !reading) return false
    const list = wordsOf(segment.textContent ?? '')
    const span = moveWords(words.current?.key === key ? words.current.span : null, list.length, move)
    const first = span ? list[span.from] : undefined
    const last = span ? list[span.to] : undefined
    if (!span || !first || !last) return
    words.current = { key, span }
    const range = rangeInSegment(segment, first.start, last.end)
    const sel = window.getSelection()
    if (!range || !sel) return
    sel.removeAllRanges()
    sel.addRange(range)
    readSelection()
  }
  const paragraphRange = (): { start: number; end: number } | null => {
    const segment = focusedSegment()
    const key = segment?.dataset['segment']
    if (!segment || !key || !reading) return null
    const start = toGlobalOffset(reading, key, 0)
    const end = toGlobalOffset(reading, key, (segment.textContent ?? '').length)
    return start === null || end === null ? null : trimRange(reading, start, end)
  }
  const annotateByKey = (colour: Colour | null, then?: 'note' | 'tags'): boolean | void => {
    if (selection) return void highlight(colour, then)
    const range = paragraphRange()
    if (!range) return false
    void highlightRange(range, colour, then)
  }

  const hasText = Boolean(reading)
  useCommand('reader.nextParagraph', () => moveParagraph(1), hasText)
  useCommand('reader.previousParagraph', () => moveParagraph(-1), hasText)
  useCommand('reader.nextWord', () => moveWord('next'), hasText)
  useCommand('reader.previousWord', () => moveWord('previous'), hasText)
  useCommand('reader.extendWord', () => moveWord('extend'), hasText)
  useCommand('reader.shrinkWord', () => moveWord('shrink'), hasText)
  useCommand(
    'annotate.colour',
    (e) => {
      const digit = digitOf(e.code)
      const colour = digit ? COLOUR_SHORTCUTS.find(([k]) => k === digit)?.[1] : undefined
      return colour ? annotateByKey(colour) : false
    },
    hasText
  )
  useCommand('annotate.note', () => annotateByKey(null, 'note'), hasText)
  useCommand('annotate.tag', () => annotateByKey(null, 'tags'), hasText)
  useCommand('annotate.attach', () => void highlight(null), Boolean(selection && reattachingId))
  // Escape drops the selection, and only that: the reader stays open.
  useCommand(
    'annotate.clear',
    () => {
      clearSelection()
      words.current = null
      lastSegment.current?.focus({ preventScroll: true })
    },
    selection !== null
  )
  // Tab from the text while a selection stands: into the selection toolbar.
  useCommand(
    'annotate.toolbar',
    () => {
      if (!inText()) return false
      lastSegment.current = focusedSegment() ?? lastSegment.current
      const toolbar = root.current?.querySelector<HTMLElement>('[data-testid="selection-toolbar"]')
      const first = toolbar ? tabbables(toolbar)[0] : undefined
      if (!first) return false
      first.focus()
    },
    selection !== null
  )

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
    // Brought into view: among thousands of notes the new card may be outside what is rendered.
    setFocusedId(change.after.id)
    setEditing({ id: change.after.id, field: 'note' })
  }

  return (
    <div className="annotated-reader" ref={root}>
      {/* Listens to selections and clicks made inside the article: a wrapper, not a control. */}
      <div className="annotated-reader__text" role="presentation" onMouseUp={readSelection} onKeyUp={readSelection} onClick={onArticleClick}>
        {children(marks)}
      </div>
      {record && layout ? (
        <AnnotationPanel count={layout.highlights.length + layout.articleNotes.length + layout.orphans.length}>
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
        </AnnotationPanel>
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
