import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from '@renderer/app/AppServicesContext'
import { SETTING_LANGUAGE } from '@renderer/db/settings'
import { applyDocumentLanguage, type Language } from '@renderer/i18n'

/** Switches the interface language at once (texts, direction, title) and remembers it. */
export function useLanguageSwitch(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation()
  const { settings } = useAppServices()
  return useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language)
      applyDocumentLanguage(document, language, i18n.t('app.name'))
      await settings.write(SETTING_LANGUAGE, language)
    },
    [settings, i18n]
  )
}
