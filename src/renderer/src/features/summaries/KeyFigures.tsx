import { useTranslation } from 'react-i18next'
import type { KeyFigure } from '../../../../shared/summary'

/**
 * The article's figures, language-neutral: each row pairs the Persian as written with its English
 * (dates: the Gregorian equivalent, the Jalali date spelt in English beneath it).
 */
export function KeyFigures({ figures }: { figures: KeyFigure[] }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ui = i18n.language
  return (
    <section className="key-figures" lang={ui} aria-labelledby="key-figures-title" data-testid="key-figures">
      <h3 id="key-figures-title" dir="auto">
        {t('figures.title')}
      </h3>
      {figures.length === 0 ? (
        <p className="summary__none" dir="auto">
          {t('figures.none')}
        </p>
      ) : (
        <table className="key-figures__table">
          <thead>
            <tr>
              <th scope="col">{t('figures.kind')}</th>
              <th scope="col" className="key-figures__th-fa">
                {t('figures.fa')}
              </th>
              <th scope="col" className="key-figures__th-en">
                {t('figures.en')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={`${f.kind}:${f.start}`} data-testid="key-figure" data-kind={f.kind}>
                <td className="key-figures__kind">
                  {t(f.kind === 'date' ? 'figures.date' : 'figures.quantity')}
                  {f.occurrences.length > 1 ? (
                    <span className="key-figures__times" title={t('figures.occurrencesHint')}>
                      {t('figures.occurrences', { count: f.occurrences.length })}
                    </span>
                  ) : null}
                </td>
                <td lang="fa" dir="rtl" className="key-figures__fa" data-testid="key-figure-fa">
                  {f.fa}
                </td>
                <td lang="en" dir="ltr" className="key-figures__en" data-testid="key-figure-en">
                  {f.en}
                  {f.kind === 'date' ? <span className="key-figures__jalali">{f.jalaliEn}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
