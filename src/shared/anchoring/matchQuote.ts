import search from 'approx-string-match'

/**
 * Quote matching in an already-folded text, after Hypothesis's match-quote: each candidate is
 * scored by how well the quote, its prefix and its suffix match, and by closeness to where the
 * span used to be. Weights are Hypothesis's: the quote dominates, context breaks ties between
 * repeated phrases, position breaks the remaining ties.
 */
export interface QuoteContext {
  prefix: string
  suffix: string
  /** Folded offset where the quote is expected to start. */
  hint: number | undefined
}

export interface QuoteMatch {
  start: number
  end: number
  errors: number
  score: number
  prefixScore: number
  suffixScore: number
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }

/** Share of a quote's characters that may differ before a fuzzy match is rejected. */
export const FUZZY_ERROR_RATE = 0.25
/** Myers' algorithm cost grows with the error budget; long quotes don't need more than this. */
const MAX_ERRORS = 256
/** Quotes shorter than this also need their context to agree before a fuzzy match counts. */
const SHORT_QUOTE = 16

/** 1 when `needle` occurs verbatim in `haystack`, falling towards 0 with each edit needed. */
function similarity(needle: string, haystack: string): number {
  if (needle.length === 0 || haystack.length === 0) return 0
  const best = search(haystack, needle, needle.length).reduce((min, m) => Math.min(min, m.errors), needle.length)
  return 1 - best / needle.length
}

function scoreCandidate(text: string, quote: string, ctx: QuoteContext, start: number, end: number, errors: number): QuoteMatch {
  const prefixScore = similarity(ctx.prefix, text.slice(Math.max(0, start - ctx.prefix.length), start))
  const suffixScore = similarity(ctx.suffix, text.slice(end, end + ctx.suffix.length))
  const quoteScore = 1 - errors / quote.length
  const positionScore = ctx.hint === undefined ? 1 : 1 - Math.abs(start - ctx.hint) / Math.max(1, text.length)
  const score =
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position)
  return { start, end, errors, score, prefixScore, suffixScore }
}

function best(matches: QuoteMatch[]): QuoteMatch | null {
  // Strictly greater keeps the earliest candidate on ties, so results are deterministic.
  return matches.reduce<QuoteMatch | null>((b, m) => (b === null || m.score > b.score ? m : b), null)
}

export function matchExactQuote(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  if (quote.length === 0) return null
  const candidates: QuoteMatch[] = []
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    candidates.push(scoreCandidate(text, quote, ctx, i, i + quote.length, 0))
  }
  return best(candidates)
}

/** Same length as `text`, with every exact occurrence of `quote` blanked out (offsets kept). */
function maskOccurrences(text: string, quote: string): string {
  const filler = '\u0000'.repeat(quote.length)
  return text.split(quote).join(filler)
}

/** How far from the hint the nearby fuzzy search looks, beyond the quote's own length. */
const NEARBY_SLACK = 500

function fuzzyCandidates(text: string, quote: string, maxErrors: number, from: number): { start: number; end: number; errors: number }[] {
  return search(text, quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
}

export function matchFuzzyQuote(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * FUZZY_ERROR_RATE))
  if (maxErrors < 1) return null
  // Myers' search reports only the cheapest matches, so an exact copy elsewhere (already scored by
  // matchExactQuote) or a closer copy far away would hide a lightly edited span at the old place.
  // Hence: mask exact copies, and search near the hint as well as everywhere.
  const masked = maskOccurrences(text, quote)
  const raw = fuzzyCandidates(masked, quote, maxErrors, 0)
  if (ctx.hint !== undefined) {
    const slack = Math.max(NEARBY_SLACK, quote.length)
    const from = Math.max(0, ctx.hint - slack)
    raw.push(...fuzzyCandidates(masked.slice(from, ctx.hint + quote.length + slack), quote, maxErrors, from))
  }
  const candidates = raw
    .map((m) => scoreCandidate(text, quote, ctx, m.start, m.end, m.errors))
    // A short quote with a few errors matches too many unrelated places; trust it only in context.
    .filter((m) => quote.length >= SHORT_QUOTE || Math.max(m.prefixScore, m.suffixScore) >= 0.5)
  return best(candidates)
}
