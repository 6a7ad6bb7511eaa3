import { useTranslation } from 'react-i18next'
import type { Annotation, Colour } from '../../../../shared/domain/annotation'
import { AnnotationCard, type CardActions } from './AnnotationCard'
import type { ArticleLayout } from './layout'
import type { Editing } from './useAnnotationActions'
import { Kbd } from './Kbd'
import { VirtualCardList } from './VirtualCardList'

interface Props extends CardActions {
  layout: ArticleLayout
  label: (c: Colour | null) => string
  editing: Editing | null
  focusedId: string | null
  reattachingId: string | null
  tagSuggestions: string[]
  onAddArticleNote: () => void
}

/**
 * The article's annotations: notes on the whole article, highlights in reading order, then orphans.
 * Each list renders only the cards near the view (50,000 notes on one article cost a screenful).
 */
const idOf = (a: Annotation): string => a.id

export function AnnotationSidebar(props: Props): React.JSX.Element {
  const { layout, editing, focusedId, reattachingId } = props
  const { t } = useTranslation()
  const card = (a: Annotation): React.JSX.Element => (
    <AnnotationCard
      key={a.id}
      {...props}
      annotation={a}
      editing={editing?.id === a.id ? editing.field : null}
      focused={focusedId === a.id}
      reattaching={reattachingId === a.id}
    />
  )
  const count = layout.highlights.length + layout.articleNotes.length + layout.orphans.length
  return (
    <aside className="annotation-sidebar" aria-labelledby="annotation-sidebar-title" data-testid="annotation-sidebar">
      <header className="annotation-sidebar__header">
        <h2 id="annotation-sidebar-title">{t('annotations.sidebarTitle')}</h2>
        <span className="annotation-sidebar__count" data-testid="annotation-count">
          {t('annotations.count', { count })}
        </span>
      </header>
      <ul className="shortcut-list" aria-label={t('annotations.shortcuts')}>
        <li>
          <Kbd>1</Kbd>–<Kbd>4</Kbd> {t('annotations.shortcutColours')}
        </li>
        <li>
          <Kbd>N</Kbd> {t('annotations.note')}
        </li>
        <li>
          <Kbd>T</Kbd> {t('annotations.tag')}
        </li>
        <li>
          <Kbd>Ctrl+Z</Kbd> {t('annotations.undo')}
        </li>
      </ul>

      <section aria-labelledby="article-notes-title">
        <div className="annotation-sidebar__section-head">
          <h3 id="article-notes-title">{t('annotations.articleNotes')}</h3>
          <button type="button" onClick={props.onAddArticleNote} data-testid="add-article-note">
            {t('annotations.addArticleNote')}
          </button>
        </div>
        {layout.articleNotes.length > 0 ? (
          <VirtualCardList items={layout.articleNotes} keyOf={idOf} render={card} className="annotation-list" label={t('annotations.articleNotes')} testId="article-note-list" focusKey={focusedId} />
        ) : null}
      </section>

      <section aria-labelledby="highlights-title">
        <h3 id="highlights-title">{t('annotations.highlights')}</h3>
        {layout.highlights.length === 0 ? <p className="annotation-sidebar__empty">{t('annotations.noHighlights')}</p> : null}
        <VirtualCardList
          as="ol"
          items={layout.highlights}
          keyOf={(h) => h.annotation.id}
          render={(h) => card(h.annotation)}
          className="annotation-list"
          label={t('annotations.highlights')}
          testId="highlight-list"
          focusKey={focusedId}
        />
      </section>

      {layout.orphans.length > 0 ? (
        <section aria-labelledby="orphans-title" className="annotation-sidebar__orphans" data-testid="orphans">
          <h3 id="orphans-title">{t('annotations.orphans')}</h3>
          <p className="annotation-sidebar__explain">{t('annotations.orphansExplain')}</p>
          <VirtualCardList items={layout.orphans} keyOf={idOf} render={card} className="annotation-list" label={t('annotations.orphans')} testId="orphan-list" focusKey={focusedId} />
        </section>
      ) : null}
    </aside>
  )
}
