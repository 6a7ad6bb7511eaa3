import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recoveryReasonOf, type RecoveryReason } from './recoveryReason'
import './recovery.css'

/**
 * After the main process reloaded a crashed or hung window, says so once: what was saved is still
 * there. The note is taken out of the address so a later reload does not repeat it.
 */
export function RecoveryNotice(): React.JSX.Element | null {
  const { t } = useTranslation()
  const [reason, setReason] = useState<RecoveryReason | null>(() => {
    const found = recoveryReasonOf(window.location.search)
    if (found) window.history.replaceState(null, '', window.location.pathname + window.location.hash)
    return found
  })
  if (!reason) return null
  return (
    <div className="recovery-notice" role="status" data-testid="recovery-notice" data-reason={reason}>
      <p>{reason === 'crashed' ? t('recovery.crashed') : t('recovery.unresponsive')}</p>
      <button type="button" onClick={() => setReason(null)} data-testid="recovery-dismiss">
        {t('recovery.dismiss')}
      </button>
    </div>
  )
}
