/**
 * The two languages Bayegan knows, for everything that comes in both: the interface, summaries,
 * export headings, date wording and the text analyser. One type, so a third language is one change.
 */
export const LANGUAGES = ['fa', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}
