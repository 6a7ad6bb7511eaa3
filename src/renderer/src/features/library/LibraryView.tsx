import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { measureElement, useVirtualizer } from '@tanstack/react-virtual'
import { createRowEstimate } from './rowEstimate'
import type { ArticleHead } from '../../db/records'
import { listedCount, parseYear, type LibraryQuery, type LibrarySort } from './libraryModel'
import { useArrangedLibrary } from './useArrangedLibrary'
import type { Edition } from '../../../../shared/archive/editions'
import { editionEntries } from '../editions/editionModel'
import { ArticleMeta, TagList } from './ArticleMeta'
import { FacetSelect } from '../../ui/FacetSelect'

interface Props {
  /** Every article's head (copies of originals too: they are listed under their digest). */
  heads: readonly ArticleHead[]
  /** Whether an article id is in the library; by default, whether it is among `heads`. */
  exists?: (id: string) => boolean
  /** Every source and tag in use, for the filter menus; by default gathered from `heads`. */
  sources?: readonly string[]
  tags?: readonly string[]
  /** False while only the newest few heads are read: the count says the list is still coming. */
  complete?: boolean
  /** The first import still running: its progress is shown above the list. */
  banner?: React.ReactNode
  /** Elecomp's editions, for the edition filter and for dating items known only by their edition. */
  editions?: readonly Edition[]
  query: LibraryQuery
  onQueryChange: (query: LibraryQuery) => void
  onOpen: (id: string) => void
  focusId: string | null
}

const ESTIMATED_ROW_PX = 120
const NO_EDITIONS: readonly Edition[] = []

