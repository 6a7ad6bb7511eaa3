import { contentHash } from './contentHash'
import type { Target, TextPositionSelector, TextQuoteSelector } from './types'

/** How much context to keep around a quote; Hypothesis uses 32. */
export const CONTEXT_LENGTH = 32

export function describe(
  text: string,
  start: number,
  end: number
): [TextQuoteSelector, TextPositionSelector] {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`invalid range ${start}..${end} for text of length ${text.length}`)
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH)
    },
    { type: 'TextPositionSelector', start, end }
  ]
}

/** A complete target for a new annotation on `text`. Pass `hash` if the caller already has it. */
export function describeTarget(text: string, start: number, end: number, hash = contentHash(text)): Target {
  return { contentHash: hash, selectors: describe(text, start, end) }
}
