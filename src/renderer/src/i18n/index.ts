import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import fa from './locales/fa.json'
import en from './locales/en.json'
import { colourMeaningResources } from '../../../shared/domain/colourMeanings'

import { isLanguage, LANGUAGES, type Language } from '../../../shared/domain/language'

export { isLanguage, LANGUAGES, type Language }
export const DEFAULT_LANGUAGE: Language = 'fa'

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'fa' ? 'rtl' : 'ltr'
}

/** Persian digits in the Persian UI come from Intl: 'fa' formats with ۰–۹. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fa',
    supportedLngs: [...LANGUAGES],
    resources: { fa: { translation: withColours(fa, 'fa') }, en: { translation: withColours(en, 'en') } },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return instance
}

/** The colours' default meanings come from the table the export also reads, not from the locale files. */
function withColours<T extends { colours: object }>(locale: T, lang: Language): T {
  return { ...locale, colours: { ...locale.colours, ...colourMeaningResources(lang) } }
}

/** Sets lang and dir on <html> so every level inherits the right direction. */
export function applyDocumentLanguage(doc: Document, language: Language, title: string): void {
  doc.documentElement.lang = language
  doc.documentElement.dir = directionOf(language)
  doc.title = title
}
