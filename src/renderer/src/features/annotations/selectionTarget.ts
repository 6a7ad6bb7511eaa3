import type { ReadingText } from '../../../../shared/article/readingText'

/** Trims whitespace (the blank line between paragraphs a triple-click takes, say) off a selected range. */
export function trimRange(reading: ReadingText, start: number, end: number): { start: number; end: number } | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(reading.text[s] ?? '')) s++
  while (e > s && /\s/.test(reading.text[e - 1] ?? '')) e--
  return s < e ? { start: s, end: e } : null
}

export function digitOf(code: string): string | null {
  const m = /^(?:Digit|Numpad)([1-4])$/.exec(code)
  return m ? (m[1] ?? null) : null
}
