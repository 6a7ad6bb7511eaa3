import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from '../../app/AppServicesContext'

/** Shows every failed write until the researcher dismisses it: what failed, why, and what was kept. */
export function NoticeArea(): React.JSX.Element {
  const { t } = useTranslation()
  const { notices } = useAppServices()
  const list = useSyncExternalStore(notices.subscribe, notices.list)
  return (
    <div className="notice-area" role="alert" aria-live="assertive" data-testid="notices">
      {list.map((n) => (
        <div key={n.id} className="notice" data-testid="notice" data-what={n.what} data-reason={n.reason}>
          <p className="notice__text">
            {t(`notices.failed.${n.what}`)} {t(`notices.reason.${n.reason}`)} <strong>{t(`notices.kept.${n.kept}`)}</strong>
          </p>
          <details className="notice__detail">
            <summary>{t('notices.detail')}</summary>
            <code dir="ltr">{n.detail}</code>
          </details>
          <button type="button" onClick={() => notices.dismiss(n.id)} data-testid="notice-dismiss">
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
