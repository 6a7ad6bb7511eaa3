import { useTranslation } from 'react-i18next'
import type { ArticleHead } from '../../db/records'
import { formatPublished } from '../../../../shared/dates'
import { directionOf, isLanguage } from '../../i18n'

export type MetaFields = Pick<ArticleHead, 'source' | 'sourceEn' | 'author' | 'published' | 'event'>

/** Source, date (both calendars, at the precision the pack gives) and event, in the interface language. */
export function ArticleMeta({ meta }: { meta: MetaFields }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const lang = isLanguage(i18n.language) ? i18n.language : 'fa'
  const source = lang === 'en' && meta.sourceEn ? meta.sourceEn : meta.source
  return (
    <dl className="article-meta" dir={directionOf(lang)}>
      <div>
        <dt>{t('article.source')}</dt>
        <dd dir="auto">{source}</dd>
      </div>
      {meta.author ? (
        <div>
          <dt>{t('article.author')}</dt>
          <dd dir="auto" data-testid="article-author">
            {meta.author}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t(meta.published.precision === 'event' ? 'article.event' : 'article.date')}</dt>
        <dd dir="auto" data-testid="article-date">
          {formatPublished(meta.published, meta.event, lang)}
        </dd>
      </div>
    </dl>
  )
}

export function TagList({ tags }: { tags: readonly string[] }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (tags.length === 0) return null
  return (
    <ul className="tag-list" aria-label={t('article.tags')}>
      {tags.map((tag) => (
        <li key={tag} dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  )
}
