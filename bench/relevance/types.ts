export interface RelevanceArticle {
  id: string
  outlet: string
  /** Jalali yyyymmdd. */
  date: number
  title: string
  lead: string
  body: string
}

/** 2: the article is about what was asked; 1: it helps (covers it in part, or a close case). */
export type Grade = 1 | 2

export interface Judgement {
  grade: Grade
  /** One line: why this article answers (or partly answers) the query. */
  why: string
}

export interface RelevanceQuery {
  id: string
  /** As a researcher would type it in the search box. */
  text: string
  /** What the researcher is after. */
  need: string
  /** Every article not listed is judged not relevant. */
  relevant: Record<string, Judgement>
}
