import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from '../../app/AppServicesContext'
import type { StorageState } from '../../app/storagePersistence'

/** The browser's answer to "keep my data when the disk runs low", and how much space is used. */
export function StoragePersistence(): React.JSX.Element {
  const { t } = useTranslation()
  const { storage } = useAppServices()
  const [state, setState] = useState<StorageState | null>(null)
  useEffect(() => {
    let live = true
    void storage.then((s) => live && setState(s))
    return () => {
      live = false
    }
  }, [storage])
  return (
    <section className="storage-persistence" aria-labelledby="storage-title" data-testid="storage-persistence">
      <h2 id="storage-title">{t('storage.title')}</h2>
      {state ? (
        <>
          <p data-testid="storage-answer" data-persistence={state.persistence}>
            {t(`storage.${state.persistence}`)}
          </p>
          {state.usage !== undefined && state.quota !== undefined ? (
            <p>{t('storage.usage', { used: Math.ceil(state.usage / 1024 / 1024), quota: Math.floor(state.quota / 1024 / 1024) })}</p>
          ) : null}
        </>
      ) : (
        <p aria-busy="true">{t('storage.asking')}</p>
      )}
    </section>
  )
}
