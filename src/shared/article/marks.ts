/** A marked range inside one segment: a highlight, a search hit, a flash. */
export interface Mark {
  start: number
  end: number
  /** Stable id (annotation id, hit index) so the DOM can point back to what it marks. */
  id: string
  kind: 'annotation' | 'hit'
  colour?: string
}

export interface Piece {
  start: number
  end: number
  marks: Mark[]
}

/**
 * Cuts a text of `length` characters at every mark boundary, so overlapping highlights and hits
 * each render as flat pieces that list every mark covering them. Marks outside the text are clipped.
 */
export function piecesOf(length: number, marks: readonly Mark[]): Piece[] {
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.start < m.end)
  const cuts = new Set<number>([0, length])
  for (const m of clipped) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    if (start === end) continue
    pieces.push({ start, end, marks: clipped.filter((m) => m.start < end && m.end > start) })
  }
  return pieces
}
