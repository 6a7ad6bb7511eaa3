import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Mark } from '../../../../shared/article/marks'
import { readingBlockChars, type ReadingBlock, type ReadingSegment, type ReadingText } from '../../../../shared/article/readingText'
import { useAppServices } from '../../app/AppServicesContext'
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
export function useIncrementalCount<T>(blocks: readonly T[], size: (block: T) => number, stepChars = RENDER_STEP_CHARS): number {
  const upTo = (from: number): number => {
    let chars = 0
    let end = from
    while (end < blocks.length && (end === from || chars + size(blocks[end] as T) <= stepChars)) chars += size(blocks[end++] as T)
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

interface BodyProps {
  reading: ReadingText
  marks?: MarksBySegment
  /** `blob:` URLs of the article's stored pictures, by hash (see useImageUrls). */
  images?: ReadonlyMap<string, string>
}

export function ArticleBody({ reading, marks, images }: BodyProps): React.JSX.Element {
  const { t } = useTranslation()
  const { host } = useAppServices()
  const [linkProblem, setLinkProblem] = useState(false)
  const lead = reading.segments.find((s) => s.kind === 'lead')
  const allBlocks = reading.blocks
  const shownCount = useIncrementalCount(allBlocks, readingBlockChars)
  const blocks = shownCount >= allBlocks.length ? allBlocks : allBlocks.slice(0, shownCount)
  // A link in the text opens like the original's address: the main process asks first, then the system browser.
  const openLink = (url: string): void => {
    setLinkProblem(false)
    host.call('link:open', { url }).catch(() => setLinkProblem(true))
  }
  const text = (segment: ReadingSegment): React.JSX.Element => (
    <MarkedText text={segment.text} marks={marks?.get(segment.key)} links={segment.links} onLink={openLink} />
  )

  return (
    <div className="article-body" aria-busy={shownCount < allBlocks.length ? true : undefined} data-rendered={shownCount} data-blocks={allBlocks.length}>
      {linkProblem ? (
        <p role="alert" className="article-body__problem">
          {t('fileImport.openFailed')}
        </p>
      ) : null}
      {lead ? (
        <p className="article__lead" dir="auto" data-segment={lead.key} tabIndex={-1}>
          {text(lead)}
        </p>
      ) : null}
      {blocks.map((block) => (
        <BodyBlock key={block.index} block={block} text={text} images={images} />
      ))}
    </div>
  )
}

function BodyBlock({
  block,
  text,
  images
}: {
  block: ReadingBlock
  text: (segment: ReadingSegment) => React.JSX.Element
  images: ReadonlyMap<string, string> | undefined
}): React.JSX.Element {
  const { t } = useTranslation()
  switch (block.kind) {
    case 'heading':
      return (
        <h2 dir="auto" data-segment={block.segment.key} tabIndex={-1}>
          {text(block.segment)}
        </h2>
      )
    case 'quote':
      return (
        <figure className="pull-quote">
          <blockquote dir="auto" data-segment={block.segment.key} tabIndex={-1}>
            {text(block.segment)}
          </blockquote>
          {block.attribution ? (
            <figcaption dir="auto">
              <span aria-hidden="true">{t('reader.quoteDash')}</span>
              <span data-segment={block.attribution.key}>{text(block.attribution)}</span>
            </figcaption>
          ) : null}
        </figure>
      )
    case 'list': {
      const items = block.items.map((item) => (
        <li key={item.key} dir="auto" data-segment={item.key} tabIndex={-1}>
          {text(item)}
        </li>
      ))
      return block.ordered ? (
        <ol className="article-list" data-testid="article-list">
          {items}
        </ol>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {items}
        </ul>
      )
    }
    case 'table': {
      const [first, ...rest] = block.rows
      const cell = (segment: ReadingSegment | null, c: number, head: boolean): React.JSX.Element => {
        const Tag = head ? 'th' : 'td'
        return segment ? (
          // No dir="auto" on cells: a cell of digits alone would turn left to right and break the column's alignment.
          <Tag key={c} data-segment={segment.key} tabIndex={-1} {...(head ? { scope: 'col' } : {})}>
            {text(segment)}
          </Tag>
        ) : (
          <Tag key={c} />
        )
      }
      const body = block.header ? rest : block.rows
      return (
        <div className="article-table" data-testid="article-table">
          <table>
            {block.caption ? (
              <caption dir="auto" data-segment={block.caption.key}>
                {text(block.caption)}
              </caption>
            ) : null}
            {block.header && first ? (
              <thead>
                <tr>{first.map((segment, c) => cell(segment, c, true))}</tr>
              </thead>
            ) : null}
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>{row.map((segment, c) => cell(segment, c, false))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    }
    case 'figure': {
      const url = block.image ? images?.get(block.image) : undefined
      return (
        <figure className="article-figure" data-testid="article-figure">
          {url ? (
            <img src={url} alt={block.alt ?? ''} data-testid="article-image" />
          ) : (
            <div className="article-figure__placeholder" role="img" aria-label={block.alt ?? t('reader.imageNotKept')} data-testid="image-placeholder">
              <span className="article-figure__note">{t('reader.imageNotKept')}</span>
              {block.alt ? <span dir="auto">{block.alt}</span> : null}
            </div>
          )}
          {block.caption ? (
            <figcaption dir="auto" data-segment={block.caption.key} tabIndex={-1}>
              {text(block.caption)}
            </figcaption>
          ) : null}
        </figure>
      )
    }
    default:
      return (
        <p dir="auto" data-segment={block.segment.key} tabIndex={-1}>
          {text(block.segment)}
        </p>
      )
  }
}
