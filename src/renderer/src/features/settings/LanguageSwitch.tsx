import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n'

/** One button that names the other language in that language, so either reader can find it. */
export function LanguageSwitch({ onSwitch }: { onSwitch: (language: Language) => void }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const other: Language = i18n.language === 'en' ? 'fa' : 'en'
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      dir="auto"
      title={t('language.switchToHint')}
      aria-label={t('language.switchToHint')}
      onClick={() => onSwitch(other)}
      data-testid="language-switch"
    >
      {t('language.switchTo')}
    </button>
  )
}
