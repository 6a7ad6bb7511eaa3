import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { headOf, type ArticleRecord } from '../../db/records'
import { useSummaryVersions } from '../../app/liveData'
import { TEXT_SIZES } from '../../db/settings'
import { ArticleMeta, TagList } from '../library/ArticleMeta'
import { readingTextOf } from '../../../../shared/article/readingText'
import { ArticleBody, ArticleTitle, type MarksBySegment } from './ArticleBody'
import { SummaryPanel } from '../summaries/SummaryPanel'
import { useReadingPosition } from './useReadingPosition'
import { useImageUrls } from './useImageUrls'
import { FindBar } from '../search/FindBar'
import { mergeMarks, summaryFindSegments } from '../search/hitMarks'
import { useArticleFind } from '../search/useArticleFind'
import { useCommand } from '../../ui/keyboard/KeyboardContext'

interface Props {
  articleId: string
  record: ArticleRecord | null | undefined
  textSize: number
  onTextSize: (size: number) => void
  onBack: () => void
  /** Names where Back goes: the library, or the view the article was opened from. */
  backLabel?: string
  marks?: MarksBySegment
  /** The search that opened the article: its hits are marked and the first is scrolled to. */
  initialQuery?: string
  /** Shown at the end of the toolbar (the original's web address), so it takes no room above the text. */
  toolbarEnd?: React.ReactNode
}

export function ReaderView({ articleId, record, textSize, onTextSize, onBack, backLabel, marks, initialQuery = '', toolbarEnd }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  useReadingPosition(articleId, scroller, Boolean(record), initialQuery.trim() === '')

  // Escape inside a field or a bar belongs to it (the registry skips fields); elsewhere it leaves the article.
  useCommand('reader.back', () => onBack())
  // Opening an article puts the keyboard on its heading, without undoing the restored reading position.
  const hasRecord = Boolean(record)
  useEffect(() => {
    if (hasRecord) scroller.current?.querySelector<HTMLElement>('h1[data-segment]')?.focus({ preventScroll: true })
  }, [hasRecord])

  const sizeIndex = TEXT_SIZES.indexOf(textSize as (typeof TEXT_SIZES)[number])
  const step = (delta: number): void => {
    const next = TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, sizeIndex + delta))]
    if (next !== undefined) onTextSize(next)
  }

  // The display copy (half-spaces restored) is read when the pack has one; the original stays in the pack.
  const reading = useMemo(() => (record ? readingTextOf(record.item) : null), [record])
  // The summaries are searched too: an English query found in the English summary is marked there.
  const versions = useSummaryVersions(articleId)
  const summarySegments = useMemo(() => (record && versions ? summaryFindSegments(record.item.summaries, versions) : []), [record, versions])
  const find = useArticleFind(reading, initialQuery, scroller, summarySegments)
  const allMarks = useMemo(() => mergeMarks(marks, find.marks), [marks, find.marks])
  const images = useImageUrls(articleId)
  return (
    <div className="reader">
      <div className="reader__toolbar" role="toolbar" aria-label={t('reader.textSize')}>
        <button type="button" onClick={onBack} data-testid="back">
          {backLabel ?? t('reader.back')}
        </button>
        <span className="reader__sizes">
          <span>{t('reader.textSize')}</span>
          <button type="button" onClick={() => step(-1)} disabled={sizeIndex <= 0} aria-label={t('reader.smaller')} data-testid="text-smaller">
            −
          </button>
          <button type="button" onClick={() => step(1)} disabled={sizeIndex >= TEXT_SIZES.length - 1} aria-label={t('reader.larger')} data-testid="text-larger">
            +
          </button>
        </span>
        {toolbarEnd}
      </div>
      {find.open ? (
        <FindBar query={find.query} onQuery={find.setQuery} count={find.hits.length} current={find.current} onStep={find.step} onClose={find.close} />
      ) : null}
      <div className="reader__scroll" ref={scroller} tabIndex={-1} data-testid="reader-scroll">
        {record === null ? <p className="reader__missing">{t('reader.notFound')}</p> : null}
        {record && reading ? (
          <article className="article" lang="fa" dir="rtl" style={{ fontSize: `${textSize}px` }} data-testid="article">
            <header className="article__header">
              <ArticleTitle reading={reading} marks={allMarks} />
              <ArticleMeta meta={headOf(record)} />
              <TagList tags={record.tags} />
            </header>
            <ArticleBody reading={reading} marks={allMarks} images={images} />
            <SummaryPanel record={record} versions={versions} marks={find.marks} />
          </article>
        ) : null}
      </div>
    </div>
  )
}
