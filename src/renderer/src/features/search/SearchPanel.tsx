import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COLOURS, DEFAULT_COLOUR_MEANING_KEYS } from '../../../../shared/domain/annotation'
import { formatPublished, toPersianDigits, yearRange, type YearInput } from '../../../../shared/dates'
import type { ArticleHead } from '../../db/records'
import type { SearchAnswer, SearchClient } from '../../search/searchClient'
import { isLanguage } from '../../i18n'
import { facetValues } from '../library/libraryModel'
import { FacetSelect } from '../../ui/FacetSelect'
import { HighlightedText } from './HighlightedText'
import { EMPTY_FILTERS, activeFilters, isFiltered, toSearchFilters, withoutFilter, type FilterForm, type FilterKey } from './searchFilters'
import { useSearchIndexStatus } from './useSearchIndexStatus'
import { ModalLayer } from '../../ui/keyboard/KeyboardContext'
import { useFocusTrap } from '../../ui/useFocusTrap'

interface Props {
  client: SearchClient
  heads: readonly ArticleHead[]
  /** The heads by id, and the sources and tags in use, when the caller has them already (see libraryHeads.ts). */
  byId?: ReadonlyMap<string, ArticleHead>
  sources?: readonly string[]
  tags?: readonly string[]
  onOpen: (articleId: string, query: string) => void
  onClose: () => void
}

