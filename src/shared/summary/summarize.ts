import { isFragment } from './fragments'
import { centroidScores, textRankScores } from './scoring'
import { splitSentences, withQuoteMarks, type Sentence } from './sentences'
import { contentTerms } from './terms'
import { cosine, tfidfVectors, type Vector } from './vectors'

export type SummaryMethod = 'centroid' | 'textrank'

export interface SummaryOptions {
  /**
   * Default 'textrank': it recovered more of the editors' own lead on our quality proxy
   * (bench/summary.ts) and stays ~2 ms for 1,000 words. 'centroid' is O(n) for very long texts.
   */
  method?: SummaryMethod
  minSentences?: number
  maxSentences?: number
  /** The article title; defaults to a heading-like first line. Sentences sharing its words score higher. */
  title?: string
}

export interface SummarySentence {
  /** Exactly as in the article; `start`/`end` are offsets into it. */
  text: string
  /** For showing alone: guillemets restored if the sentence was cut out of a longer quotation. */
  display: string
  start: number
  end: number
  index: number
  score: number
}

export interface ExtractiveSummary {
  method: SummaryMethod
  sentences: SummarySentence[]
}

/** Sentences with fewer content words are too thin to stand alone in a summary. */
const MIN_CONTENT_TERMS = 5
/** A candidate this similar to one already chosen would repeat it (news leads repeat quotes). */
const MAX_OVERLAP = 0.5
/** Share of the title's similarity added to a sentence's score; news titles name the topic. */
const TITLE_WEIGHT = 0.3
const SHARE_OF_SENTENCES = 0.15
/**
 * Share of its own content words a sentence may share with one already chosen (or the title)
 * before it counts as a repeat: catches a quote restating the lead in other words, which
 * tf-idf cosine misses when the two sentences differ in length.
 */
const MAX_CONTAINMENT = 0.7
/** Bonus for the first sentence: news puts its main point in the lead. */
const LEAD_WEIGHT = 0.2

export function summarize(text: string, opts: SummaryOptions = {}): ExtractiveSummary {
  const method = opts.method ?? 'textrank'
  const min = opts.minSentences ?? 3
  const max = Math.max(min, opts.maxSentences ?? 5)
  const all = splitSentences(text)
  const title = opts.title ?? (all[0]?.isHeadingLike ? all[0].text : '')

  const titleTerms = new Set(contentTerms(title))
  const candidates: { sentence: Sentence; terms: string[]; termSet: Set<string> }[] = []
  for (const sentence of all) {
    if (sentence.isHeadingLike || isFragment(sentence)) continue
    const terms = contentTerms(sentence.text)
    if (terms.length < MIN_CONTENT_TERMS) continue
    const termSet = new Set(terms)
    // The headline repeated in the body (pages print it twice) says nothing the title does not.
    if (titleTerms.size > 0 && containment(termSet, titleTerms) >= MAX_CONTAINMENT && termSet.size <= titleTerms.size + 2) continue
    candidates.push({ sentence, terms, termSet })
  }
  if (candidates.length === 0) return { method, sentences: [] }

  const vectors = tfidfVectors([...candidates.map((c) => c.terms), [...titleTerms]])
  const titleVector = vectors.pop() as Vector
  const base = method === 'textrank' ? normalise(textRankScores(vectors)) : normalise(centroidScores(vectors))
  const scores = base.map((s, i) => s + TITLE_WEIGHT * cosine(vectors[i] as Vector, titleVector) + (i === 0 ? LEAD_WEIGHT : 0))

  const target = Math.min(max, Math.max(min, Math.round(candidates.length * SHARE_OF_SENTENCES)))
  const ranked = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score || a.i - b.i)
  const chosen: { score: number; i: number }[] = []
  for (const r of ranked) {
    if (chosen.length >= target) break
    const v = vectors[r.i] as Vector
    const terms = (candidates[r.i] as { termSet: Set<string> }).termSet
    const repeats = (c: { i: number }): boolean =>
      cosine(v, vectors[c.i] as Vector) > MAX_OVERLAP || overlapOfSmaller(terms, (candidates[c.i] as { termSet: Set<string> }).termSet) >= MAX_CONTAINMENT
    if (chosen.some(repeats)) continue
    chosen.push(r)
  }
  chosen.sort((a, b) => a.i - b.i)
  return {
    method,
    sentences: chosen.map(({ score, i }) => {
      const s = (candidates[i] as { sentence: Sentence }).sentence
      return { text: s.text, display: withQuoteMarks(s), start: s.start, end: s.end, index: s.index, score }
    })
  }
}

/** Share of `a`'s terms also in `b`. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / a.size
}

/** Containment of the smaller set in the larger: a short quote inside a long lead is a repeat either way round. */
function overlapOfSmaller(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size <= b.size ? containment(a, b) : containment(b, a)
}

/** Scales scores to a max of 1 so the title bonus means the same for both methods. */
function normalise(scores: number[]): number[] {
  const top = Math.max(0, ...scores)
  return top === 0 ? scores : scores.map((s) => s / top)
}
