import { piecesOf, type Mark } from '../../../../shared/article/marks'
import type { Link } from '../../../../shared/archive/schema'

/**
 * A segment's text with its marks and links. Only text nodes of the article live inside the
 * element that carries `data-segment`, so a DOM selection maps back to exact offsets (see
 * selectionOffsets); a link is an <a> around its characters, cut where marks begin and end.
 */
export function MarkedText({
  text,
  marks,
  links,
  onLink
}: {
  text: string
  marks: readonly Mark[] | undefined
  links?: readonly Link[] | undefined
  onLink?: (href: string) => void
}): React.JSX.Element {
  const hasLinks = links !== undefined && links.length > 0
  if ((!marks || marks.length === 0) && !hasLinks) return <>{text}</>
  // Links cut the text like marks do; they are told apart by kind below.
  const linkMarks: Mark[] = hasLinks ? links.map((l, i) => ({ start: l.start, end: l.end, id: `link-${i}`, kind: 'hit', colour: 'link' })) : []
  const all = [...(marks ?? []), ...linkMarks]
  return (
    <>
      {piecesOf(text.length, all).map((piece) => {
        const slice = text.slice(piece.start, piece.end)
        const link = piece.marks.find((m) => m.colour === 'link')
        const own = piece.marks.filter((m) => m.colour !== 'link')
        const marked = own.length === 0 ? slice : markOf(piece.start, slice, own)
        if (!link || !links) return marked
        const href = links[Number(link.id.slice('link-'.length))]?.href ?? ''
        return (
          <a
            key={piece.start}
            href={href}
            className="article-link"
            title={href}
            data-testid="article-link"
            onClick={(event) => {
              // Never followed here: the main process asks, then opens the system browser.
              event.preventDefault()
              onLink?.(href)
            }}
            onAuxClick={(event) => event.preventDefault()}
          >
            {marked}
          </a>
        )
      })}
    </>
  )
}

function markOf(start: number, slice: string, marks: readonly Mark[]): React.JSX.Element {
  const annotation = marks.find((m) => m.kind === 'annotation')
  const hit = marks.some((m) => m.kind === 'hit')
  const currentHit = marks.some((m) => m.kind === 'hit' && m.colour === 'current')
  const classes = ['mark', annotation ? `mark--${annotation.colour ?? 'none'}` : '', hit ? 'mark--hit' : '', currentHit ? 'mark--current' : '']
    .filter(Boolean)
    .join(' ')
  return (
    <mark
      key={start}
      className={classes}
      data-annotation-ids={marks.filter((m) => m.kind === 'annotation').map((m) => m.id).join(' ') || undefined}
      data-hit-ids={hit ? marks.filter((m) => m.kind === 'hit').map((m) => m.id).join(' ') : undefined}
    >
      {slice}
    </mark>
  )
}
