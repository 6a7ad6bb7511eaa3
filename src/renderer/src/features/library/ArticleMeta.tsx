import { useTranslation } from 'react-i18next'
import type { ArchiveItem } from '../../../../shared/archive/schema'
import { formatPublished } from '../../../../shared/dates'
import { directionOf, isLanguage } from '../../i18n'

/** Source, date (both calendars, at the precision the pack gives) and event, in the interface language. */
export function ArticleMeta({ item }: { item: ArchiveItem }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const lang = isLanguage(i18n.language) ? i18n.language : 'fa'
  const source = lang === 'en' && item.source.nameEn ? item.source.nameEn : item.source.name
  return (
    <dl className="article-meta" dir={directionOf(lang)}>
      <div>
        <dt>{t('article.source')}</dt>
        <dd dir="auto">{source}</dd>
      </div>
      <div>
        <dt>{t(item.published.precision === 'event' ? 'article.event' : 'article.date')}</dt>
        <dd dir="auto" data-testid="article-date">
          {formatPublished(item.published, item.event, lang)}
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
