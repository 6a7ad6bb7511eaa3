import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatPackError } from '../../../../shared/archive/packErrors'
import type { SyncOutcome } from '../../db/archiveSync'

const SHOWN_ERRORS = 5

/** A refused pack is named with its first problems; the app keeps working with what it had. */
export function PackErrors({ refused }: { refused: SyncOutcome['refused'] }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState(false)
  if (refused.length === 0 || dismissed) return null
  return (
    <div className="pack-errors" role="alert" data-testid="pack-errors">
      {refused.map(({ file, errors }) => (
        <section key={file}>
          <h2>{t('packError.title', { file })}</h2>
          <p className="pack-errors__label">{t('packError.detailsLabel')}</p>
          <ul className="pack-errors__list" dir="ltr" lang="en">
            {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>{formatPackError(e)}</li>
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS ? <p>{t('packError.more', { count: errors.length - SHOWN_ERRORS })}</p> : null}
        </section>
      ))}
      <p>{t('packError.kept')}</p>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('packError.dismiss')}
      </button>
    </div>
  )
}
