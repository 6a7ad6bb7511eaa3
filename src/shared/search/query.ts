import { analyse, type Term } from '../text/analyse'
import { ENGLISH_STOPWORDS } from '../text/stemEnglish'

export interface QueryTerm {
  term: string
  surface: string
  /** Match any indexed word starting with `surface` (the word being typed). */
  prefix: boolean
  /** Position relative to the first term of its phrase (stopword gaps kept). */
  offset: number
}

/** A single term, or a phrase whose terms must be consecutive. */
export interface QueryClause {
  terms: QueryTerm[]
  phrase: boolean
  /** Typed +word or in quotes: a hit must contain it. Other words rank hits (any-word matching). */
  required: boolean
}

export interface ParsedQuery {
  must: QueryClause[]
  not: QueryClause[]
}

interface Segment {
  text: string
  quoted: boolean
  negated: boolean
  required: boolean
}

function splitSegments(input: string): Segment[] {
  const segments: Segment[] = []
  let free = ''
  const pushFree = (): void => {
    if (free.trim() !== '') segments.push({ text: free, quoted: false, negated: false, required: false })
    free = ''
  }
  let i = 0
  while (i < input.length) {
    const ch = input[i]
    const atWordStart = i === 0 || /\s/.test(input[i - 1] ?? ' ')
    const marked = (ch === '-' || ch === '+') && atWordStart && i + 1 < input.length && !/\s/.test(input[i + 1] ?? ' ')
    const negated = marked && ch === '-'
    const plus = marked && ch === '+'
    const quoteAt = marked ? i + 1 : i
    if (input[quoteAt] === '"' && (atWordStart || !marked)) {
      const close = input.indexOf('"', quoteAt + 1)
      const end = close === -1 ? input.length : close
      pushFree()
      segments.push({ text: input.slice(quoteAt + 1, end), quoted: true, negated, required: !negated })
      i = end + 1
      continue
    }
    if (marked) {
      let end = i + 1
      while (end < input.length && !/\s/.test(input[end] ?? ' ')) end++
      pushFree()
      segments.push({ text: input.slice(i + 1, end), quoted: false, negated, required: plus })
      i = end
      continue
    }
    free += ch
    i++
  }
  pushFree()
  return segments
}

function toQueryTerm(t: Term, first: Term, prefix: boolean): QueryTerm {
  return { term: t.term, surface: t.surface, prefix, offset: t.pos - first.pos }
}

function isEnglishStopword(t: Term): boolean {
  return ENGLISH_STOPWORDS.has(t.surface)
}

/**
 * Query language: words (ranked: hits with every word first, then with some), +word (required),
 * "quoted word or phrase" (required, exact word, phrase in order), -word, -"phrase" (excluded).
 * The last free word is a prefix while typing, i.e. unless the query ends in whitespace or a
 * closing quote.
 */
export function parseQuery(input: string): ParsedQuery {
  const must: QueryClause[] = []
  const not: QueryClause[] = []
  const segments = splitSegments(input)
  const typing = input.length > 0 && !/\s$/.test(input)
  segments.forEach((seg, index) => {
    const terms = analyse(seg.text, 'fa')
    if (terms.length === 0) return
    const target = seg.negated ? not : must
    if (seg.quoted && terms.length > 1) {
      const kept = terms.filter((t) => !isEnglishStopword(t))
      const used = kept.length > 0 ? kept : terms
      const first = terms[0] as Term
      target.push({ phrase: true, required: true, terms: used.map((t) => toQueryTerm(t, first, false)) })
      return
    }
    const isLastFree = index === segments.length - 1 && !seg.quoted && !seg.negated && typing
    const content = terms.filter((t) => !isEnglishStopword(t))
    const used = content.length > 0 ? content : terms
    used.forEach((t, k) => {
      const prefix = isLastFree && k === used.length - 1 && t === terms[terms.length - 1]
      target.push({ phrase: false, required: seg.required, terms: [toQueryTerm(t, t, prefix)] })
    })
  })
  return { must, not }
}
