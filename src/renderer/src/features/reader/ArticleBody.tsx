import { useEffect, useMemo, useState } from 'react'
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

/**
 * Characters of text put in the page per step. An ordinary article (far below this) appears in one
 * step as before; a very long one (millions of characters) shows its beginning at once and the
 * rest a step per frame, so the reader is never one long freeze while the browser lays it all out.
 */
export const RENDER_STEP_CHARS = 150_000

/** How many of `blocks` to render: all of a short article, a growing prefix of a long one. */
export function useIncrementalCount(blocks: readonly { text: string }[], stepChars = RENDER_STEP_CHARS): number {
  const upTo = (from: number): number => {
    let chars = 0
    let end = from
    while (end < blocks.length && (end === from || chars + (blocks[end]?.text.length ?? 0) <= stepChars)) chars += blocks[end++]?.text.length ?? 0
    return end
  }
  const [count, setCount] = useState(() => upTo(0))
  const [source, setSource] = useState(blocks)
  if (source !== blocks) {
    setSource(blocks)
    setCount(upTo(0))
  }
  useEffect(() => {
    if (count >= blocks.length) return
    const frame = requestAnimationFrame(() => setCount(upTo(count)))
    return () => cancelAnimationFrame(frame)
    // upTo reads `blocks`, which is a dependency already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, blocks])
  return count
}

export function ArticleBody({ reading, marks }: { reading: ReadingText; marks?: MarksBySegment }): React.JSX.Element {
  const { t } = useTranslation()
  const lead = reading.segments.find((s) => s.kind === 'lead')
  const allBlocks = useMemo(() => reading.segments.filter((s) => s.key.startsWith('body.')), [reading])
  const shownCount = useIncrementalCount(allBlocks)
  const blocks = shownCount >= allBlocks.length ? allBlocks : allBlocks.slice(0, shownCount)
  const attributionOf = (segment: ReadingSegment): ReadingSegment | undefined =>
    reading.segments.find((s) => s.key === `attribution.${segment.key.slice('body.'.length)}`)
  const text = (segment: ReadingSegment): React.JSX.Element => <MarkedText text={segment.text} marks={marks?.get(segment.key)} />

  return (
    <div className="article-body" aria-busy={shownCount < allBlocks.length ? true : undefined} data-rendered={shownCount} data-blocks={allBlocks.length}>
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