/** Every article, virtualised so tens of thousands scroll smoothly; arrow keys move, Enter opens. */
export function LibraryView({ heads, exists: existsProp, sources: sourceValues, tags: tagValues, complete = true, banner, editions = NO_EDITIONS, query, onQueryChange, onOpen, focusId }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const collator = useMemo(() => new Intl.Collator(i18n.language === 'en' ? ['en', 'fa'] : ['fa', 'en']), [i18n.language])
  const exists = useMemo(() => {
    if (existsProp) return existsProp
    const ids = new Set(heads.map((h) => h.id))
    return (id: string) => ids.has(id)
  }, [existsProp, heads])
  const total = useMemo(() => listedCount(heads, exists), [heads, exists])
  const { shown, pending } = useArrangedLibrary(heads, query, collator, editions, exists)
  const editionOptions = useMemo(
    () => editionEntries(editions, heads).map((e) => ({ value: e.id, label: t('editions.name', { number: e.number }) })),
    [editions, heads, t]
  )
  const year = parseYear(query.year ?? '')
  const sources = useMemo(() => [...(sourceValues ?? new Set(heads.map((h) => h.source)))].sort(collator.compare), [sourceValues, heads, collator])
  const tags = useMemo(() => [...(tagValues ?? new Set(heads.flatMap((h) => h.tags)))].sort(collator.compare), [tagValues, heads, collator])
  const scroller = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(focusId)
  const activeIndex = useMemo(() => Math.max(0, activeId === null ? 0 : shown.findIndex((r) => r.id === activeId)), [shown, activeId])
  const pendingFocus = useRef<number | null>(focusId ? activeIndex : null)
  // Rows not yet measured are assumed to be as tall as most rows measured (see rowEstimate.ts).
  const [rowEstimate] = useState(() => createRowEstimate(ESTIMATED_ROW_PX))
  // Stable while the list is: the virtualiser lays out every row again whenever this function changes.
  const getItemKey = useCallback((index: number) => shown[index]?.id ?? index, [shown])

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowEstimate.size(),
    measureElement: (element, entry, instance) => {
      const px = measureElement(element, entry, instance)
      rowEstimate.measured(px)
      return px
    },
    overscan: 6,
    getItemKey
  })

  // Focus follows the keyboard even when the row had to be rendered first.
  useEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .library__open`)
    if (row) {
      row.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  })

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = shown.length - 1
    const keys: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: last, PageDown: activeIndex + 8, PageUp: activeIndex - 8 }
    const next = keys[event.key]
    if (next === undefined || last < 0) return
    event.preventDefault()
    const index = Math.max(0, Math.min(last, next))
    setActiveId(shown[index]?.id ?? null)
    pendingFocus.current = index
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  const filtered = query.source !== null || query.tag !== null || Boolean(query.edition) || Boolean(query.year)
  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library__header">
        <h1 id="library-title">{t('library.title')}</h1>
        <p className="library__count" data-testid="library-count" aria-busy={pending || !complete}>
          {!complete ? t('library.listing') : filtered ? t('library.shown', { shown: shown.length, count: total }) : t('library.count', { count: total })}
        </p>
      </header>
      {banner}
      <div className="library__controls">
        <label>
          {t('library.sortBy')}
          <select value={query.sort} onChange={(e) => onQueryChange({ ...query, sort: e.target.value as LibrarySort })} data-testid="sort">
            <option value="date-desc">{t('library.sortDate')}</option>
            <option value="date-asc">{t('library.sortDateOldest')}</option>
            <option value="title">{t('library.sortTitle')}</option>
          </select>
        </label>
        <FacetSelect label={t('library.source')} all={t('library.all')} options={sources} value={query.source} onChange={(source) => onQueryChange({ ...query, source })} testId="filter-source" />
        <FacetSelect label={t('library.tag')} all={t('library.all')} options={tags} value={query.tag} onChange={(tag) => onQueryChange({ ...query, tag })} testId="filter-tag" />
        {editionOptions.length > 0 ? (
          <FacetSelect label={t('library.edition')} all={t('library.all')} options={editionOptions} value={query.edition ?? null} onChange={(edition) => onQueryChange({ ...query, edition })} testId="filter-edition" />
        ) : null}
        <label>
          {t('library.year')}
          <input
            type="text"
            inputMode="numeric"
            size={12}
            dir="auto"
            value={query.year ?? ''}
            placeholder={t('library.yearPlaceholder')}
            onChange={(e) => onQueryChange({ ...query, year: e.target.value })}
            aria-invalid={year === 'invalid'}
            aria-describedby={year === 'invalid' ? 'library-year-problem' : undefined}
            data-testid="filter-year"
          />
        </label>
        {year === 'invalid' ? (
          <span id="library-year-problem" role="alert" className="library__problem">
            {t('library.yearInvalid')}
          </span>
        ) : null}
        {filtered ? (
          <button type="button" onClick={() => onQueryChange({ ...query, source: null, tag: null, edition: null, year: '' })}>
            {t('library.clearFilters')}
          </button>
        ) : null}
      </div>
      {heads.length === 0 ? <p className="library__empty">{t('library.empty')}</p> : null}
      {heads.length > 0 && shown.length === 0 && !pending ? <p className="library__empty">{t('library.noMatch')}</p> : null}
      <p className="visually-hidden" id="library-hint">
        {t('library.keyboardHint')}
      </p>
      {/* Arrow keys move focus between the rows inside: the rows are the controls, not this wrapper. */}
      <div className="library__scroller" role="presentation" ref={scroller} onKeyDown={moveFocus}>
        <ul className="library__list" aria-label={t('library.listLabel')} aria-describedby="library-hint" style={{ blockSize: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const head = shown[row.index]
            if (!head) return null
            return (
              <LibraryRow
                key={row.key}
                head={head}
                index={row.index}
                start={row.start}
                setSize={shown.length}
                active={row.index === activeIndex}
                measure={virtualizer.measureElement}
                onFocusId={setActiveId}
                onOpen={onOpen}
              />
            )
          })}
        </ul>
      </div>
    </section>
  )
}

interface RowProps {
  head: ArticleHead
  index: number
  start: number
  setSize: number
  active: boolean
  measure: (element: Element | null) => void
  onFocusId: (id: string) => void
  onOpen: (id: string) => void
}

/** One entry; memoised, so scrolling renders only the rows that come into view. */
const LibraryRow = memo(function LibraryRow({ head, index, start, setSize, active, measure, onFocusId, onOpen }: RowProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <li
      data-index={index}
      ref={measure}
      className="library__entry"
      style={{ transform: `translateY(${start}px)` }}
      aria-setsize={setSize}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        className="library__open"
        data-article-id={head.id}
        tabIndex={active ? 0 : -1}
        onFocus={() => onFocusId(head.id)}
        onClick={() => onOpen(head.id)}
      >
        <span className="library__title" dir="auto" lang="fa">
          {head.title}
        </span>
      </button>
      {head.kind === 'digest' ? (
        <span className="digest-badge" data-testid="digest-badge" title={t('digest.badgeHint')}>
          {t('digest.badge')}
        </span>
      ) : null}
      <ArticleMeta meta={head} />
      <TagList tags={head.tags} />
    </li>
  )
})
