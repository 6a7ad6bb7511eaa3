import { useTranslation } from 'react-i18next'
import type { Mark } from '../../../../shared/article/marks'
import type { ReadingSegment, ReadingText } from '../../../../shared/article/readingText'
import { MarkedText } from './MarkedText'

export type MarksBySegment = ReadonlyMap<string, readonly Mark[]>

/**
 * The article's own text (always Persian, RTL, whatever the interface language), segment by segment.
 * Each run carries dir="auto" for mixed Persian/English and data-segment for offset mapping; each
 * takes the focus (tabIndex -1) as the keyboard's paragraph cursor.
 */
export function ArticleTitle({ reading, marks }: { reading: ReadingText; marks?: MarksBySegment }): React.JSX.Element | null {
  const title = reading.segments[0]
  if (!title) return null
  return (
    <h1 dir="auto" data-segment={title.key} tabIndex={-1}>
      <MarkedText text={title.text} marks={marks?.get(title.key)} />
    </h1>
  )
}

export function ArticleBody({ reading, marks }: { reading: ReadingText; marks?: MarksBySegment }): React.JSX.Element {
  const { t } = useTranslation()
  const lead = reading.segments.find((s) => s.kind === 'lead')
  const blocks = reading.segments.filter((s) => s.key.startsWith('body.'))
  const attributionOf = (segment: ReadingSegment): ReadingSegment | undefined =>
    reading.segments.find((s) => s.key === `attribution.${segment.key.slice('body.'.length)}`)
  const text = (segment: ReadingSegment): React.JSX.Element => <MarkedText text={segment.text} marks={marks?.get(segment.key)} />

  return (
    <div className="article-body">
      {lead ? (
        <p className="article__lead" dir="auto" data-segment={lead.key} tabIndex={-1}>
          {text(lead)}
        </p>
      ) : null}
      {blocks.map((segment) => {
        switch (segment.kind) {
          case 'heading':
            return (
              <h2 key={segment.key} dir="auto" data-segment={segment.key} tabIndex={-1}>
                {text(segment)}
              </h2>
            )
          case 'quote': {
            const attribution = attributionOf(segment)
            return (
              <figure key={segment.key} className="pull-quote">
                <blockquote dir="auto" data-segment={segment.key} tabIndex={-1}>
                  {text(segment)}
                </blockquote>
                {attribution ? (
                  <figcaption dir="auto">
                    <span aria-hidden="true">{t('reader.quoteDash')}</span>
                    <span data-segment={attribution.key}>{text(attribution)}</span>
                  </figcaption>
                ) : null}
              </figure>
            )
          }
          default:
            return (
              <p key={segment.key} dir="auto" data-segment={segment.key} tabIndex={-1}>
                {text(segment)}
              </p>
            )
        }
      })}
    </div>
  )
}
