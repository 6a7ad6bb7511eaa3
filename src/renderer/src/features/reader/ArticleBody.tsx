import { useTranslation } from 'react-i18next'
import type { ArchiveItem } from '../../../../shared/archive/schema'

type Block = ArchiveItem['body'][number]

/** The article's own text, always Persian and RTL whatever the interface language; dir="auto" on each run for mixed text. */
export function ArticleBody({ blocks }: { blocks: readonly Block[] }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading':
            return (
              <h2 key={index} dir="auto" data-block={index}>
                {block.text}
              </h2>
            )
          case 'quote':
            return (
              <figure key={index} className="pull-quote" data-block={index}>
                <blockquote dir="auto">{block.text}</blockquote>
                {block.attribution ? <figcaption dir="auto">{t('reader.quoteBy', { name: block.attribution })}</figcaption> : null}
              </figure>
            )
          case 'paragraph':
            return (
              <p key={index} dir="auto" data-block={index}>
                {block.text}
              </p>
            )
        }
      })}
    </div>
  )
}
