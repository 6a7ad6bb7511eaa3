/** W3C Web Annotation selectors, as Hypothesis stores them. Offsets are UTF-16 code units. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  /** Up to ~32 characters before `exact` in the text the annotation was made on. */
  prefix: string
  /** Up to ~32 characters after `exact`. */
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** Where an annotation points: both selectors plus the hash of the text they were taken from. */
export interface Target {
  contentHash: string
  selectors: [TextQuoteSelector, TextPositionSelector]
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

export interface Anchored {
  start: number
  end: number
  method: AnchorMethod
}
