import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from '@renderer/app/AppServicesContext'
import { useStoredSetting } from '@renderer/app/liveData'
import { SETTING_LANGUAGE } from '@renderer/db/settings'
import { applyDocumentLanguage, type Language } from '@renderer/i18n'
import { isLanguage } from '@shared/domain/language'

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

/**
 * The interface follows the stored language whoever writes it: a backup or the journal restoring
 * the researcher's language applies it at once, not from the next start.
 */
export function useFollowStoredLanguage(): void {
  const { i18n } = useTranslation()
  const stored = useStoredSetting(SETTING_LANGUAGE)
  useEffect(() => {
    if (!isLanguage(stored) || stored === i18n.language) return
    void i18n.changeLanguage(stored).then(() => applyDocumentLanguage(document, stored, i18n.t('app.name')))
    // Only a change of the stored value: the switch itself writes what it has already applied.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored])
}
