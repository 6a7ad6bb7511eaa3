import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleRecord } from '../../db/database'
import { arrangeLibrary, facetValues, type LibraryQuery, type LibrarySort } from './libraryModel'
import { ArticleMeta, TagList } from './ArticleMeta'

interface Props {
  records: readonly ArticleRecord[]
  query: LibraryQuery
  onQueryChange: (query: LibraryQuery) => void
  onOpen: (id: string) => void
  focusId: string | null
}

export function LibraryView({ records, query, onQueryChange, onOpen, focusId }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const collator = useMemo(() => new Intl.Collator(i18n.language === 'en' ? ['en', 'fa'] : ['fa', 'en']), [i18n.language])
  const shown = useMemo(() => arrangeLibrary(records, query, collator), [records, query, collator])
  const sources = useMemo(() => facetValues(records, (r) => [r.source], collator), [records, collator])
  const tags = useMemo(() => facetValues(records, (r) => r.tags, collator), [records, collator])
  const listRef = useRef<HTMLUListElement>(null)
  const [activeId, setActiveId] = useState<string | null>(focusId)
  const active = shown.some((r) => r.id === activeId) ? activeId : (shown[0]?.id ?? null)

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = shown.findIndex((r) => r.id === active)
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? shown.length - 1 : null
    if (next === null) return
    event.preventDefault()
    const target = shown[Math.max(0, Math.min(shown.length - 1, next))]
    if (!target) return
    setActiveId(target.id)
    listRef.current?.querySelector<HTMLButtonElement>(`[data-article-id="${CSS.escape(target.id)}"]`)?.focus()
  }

  const filtered = query.source !== null || query.tag !== null
  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library__header">
        <h1 id="library-title">{t('library.title')}</h1>
        <p className="library__count" data-testid="library-count">
          {filtered ? t('library.shown', { shown: shown.length, count: records.length }) : t('library.count', { count: records.length })}
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
        <FacetSelect label={t('library.source')} all={t('library.all')} values={sources} value={query.source} onChange={(source) => onQueryChange({ ...query, source })} testId="filter-source" />
        <FacetSelect label={t('library.tag')} all={t('library.all')} values={tags} value={query.tag} onChange={(tag) => onQueryChange({ ...query, tag })} testId="filter-tag" />
        {filtered ? (
          <button type="button" onClick={() => onQueryChange({ ...query, source: null, tag: null })}>
            {t('library.clearFilters')}
          </button>
        ) : null}
      </div>
      {records.length === 0 ? <p className="library__empty">{t('library.empty')}</p> : null}
      {records.length > 0 && shown.length === 0 ? <p className="library__empty">{t('library.noMatch')}</p> : null}
      <p className="visually-hidden" id="library-hint">
        {t('library.keyboardHint')}
      </p>
      <ul className="library__list" ref={listRef} aria-label={t('library.listLabel')} aria-describedby="library-hint" onKeyDown={moveFocus}>
        {shown.map((record) => (
          <li key={record.id} className="library__entry">
            <button
              type="button"
              className="library__open"
              data-article-id={record.id}
              tabIndex={record.id === active ? 0 : -1}
              onFocus={() => setActiveId(record.id)}
              onClick={() => onOpen(record.id)}
            >
              <span className="library__title" dir="auto" lang="fa">
                {record.item.title}
              </span>
            </button>
            <ArticleMeta item={record.item} />
            <TagList tags={record.tags} />
          </li>
        ))}
      </ul>
    </section>
  )
}

interface FacetProps {
  label: string
  all: string
  values: readonly string[]
  value: string | null
  onChange: (value: string | null) => void
  testId: string
}

function FacetSelect({ label, all, values, value, onChange, testId }: FacetProps): React.JSX.Element {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} data-testid={testId}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  )
}
