import { piecesOf, type Mark } from '../../../../shared/article/marks'

/**
 * A segment's text with its marks. Only text nodes of the article live inside the element that
 * carries `data-segment`, so a DOM selection maps back to exact offsets (see selectionOffsets).
 */
export function MarkedText({ text, marks }: { text: string; marks: readonly Mark[] | undefined }): React.JSX.Element {
  if (!marks || marks.length === 0) return <>{text}</>
  return (
    <>
      {piecesOf(text.length, marks).map((piece) => {
        const slice = text.slice(piece.start, piece.end)
        if (piece.marks.length === 0) return slice
        const annotation = piece.marks.find((m) => m.kind === 'annotation')
        const hit = piece.marks.some((m) => m.kind === 'hit')
        const currentHit = piece.marks.some((m) => m.kind === 'hit' && m.colour === 'current')
        const classes = ['mark', annotation ? `mark--${annotation.colour ?? 'none'}` : '', hit ? 'mark--hit' : '', currentHit ? 'mark--current' : '']
          .filter(Boolean)
          .join(' ')
        return (
          <mark
            key={piece.start}
            className={classes}
            data-annotation-ids={piece.marks.filter((m) => m.kind === 'annotation').map((m) => m.id).join(' ') || undefined}
            data-hit-ids={hit ? piece.marks.filter((m) => m.kind === 'hit').map((m) => m.id).join(' ') : undefined}
          >
            {slice}
          </mark>
        )
      })}
    </>
  )
}
