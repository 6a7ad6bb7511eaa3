import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from '../../app/AppServicesContext'
import { useLive } from '../../app/liveData'
import type { ArticleRecord } from '../../db/records'
import { OriginalLink } from '../import/OriginalLink'

interface Props {
  /** The open record: a digest, the researcher's copy of a digest's original, or any article. */
  record: ArticleRecord
  /** Shows another record in the reader (the digest or its copy). */
  onSwitch: (articleId: string) => void
}

/**
 * Above the reader: for a digest, who wrote it and whose report it digests, with the original's
 * address (opened only after the researcher confirms, in the main process); when the researcher
 * attached their saved copy of the original, tabs between the two.
 */
export function DigestBar({ record, onSwitch }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const pair = useLive((s) => s.articles.digestPair(record), [record])
  // Other articles show their address in the reader's toolbar.
  if (pair === undefined) return null
  const { digest, copy } = pair
  const source = digest.item.source
  const outlet = i18n.language === 'en' && source.nameEn ? source.nameEn : source.name
  const showingCopy = copy !== undefined && record.id === copy.id
  return (
    <section className="digest-bar" aria-label={t('digest.label')} data-testid="digest-notice">
      <p className="digest-bar__notice">
        <span className="digest-badge">{t('digest.badge')}</span> <span dir="auto">{t('digest.notice', { outlet })}</span>
      </p>
      {digest.item.url ? <OriginalLink url={digest.item.url} /> : null}
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
          <Detach copyId={copy.id} onDetached={() => onSwitch(digest.id)} />
        </>
      ) : (
        <p className="digest-bar__hint">{t('digest.attachHint')}</p>
      )}
    </section>
  )
}

function Detach({ copyId, onDetached }: { copyId: string; onDetached: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [failed, setFailed] = useState(false)
  const { articles } = useAppServices()
  const annotations = useLive((s) => s.articles.annotationCount(copyId), [copyId]) ?? 0
  if (!asking) {
    return (
      <button type="button" className="digest-bar__detach" onClick={() => setAsking(true)} data-testid="detach-original">
        {t('digest.detach')}
      </button>
    )
  }
  const confirm = (): void => {
    setFailed(false)
    articles.detachOriginal(copyId).then(onDetached, () => setFailed(true))
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
