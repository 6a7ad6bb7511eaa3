import { fold, foldString, toFoldedOffset, toOriginalEnd, toOriginalStart } from './fold'
import { matchExactQuote, matchFuzzyQuote, type QuoteMatch } from './matchQuote'
import type { Anchored, TextPositionSelector, TextQuoteSelector } from './types'

export type Selector = TextQuoteSelector | TextPositionSelector

export interface AnchorOptions {
  /**
   * Best guess of where the span starts in `text` now (original offset), e.g. the old position
   * mapped through a known edit. Defaults to the position selector's start.
   */
  hint?: number
}

/**
 * Places a stored annotation on `text`: by position if the quoted words are still there, then by
 * exact quote (ZWNJ and letter variants ignored), then by fuzzy quote near the old position.
 * Returns null when none fits: the caller shows an orphan and keeps the annotation.
 */
export function anchor(text: string, selectors: readonly Selector[], opts: AnchorOptions = {}): Anchored | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')

  const positionValid = position !== undefined && 0 <= position.start && position.start <= position.end && position.end <= text.length
  if (positionValid && (quote === undefined || foldString(text.slice(position.start, position.end)) === foldString(quote.exact))) {
    return { start: position.start, end: position.end, method: 'position' }
  }
  if (quote === undefined) return null

  const folded = fold(text)
  const exact = foldString(quote.exact)
  if (exact.length === 0) return null
  const hint = opts.hint ?? position?.start
  const ctx = {
    prefix: foldString(quote.prefix),
    suffix: foldString(quote.suffix),
    hint: hint === undefined ? undefined : toFoldedOffset(folded, hint)
  }

  const toAnchored = (m: QuoteMatch, method: 'quote' | 'fuzzy'): Anchored => ({
    start: toOriginalStart(folded, m.start),
    end: toOriginalEnd(folded, m.end),
    method
  })
  const exactMatch = matchExactQuote(folded.folded, exact, ctx)
  if (exactMatch && contextAgrees(exactMatch, ctx)) return toAnchored(exactMatch, 'quote')
  // An exact copy in another context (the lead repeating a quote, say) must not beat the
  // annotated passage itself after a small edit inside it: let both compete on the full score.
  const fuzzyMatch = matchFuzzyQuote(folded.folded, exact, ctx)
  if (fuzzyMatch && (!exactMatch || fuzzyMatch.score > exactMatch.score)) return toAnchored(fuzzyMatch, fuzzyMatch.errors === 0 ? 'quote' : 'fuzzy')
  return exactMatch ? toAnchored(exactMatch, 'quote') : null
}

const AGREEING_CONTEXT = 0.9

function contextAgrees(m: QuoteMatch, ctx: { prefix: string; suffix: string }): boolean {
  return (ctx.prefix === '' || m.prefixScore >= AGREEING_CONTEXT) && (ctx.suffix === '' || m.suffixScore >= AGREEING_CONTEXT)
}
