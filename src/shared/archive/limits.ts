/**
 * Upper bounds a pack must respect, so a hostile or corrupt pack cannot exhaust memory or the UI.
 * Generous for news articles: the longest real article paragraph is a few thousand characters.
 */
export const PACK_LIMITS = {
  /** Refused before JSON.parse; just under V8's longest string (2^29 - 24 characters). */
  packTextChars: 500_000_000,
  /** Issue 18: a pack of 100,000 articles must import; twice that is still refused. */
  items: 200_000,
  idChars: 120,
  titleChars: 500,
  leadChars: 5000,
  bodyBlocks: 500,
  blockChars: 30_000,
  attributionChars: 300,
  /** Items of one list, rows and columns of one table, characters of one cell or caption. */
  listItems: 500,
  tableRows: 300,
  tableColumns: 30,
  cellChars: 5000,
  captionChars: 2000,
  /** Links inside one run of text (a paragraph, a quote, a list item). */
  linksPerRun: 200,
  nameChars: 200,
  urlChars: 2000,
  tags: 40,
  tagChars: 80,
  summaries: 4,
  summaryChars: 5000,
  noteChars: 1000,
  editions: 200,
  editionFacts: 100,
  factChars: 1000,
  factCites: 20,
  /** parsePack stops collecting after this many errors. */
  reportedErrors: 50
} as const
