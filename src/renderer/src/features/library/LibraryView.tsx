import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleHead } from '../../db/database'
import { arrangeLibrary, facetValues, listedHeads, parseYear, type LibraryQuery, type LibrarySort } from './libraryModel'
import type { Edition } from '../../../../shared/archive/editions'
import { editionEntries } from '../editions/editionModel'
import { ArticleMeta, TagList } from './ArticleMeta'
import { FacetSelect } from '../../ui/FacetSelect'

interface Props {
  heads: readonly ArticleHead[]
  /** Elecomp's editions, for the edition filter and for dating items known only by their edition. */
  editions?: readonly Edition[]
  query: LibraryQuery
  onQueryChange: (query: LibraryQuery) => void
  onOpen: (id: string) => void
  focusId: string | null
}

const ESTIMATED_ROW_PX = 120

/** Every article, virtualised so tens of thousands scroll smoothly; arrow keys move, Enter opens. */
export function LibraryView({ heads: allHeads, editions = [], query, onQueryChange, onOpen, focusId }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const collator = useMemo(() => new Intl.Collator(i18n.language === 'en' ? ['en', 'fa'] : ['fa', 'en']), [i18n.language])
  const heads = useMemo(() => listedHeads(allHeads), [allHeads])
  const shown = useMemo(() => arrangeLibrary(heads, query, collator, { editions }), [heads, query, collator, editions])
  const editionOptions = useMemo(
    () => editionEntries(editions, heads).map((e) => ({ value: e.id, label: t('editions.name', { number: e.number }) })),
    [editions, heads, t]
  )
  const year = parseYear(query.year ?? '')
  const sources = useMemo(() => facetValues(heads, (r) => [r.source], collator), [heads, collator])
  const tags = useMemo(() => facetValues(heads, (r) => r.tags, collator), [heads, collator])
  const scroller = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(focusId)
  const activeIndex = Math.max(0, shown.findIndex((r) => r.id === activeId))
  const pendingFocus = useRef<number | null>(focusId ? activeIndex : null)

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    getItemKey: (index) => shown[index]?.id ?? index
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
        <p className="library__count" data-testid="library-count">
          {filtered ? t('library.shown', { shown: shown.length, count: heads.length }) : t('library.count', { count: heads.length })}
        </p>
      </header>
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
            size={6}
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
      {heads.length > 0 && shown.length === 0 ? <p className="library__empty">{t('library.noMatch')}</p> : null}
      <p className="visually-hidden" id="library-hint">
        {t('library.keyboardHint')}
      </p>
      <div className="library__scroller" ref={scroller} onKeyDown={moveFocus}>
        <ul className="library__list" aria-label={t('library.listLabel')} aria-describedby="library-hint" style={{ blockSize: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const head = shown[row.index]
            if (!head) return null
            return (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="library__entry"
                style={{ transform: `translateY(${row.start}px)` }}
                aria-setsize={shown.length}
                aria-posinset={row.index + 1}
              >
                <button
                  type="button"
                  className="library__open"
                  data-article-id={head.id}
                  tabIndex={row.index === activeIndex ? 0 : -1}
                  onFocus={() => setActiveId(head.id)}
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
          })}
        </ul>
      </div>
    </section>
  )
}
