import { useTranslation } from 'react-i18next'
import type { FeedView } from '../../../../shared/host/feeds'
import { ModelSettingsForm } from './ModelSettingsForm'
import { FeedsPanel } from '../feeds/FeedsPanel'
import { StoragePersistence } from './StoragePersistence'

/** Settings that are not a one-click toggle in the app bar; today, the optional local model. */
export function SettingsView({ onBack, feedsCheckedOnStart }: { onBack: () => void; feedsCheckedOnStart?: readonly FeedView[] | undefined }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="settings" data-testid="settings">
      <div className="settings__header">
        <h1>{t('settings.title')}</h1>
        <button type="button" onClick={onBack} data-testid="settings-back">
          {t('settings.back')}
        </button>
      </div>
      <ModelSettingsForm />
      <StoragePersistence />
      <FeedsPanel checkedOnStart={feedsCheckedOnStart} />
    </div>
  )
}
