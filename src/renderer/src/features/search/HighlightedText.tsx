import type { Range } from '../../../../shared/search/types'

/** Text with the engine's highlight ranges marked, on exactly the characters it matched. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Range[] }): React.JSX.Element {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of highlights) {
    if (start < at || end <= start) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(
      <mark key={start} className="mark mark--hit">
        {text.slice(start, end)}
      </mark>
    )
    at = end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
