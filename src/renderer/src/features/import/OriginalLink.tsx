import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HostClient } from '../../host/hostClient'
import { readableUrl } from '../../../../shared/archive/urlKey'

/**
 * The article's web address, opened only in the system browser, only for http(s), and only after
 * the researcher confirms in a native dialog (the main process asks; see 'link:open').
 */
export function OriginalLink({ host, url }: { host: HostClient; url: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [problem, setProblem] = useState(false)
  if (!/^https?:\/\//i.test(url)) return null
  const open = (): void => {
    setProblem(false)
    host.call('link:open', { url }).catch(() => setProblem(true))
  }
  return (
    <p className="original-link">
      <button type="button" onClick={open} data-testid="open-original" title={url}>
        {t('fileImport.openOriginal')}
      </button>
      <span className="original-link__url" dir="ltr">
        {readableUrl(url)}
      </span>
      {problem ? <span role="alert">{t('fileImport.openFailed')}</span> : null}
    </p>
  )
}
