import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FeedStatus } from './FeedsPanel'
import type { FeedsOnStart } from './useFeedsOnStart'

/** What the start-up check of followed feeds did, feed by feed, until the researcher dismisses it. */
export function FeedsStartupStatus({ state }: { state: FeedsOnStart }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState(false)
  if (state.kind === 'idle' || dismissed) return null
  return (
    <section className="feeds-startup" role="status" aria-live="polite" data-testid="feeds-startup" data-kind={state.kind}>
      <p className="feeds-startup__summary">
        {state.kind === 'checking' ? t('feeds.startup.checking') : null}
        {state.kind === 'failed' ? t('feeds.startup.failed') : null}
        {state.kind === 'done' ? t('feeds.startup.done', { count: state.outcome.added, added: state.outcome.added, duplicates: state.outcome.duplicates }) : null}
      </p>
      {state.kind === 'done' ? (
        <ul className="feeds__list">
          {state.feeds.map((feed) => (
            <li key={feed.url} data-testid="feeds-startup-row" data-url={feed.url}>
              <span className="feeds__url" dir="ltr" lang="en">
                {feed.url}
              </span>
              <FeedStatus feed={feed} />
            </li>
          ))}
        </ul>
      ) : null}
      {state.kind !== 'checking' ? (
        <button type="button" onClick={() => setDismissed(true)} data-testid="feeds-startup-dismiss">
          {t('feeds.startup.dismiss')}
        </button>
      ) : null}
    </section>
  )
}
