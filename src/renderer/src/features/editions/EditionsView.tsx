import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleHead } from '../../db/database'
import type { Edition, EditionFact } from '../../../../shared/archive/editions'
import { formatJalaliSpanParts } from '../../../../shared/dates'
import { directionOf, isLanguage, type Language } from '../../i18n'
import { editionEntries, factsByKind, itemsOfEdition } from './editionModel'

interface Props {
  editions: readonly Edition[]
  heads: readonly ArticleHead[]
  onOpen: (itemId: string) => void
  /** Shows the library filtered to this edition. */
  onShowItems: (editionId: string) => void
}

/** Elecomp's editions: dates in both calendars, venue, organiser and notable events, each fact with its sources. */
export function EditionsView({ editions, heads, onOpen, onShowItems }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'fa'
  const byId = useMemo(() => new Map(heads.map((h) => [h.id, h])), [heads])
  const entries = useMemo(() => editionEntries(editions, heads), [editions, heads])
  return (
    <section className="editions" aria-labelledby="editions-title" dir={directionOf(lang)} data-testid="editions-view">
      <header className="editions__header">
        <h1 id="editions-title">{t('editions.title')}</h1>
        <p>{t('editions.intro', { count: entries.length })}</p>
      </header>
      {entries.length === 0 ? <p className="editions__empty">{t('editions.empty')}</p> : null}
      <div className="editions__list">
        {entries.map(({ id, number, edition }) => {
          const items = itemsOfEdition(edition ?? { id }, heads)
          const titleId = `edition-${id}`
          return (
            <article key={id} className="edition" aria-labelledby={titleId} data-testid="edition" data-edition-id={id}>
              <h2 id={titleId}>{t('editions.name', { number })}</h2>
              {edition ? null : <p className="edition__no-facts">{t('editions.noFacts')}</p>}
              <dl className="edition__facts">
                {(edition ? factsByKind(edition) : []).map(({ kind, facts }) => (
                  <div key={kind} className={`edition__kind edition__kind--${kind}`}>
                    <dt style={{ gridRow: `span ${facts.length}` }}>{t(`editions.kind.${kind}`)}</dt>
                    {facts.map((fact, i) => (
                      <dd key={i} data-testid="edition-fact" data-kind={kind}>
                        <FactText fact={fact} lang={lang} />
                        <span className="edition__cites" aria-label={t('editions.sources')}>
                          {fact.cite.map((id, c) => {
                            const cited = byId.get(id)
                            const outlet = (h: ArticleHead | undefined): string => (h ? (lang === 'en' && h.sourceEn ? h.sourceEn : h.source) : '')
                            // Two reports by one outlet would look alike: number them.
                            const sameOutlet = fact.cite.filter((other) => outlet(byId.get(other)) === outlet(cited)).length > 1
                            const name = cited ? (sameOutlet ? t('editions.citeNumbered', { outlet: outlet(cited), n: c + 1 }) : outlet(cited)) : id
                            return (
                              <button
                                key={id}
                                type="button"
                                className="edition__cite"
                                onClick={() => onOpen(id)}
                                disabled={!cited}
                                title={cited?.title}
                                aria-label={cited ? t('editions.citeLabel', { outlet: outlet(cited), title: cited.title }) : id}
                                data-testid="edition-cite"
                                data-item-id={id}
                              >
                                <span dir="auto">{name}</span>
                              </button>
                            )
                          })}
                        </span>
                      </dd>
                    ))}
                  </div>
                ))}
              </dl>
              <details className="edition__items">
                <summary>{t('editions.items', { count: items.length })}</summary>
                <ul>
                  {items.map((item) => (
                    <li key={item.id}>
                      <button type="button" className="edition__item" onClick={() => onOpen(item.id)} data-testid="edition-item" data-item-id={item.id}>
                        <span dir="auto" lang="fa">
                          {item.title}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
              <button type="button" className="edition__show" onClick={() => onShowItems(id)} disabled={items.length === 0} data-testid="edition-show-items">
                {t('editions.showInLibrary', { count: items.length })}
              </button>
            </article>
          )
        })}
      </div>
    </section>
  )
}

/** A dated fact shows its dates in both calendars; other facts their short text in the UI language. */
function FactText({ fact, lang }: { fact: EditionFact; lang: Language }): React.JSX.Element {
  if (fact.kind === 'dates' && fact.jalali) {
    const { primary, secondary } = formatJalaliSpanParts(fact.jalali, lang)
    return (
      <span className="edition__fact" data-testid="edition-dates">
        <span dir="auto">{primary}</span>
        {secondary ? (
          <span className="edition__secondary" dir="auto">
            {' '}({secondary})
          </span>
        ) : null}
      </span>
    )
  }
  return (
    <span className="edition__fact" dir="auto" lang={lang}>
      {fact[lang]}
    </span>
  )
}
