import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FacetSelect } from '../../ui/FacetSelect'
import { COLOURS } from '../../../../shared/domain/annotation'
import { AnnotationCard } from './AnnotationCard'
import { EMPTY_QUERY, filterAnnotations, tagsInUse, type AnnotationQuery, type AnnotationSort, type DateRange } from './annotationQuery'
import { ColourMeaningsEditor } from './ColourMeaningsEditor'
import { ResearcherDataPanel } from './ResearcherDataPanel'
import { useAllAnnotations, useArticleTitles } from '../../app/liveData'
import { UndoBar } from './UndoBar'
import { useAnnotationActions } from './useAnnotationActions'
import { useColourMeanings } from './useColourMeanings'
import { VirtualCardList } from './VirtualCardList'

interface Props {
  onOpen: (articleId: string, annotationId: string) => void
}

const DATE_RANGES: DateRange[] = ['any', 'today', 'week', 'month', 'year']
const SORTS: AnnotationSort[] = ['updated-desc', 'created-desc', 'created-asc', 'article']

/** Every annotation across the archive: filter, sort, search in notes and quotes, open in the reader. */
export function AnnotationsView({ onOpen }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const [query, setQuery] = useState<AnnotationQuery>(EMPTY_QUERY)
  const all = useAllAnnotations()
  const articleIds = useMemo(() => [...new Set((all ?? []).filter((a) => a.deletedAt === null).map((a) => a.articleId))], [all])
  const titles = useArticleTitles(articleIds)
  const { label } = useColourMeanings()
  const actions = useAnnotationActions()
  const collator = useMemo(() => new Intl.Collator(i18n.language === 'en' ? ['en', 'fa'] : ['fa', 'en']), [i18n.language])
  const titleOf = (id: string): string => titles?.get(id) ?? id
  // Filtering 50,000 annotations takes a while: typing updates the field at once, the list after.
  const deferredQuery = useDeferredValue(query)
  const shown = useMemo(() => filterAnnotations(all ?? [], deferredQuery, new Date(), (id) => titles?.get(id) ?? id), [all, deferredQuery, titles])
  const tags = useMemo(() => tagsInUse(all ?? []), [all])
  const live = (all ?? []).filter((a) => a.deletedAt === null).length
  const set = (patch: Partial<AnnotationQuery>): void => setQuery((q) => ({ ...q, ...patch }))
  const filtered = JSON.stringify({ ...query, sort: EMPTY_QUERY.sort }) !== JSON.stringify(EMPTY_QUERY)

  return (
    <section className="annotations-view" aria-labelledby="annotations-title" data-testid="annotations-view">
      <header className="library__header">
        <h1 id="annotations-title">{t('annotations.viewTitle')}</h1>
        <p className="library__count" data-testid="annotations-count">
          {filtered ? t('annotations.shown', { shown: shown.length, count: live }) : t('annotations.count', { count: live })}
        </p>
      </header>
      <div className="library__controls annotations-view__controls">
        <label className="annotations-view__search">
          <span className="visually-hidden">{t('annotations.search')}</span>
          <input type="search" dir="auto" placeholder={t('annotations.searchPlaceholder')} value={query.text} onChange={(e) => set({ text: e.target.value })} data-testid="annotation-search" />
        </label>
        <label>
          {t('annotations.colour')}
          <select value={query.colour ?? ''} onChange={(e) => set({ colour: (e.target.value || null) as AnnotationQuery['colour'] })} data-testid="filter-colour">
            <option value="">{t('library.all')}</option>
            {COLOURS.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
            <option value="none">{t('colours.none')}</option>
          </select>
        </label>
        <FacetSelect label={t('annotations.tag')} all={t('library.all')} options={tags} value={query.tag} onChange={(tag) => set({ tag })} testId="filter-annotation-tag" />
        <FacetSelect
          label={t('annotations.article')}
          all={t('library.all')}
          options={[...articleIds].sort((a, b) => collator.compare(titleOf(a), titleOf(b))).map((id) => ({ value: id, label: truncate(titleOf(id), 60) }))}
          value={query.articleId}
          onChange={(articleId) => set({ articleId })}
          testId="filter-article"
        />
        <label>
          {t('annotations.date')}
          <select value={query.date} onChange={(e) => set({ date: e.target.value as DateRange })} data-testid="filter-date">
            {DATE_RANGES.map((d) => (
              <option key={d} value={d}>
                {t(`annotations.dates.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.sortBy')}
          <select value={query.sort} onChange={(e) => set({ sort: e.target.value as AnnotationSort })} data-testid="annotation-sort">
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`annotations.sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            {t('library.clearFilters')}
          </button>
        ) : null}
      </div>
      {all && live === 0 ? <p className="library__empty">{t('annotations.none')}</p> : null}
      {live > 0 && shown.length === 0 ? <p className="library__empty">{t('annotations.noMatch')}</p> : null}
      <VirtualCardList
        items={shown}
        keyOf={(a) => a.id}
        className="annotation-list annotations-view__list"
        label={t('annotations.viewTitle')}
        render={(a) => (
          <AnnotationCard
            key={a.id}
            {...actions}
            annotation={a}
            label={label}
            editing={actions.editing?.id === a.id ? actions.editing.field : null}
            focused={false}
            tagSuggestions={tags}
            heading={
              <button type="button" className="annotation-card__article" onClick={() => onOpen(a.articleId, a.id)} data-testid="open-annotation">
                <span dir="auto" lang="fa">
                  {titleOf(a.articleId)}
                </span>
                {a.orphan ? <span className="badge badge--orphan">{t('annotations.orphanBadge')}</span> : null}
              </button>
            }
          />
        )}
      />
      <div className="annotations-view__side">
        <ColourMeaningsEditor />
        <ResearcherDataPanel />
      </div>
      <UndoBar />
    </section>
  )
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
