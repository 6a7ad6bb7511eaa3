import type { Colour } from './annotation'

/**
 * The default meaning of each colour, in both languages: the one table the app's interface (merged
 * into i18next's resources, see src/renderer/src/i18n) and the export both read, so they cannot drift.
 */
export const DEFAULT_COLOUR_MEANINGS: Record<'fa' | 'en', Record<Colour, string>> = {
  fa: { yellow: 'واقعیت کلیدی', blue: 'پرسش', green: 'نقل‌قول', red: 'مخالفم' },
  en: { yellow: 'Key fact', blue: 'Question', green: 'Quote', red: 'Disagree' }
}

/** The same table under the i18n keys of DEFAULT_COLOUR_MEANING_KEYS (`colours.keyFact` …). */
export function colourMeaningResources(lang: 'fa' | 'en'): Record<'keyFact' | 'question' | 'quote' | 'disagree', string> {
  const m = DEFAULT_COLOUR_MEANINGS[lang]
  return { keyFact: m.yellow, question: m.blue, quote: m.green, disagree: m.red }
}
