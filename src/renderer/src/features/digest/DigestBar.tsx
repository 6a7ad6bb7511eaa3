import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleRecord, BayeganDb } from '../../db/database'
import { annotationCountOn, detachOriginal, digestPairOf } from '../../db/originals'
import type { HostClient } from '../../host/hostClient'
import { OriginalLink } from '../import/OriginalLink'

interface Props {
  db: BayeganDb
  host: HostClient
  /** The open record: a digest, the researcher's copy of a digest's original, or any article. */
  record: ArticleRecord
  /** Shows another record in the reader (the digest or its copy). */
  onSwitch: (articleId: string) => void
}

/**
 * Above the reader: for a digest, who wrote it and whose report it digests, with the original's
 * address (opened only after the researcher confirms, in the main process); when the researcher
 * attached their saved copy of the original, tabs between the two. Other articles keep the plain link.
 */
export function DigestBar({ db, host, record, onSwitch }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const pair = useLiveQuery(() => digestPairOf(db, record), [db, record])
  if (pair === undefined) return record.item.url && record.item.kind !== 'digest' && !record.originalOf ? <OriginalLink host={host} url={record.item.url} /> : null
  const { digest, copy } = pair
  const source = digest.item.source
  const outlet = i18n.language === 'en' && source.nameEn ? source.nameEn : source.name
  const showingCopy = copy !== undefined && record.id === copy.id
  return (
    <section className="digest-bar" aria-label={t('digest.label')} data-testid="digest-notice">
      <p className="digest-bar__notice">
        <span className="digest-badge">{t('digest.badge')}</span> <span dir="auto">{t('digest.notice', { outlet })}</span>
      </p>
      {digest.item.url ? <OriginalLink host={host} url={digest.item.url} /> : null}
      {copy ? (
        <>
          <div role="tablist" className="digest-bar__tabs" aria-label={t('digest.tabs')}>
            <button type="button" role="tab" aria-selected={!showingCopy} onClick={() => onSwitch(digest.id)} data-testid="tab-digest">
              {t('digest.tabDigest')}
            </button>
            <button type="button" role="tab" aria-selected={showingCopy} onClick={() => onSwitch(copy.id)} data-testid="tab-original">
              {t('digest.tabOriginal')}
            </button>
          </div>
          {showingCopy ? <p className="digest-bar__copy">{t('digest.copyNote')}</p> : null}
          <Detach db={db} copyId={copy.id} onDetached={() => onSwitch(digest.id)} />
        </>
      ) : (
        <p className="digest-bar__hint">{t('digest.attachHint')}</p>
      )}
    </section>
  )
}

function Detach({ db, copyId, onDetached }: { db: BayeganDb; copyId: string; onDetached: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [failed, setFailed] = useState(false)
  const annotations = useLiveQuery(() => annotationCountOn(db, copyId), [db, copyId]) ?? 0
  if (!asking) {
    return (
      <button type="button" className="digest-bar__detach" onClick={() => setAsking(true)} data-testid="detach-original">
        {t('digest.detach')}
      </button>
    )
  }
  const confirm = (): void => {
    setFailed(false)
    detachOriginal(db, copyId).then(onDetached, () => setFailed(true))
  }
  return (
    <div className="digest-bar__confirm" role="alertdialog" aria-labelledby="detach-question" data-testid="detach-confirm">
      <p id="detach-question">{t('digest.detachQuestion', { count: annotations })}</p>
      <button type="button" onClick={confirm} data-testid="detach-confirm-yes">
        {t('digest.detachConfirm')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('digest.detachCancel')}
      </button>
      {failed ? <span role="alert">{t('digest.detachFailed')}</span> : null}
    </div>
  )
}