/** Ctrl+K search across the archive: answers as the researcher types, ranked, with exact highlights. */
export function SearchPanel({ client, heads, byId: givenById, sources: sourceValues, tags: tagValues, onOpen, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const lang = isLanguage(i18n.language) ? i18n.language : 'fa'
  const status = useSearchIndexStatus(client)
  const [query, setQuery] = useState('')
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTERS)
  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  /** When the filters leave nothing: how many the query finds without them (null: not asked). */
  const [unfiltered, setUnfiltered] = useState<number | null>(null)
  const years = useMemo(() => yearRange(form.yearFrom, form.yearTo), [form.yearFrom, form.yearTo])
  const [error, setError] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  useFocusTrap(panel)
  const listId = useId()
  const titleId = useId()
  const byId = useMemo(() => givenById ?? new Map(heads.map((r) => [r.id, r])), [givenById, heads])
  const collator = useMemo(() => new Intl.Collator(lang), [lang])
  const sources = useMemo(() => (sourceValues ? [...sourceValues].sort(collator.compare) : facetValues(heads, (r) => [r.source], collator)), [sourceValues, heads, collator])
  const tags = useMemo(() => (tagValues ? [...tagValues].sort(collator.compare) : facetValues(heads, (r) => r.tags, collator)), [tagValues, heads, collator])

  useEffect(() => input.current?.focus(), [])
  useEffect(() => {
    const filtered = isFiltered(form)
    if (query.trim() === '' && !filtered) {
      setAnswer(null)
      return
    }
    let live = true
    client.search(query, toSearchFilters(form, years)).then(
      async (result) => {
        if (!live || !result) return
        // Nothing with filters on: ask once without them, so the panel can blame the filters, not the spelling.
        const bare = result.total === 0 && filtered && query.trim() !== '' ? await client.search(query, {}) : null
        if (!live) return
        setUnfiltered(bare ? bare.total : null)
        setAnswer(result)
        setError(null)
        setActive(0)
        // The later hits' snippets, when they come (the first ones fill the window meanwhile).
        const full = await result.more
        if (live && full) setAnswer(full)
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err))
    )
    return () => {
      live = false
    }
  }, [client, query, form, years, status.state])

  const hits = answer?.hits ?? []
  // The option the arrows reach stays in view (the list shows a few of its 30 at a time). In braces:
  // Chromium's scrollIntoView now returns a promise, which React would take for a clean-up.
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [listId, active, answer])
  const open = (index: number): void => {
    const hit = hits[index]
    if (hit) onOpen(hit.id, query)
  }
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))))
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault()
      open(active)
    }
  }
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]): void => setForm((f) => ({ ...f, [key]: value }))
  const digits = (n: number): string => (lang === 'fa' ? toPersianDigits(n) : String(n))
  const yearNote = (y: YearInput | undefined): string | null =>
    y?.calendar === 'gregorian' ? t('search.yearGregorian', { year: digits(y.year), from: digits(y.jalaliFrom), to: digits(y.jalaliTo) }) : null
  const filterLabel = (key: FilterKey): string => {
    if (key === 'hasNotes') return t('search.filter.hasNotes')
    if (key === 'yearFrom' || key === 'yearTo') return t(`search.filter.${key}`, { year: digits((key === 'yearFrom' ? years.from : years.to)?.year ?? 0) })
    const value = key === 'colour' ? t(DEFAULT_COLOUR_MEANING_KEYS[form.colour as (typeof COLOURS)[number]] ?? form.colour) : form[key]
    return t(`search.filter.${key}`, { value })
  }
  // The button goes away with the filter it clears: keep the keyboard in the panel (Esc, arrows).
  const clearFilters = (next: (f: FilterForm) => FilterForm): void => {
    setForm(next)
    input.current?.focus()
  }
  const inEffect = activeFilters(form, years)
  const blameFilters = answer !== null && answer.total === 0 && inEffect.length > 0 && (query.trim() === '' || (unfiltered ?? 0) > 0)

  return (
    <ModalLayer onEscape={onClose}>
    <div className="search-overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog takes its own Escape and arrow keys */}
      <div className="search-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown} ref={panel} data-testid="search-panel">
        <h2 id={titleId} className="visually-hidden">
          {t('search.title')}
        </h2>
        <input
          ref={input}
          className="search-panel__input"
          type="search"
          dir="auto"
          value={query}
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="search-input"
        />
        <div className="search-panel__filters">
          <FacetSelect label={t('library.source')} all={t('library.all')} options={sources} value={form.source || null} onChange={(v) => set('source', v ?? '')} testId="search-source" />
          <FacetSelect label={t('library.tag')} all={t('library.all')} options={tags} value={form.tag || null} onChange={(v) => set('tag', v ?? '')} testId="search-tag" />
          <FacetSelect
            label={t('search.colour')}
            all={t('library.all')}
            options={COLOURS.map((c) => ({ value: c, label: t(DEFAULT_COLOUR_MEANING_KEYS[c]) }))}
            value={form.colour || null}
            onChange={(v) => set('colour', v ?? '')}
            testId="search-colour"
          />
          <label className="search-panel__check">
            <input type="checkbox" checked={form.hasNotes} onChange={(e) => set('hasNotes', e.target.checked)} data-testid="search-has-notes" />
            {t('search.hasNotes')}
          </label>
          <label>
            {t('search.yearFrom')}
            <input className="search-panel__year" inputMode="numeric" dir="ltr" value={form.yearFrom} onChange={(e) => set('yearFrom', e.target.value)} placeholder={t('search.yearPlaceholder')} data-testid="search-year-from" />
          </label>
          <label>
            {t('search.yearTo')}
            <input className="search-panel__year" inputMode="numeric" dir="ltr" value={form.yearTo} onChange={(e) => set('yearTo', e.target.value)} placeholder={t('search.yearPlaceholder')} data-testid="search-year-to" />
          </label>
        </div>
        {[yearNote(years.from), yearNote(years.to)].some(Boolean) || years.problems.length > 0 ? (
          <p className="search-panel__year-note" dir="auto" data-testid="search-year-note">
            {[yearNote(years.from), yearNote(years.to)].filter((n): n is string => n !== null && n !== undefined).filter((n, i, all) => all.indexOf(n) === i).join(t('search.listSeparator'))}
            {years.problems.map((p) => (
              <span key={p.field + p.code} role="alert" className="search-panel__year-problem">
                {p.code === 'not-a-year' ? t('search.yearInvalid', { text: p.text }) : t('search.yearReversed')}
              </span>
            ))}
          </p>
        ) : null}
        <p className="search-panel__status" aria-live="polite" data-testid="search-status" data-index-source={status.state === 'ready' ? status.loadedFrom : undefined} data-saved-index={status.state === 'ready' ? status.savedIndex : undefined}>
          {status.state === 'building' ? t('search.building', { done: status.done, total: status.total }) : null}
          {status.state === 'starting' ? t('search.starting') : null}
          {status.state === 'failed' ? t('search.failed', { message: status.message }) : null}
          {status.state === 'ready' && answer ? t('search.count', { count: answer.total, ms: Math.max(1, Math.round(answer.tookMs)) }) : null}
          {status.state === 'ready' && status.loadedFrom === 'pack' ? (
            <span className="search-panel__source" data-testid="search-index-note">
              {status.pending ? t('search.importPending', { documents: status.documents, pending: status.pending }) : t('search.fromPack')}
            </span>
          ) : null}
          {error ? t('search.failed', { message: error }) : null}
        </p>
        {/* data-answered-query: the query the listed results answer (a benchmark matches keystrokes to their answer by it). */}
        <ul className="search-results" id={listId} role="listbox" aria-label={t('search.results')} data-answered-query={answer?.query}>
          {hits.map((hit, index) => {
            const record = byId.get(hit.id)
            return (
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys live on the search box (aria-activedescendant), as in a combobox
              <li
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="search-result"
                data-testid="search-result"
                data-article-id={hit.id}
                onMouseEnter={() => setActive(index)}
                onClick={() => open(index)}
              >
                <span className="search-result__title" dir="auto" lang="fa">
                  <HighlightedText text={hit.title.text} highlights={hit.title.highlights} />
                </span>
                <span className="search-result__meta">
                  {record?.kind === 'digest' ? <span className="digest-badge">{t('digest.badge')}</span> : null}
                  {record?.originalOf ? <span className="digest-badge">{t('digest.tabOriginal')}</span> : null}
                  {record ? <span dir="auto">{lang === 'en' && record.sourceEn ? record.sourceEn : record.source}</span> : null}
                  {record ? <span dir="auto">{formatPublished(record.published, record.event, lang)}</span> : null}
                  <span data-testid="search-fields">{t('search.matchedIn', { fields: hit.fields.map((f) => t(`search.fields.${f}`)).join(t('search.listSeparator')) })}</span>
                </span>
                {hit.snippets.map((snippet) => (
                  <p key={snippet.field} className="search-result__snippet" dir="auto" lang={snippet.field === 'summaryEn' ? 'en' : 'fa'} data-field={snippet.field}>
                    <HighlightedText text={snippet.text} highlights={snippet.highlights} />
                  </p>
                ))}
              </li>
            )
          })}
        </ul>
        {blameFilters ? (
          <div className="search-panel__empty" data-testid="search-empty-filters">
            <p>
              {t('search.noneWithFilters', { filters: inEffect.map(filterLabel).join(t('search.filterJoin')) })}
              {unfiltered ? ` ${t('search.withoutFilters', { count: unfiltered })}` : null} {t('search.removeHint')}
            </p>
            <div className="search-panel__clear">
              {inEffect.map((key) => (
                <button key={key} type="button" className="button--small" onClick={() => clearFilters((f) => withoutFilter(f, key))} data-testid={`search-clear-${key}`}>
                  {t('search.removeFilter', { filter: filterLabel(key) })}
                </button>
              ))}
              {inEffect.length > 1 ? (
                <button type="button" className="button--small" onClick={() => clearFilters(() => EMPTY_FILTERS)} data-testid="search-clear-all">
                  {t('search.clearFilters')}
                </button>
              ) : null}
            </div>
          </div>
        ) : answer && answer.total === 0 ? (
          <p className="search-panel__empty" data-testid="search-empty">
            {t('search.none')}
          </p>
        ) : null}
        <p className="search-panel__help">{t('search.help')}</p>
      </div>
    </div>
    </ModalLayer>
  )
}
