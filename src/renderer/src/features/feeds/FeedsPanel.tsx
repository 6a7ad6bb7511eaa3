import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedsState, FeedView } from '../../../../shared/host/feeds'
import { useAppServices } from '../../app/AppServicesContext'
import { storeFeedPages, type FeedStoreOutcome } from './storeFeedPages'

type Message =
  | { kind: 'none' }
  | { kind: 'invalid'; problem: 'bad-address' | 'duplicate' }
  | { kind: 'off' }
  | { kind: 'checking' }
  | { kind: 'checked'; outcome: FeedStoreOutcome }
  | { kind: 'failed' }

/**
 * Followed feeds: the list and the switch live in the main process, which alone fetches.
 * `checkedOnStart` is the feed list the start-up check came back with: when it lands while the panel
 * is open, each feed's status is brought up to date instead of showing "not checked yet".
 */
export function FeedsPanel({ checkedOnStart }: { checkedOnStart?: readonly FeedView[] | undefined }): React.JSX.Element {
  const { host, archive } = useAppServices()
  const { t } = useTranslation()
  const id = useId()
  const [state, setState] = useState<FeedsState | null>(null)
  const [url, setUrl] = useState('')
  const [keywords, setKeywords] = useState('')
  const [message, setMessage] = useState<Message>({ kind: 'none' })

  useEffect(() => {
    void host.call('feeds:get', null).then(setState, () => setMessage({ kind: 'failed' }))
  }, [host])
  useEffect(() => {
    if (!checkedOnStart) return
    const statusOf = new Map(checkedOnStart.map((f) => [f.url, f.status]))
    // Only the statuses: feeds added or removed here meanwhile stay as the researcher left them.
    setState((s) => (s ? { ...s, feeds: s.feeds.map((f) => (statusOf.has(f.url) ? { ...f, status: statusOf.get(f.url) } : f)) } : s))
  }, [checkedOnStart])
  if (!state) return <section className="settings__section" aria-busy="true" />

  const save = async (next: FeedsState): Promise<boolean> => {
    try {
      const saved = await host.call('feeds:save', { fetchingOn: next.fetchingOn, checkOnStart: next.checkOnStart, feeds: next.feeds.map(({ url, keywords }) => ({ url, keywords })) })
      if (!saved.ok) {
        setMessage({ kind: 'invalid', problem: saved.problem })
        return false
      }
      setState(saved.state)
      setMessage({ kind: 'none' })
      return true
    } catch {
      setMessage({ kind: 'failed' })
      return false
    }
  }
  const add = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    const words = keywords.split(/[,،]/).map((k) => k.trim()).filter(Boolean)
    if (await save({ ...state, feeds: [...state.feeds, { url: url.trim(), keywords: words }] })) {
      setUrl('')
      setKeywords('')
    }
  }
  const check = async (): Promise<void> => {
    setMessage({ kind: 'checking' })
    try {
      const result = await host.call('feeds:check', null)
      setState(result.state)
      if (result.skipped === 'off') return setMessage({ kind: 'off' })
      setMessage({ kind: 'checked', outcome: await storeFeedPages(archive, result.pages) })
    } catch {
      setMessage({ kind: 'failed' })
    }
  }

  return (
    <section className="settings__section feeds" data-testid="feeds-panel">
      <h2>{t('feeds.heading')}</h2>
      <p className="settings__intro">{t('feeds.intro')}</p>
      <label className="feeds__switch">
        <input type="checkbox" checked={state.fetchingOn} onChange={(e) => void save({ ...state, fetchingOn: e.target.checked })} data-testid="feeds-on" />
        {t('feeds.fetchingOn')}
      </label>
      <label className="feeds__switch">
        <input type="checkbox" checked={state.checkOnStart} onChange={(e) => void save({ ...state, checkOnStart: e.target.checked })} data-testid="feeds-on-start" />
        {t('feeds.checkOnStart')}
      </label>
      <ul className="feeds__list" data-testid="feeds-list">
        {state.feeds.map((feed) => (
          <li key={feed.url} data-testid="feed-row" data-url={feed.url}>
            <span className="feeds__url" dir="ltr" lang="en">
              {feed.url}
            </span>
            {feed.keywords.length > 0 ? (
              <span className="feeds__keywords" dir="auto">
                {t('feeds.keywordsShown', { keywords: feed.keywords.join('، ') })}
              </span>
            ) : null}
            <FeedStatus feed={feed} />
            <button type="button" onClick={() => void save({ ...state, feeds: state.feeds.filter((f) => f.url !== feed.url) })}>
              {t('feeds.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="feeds__add" onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor={`${id}-url`}>{t('feeds.url')}</label>
        <input id={`${id}-url`} type="url" dir="ltr" lang="en" spellCheck={false} maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="feed-url" />
        <label htmlFor={`${id}-keywords`}>{t('feeds.keywords')}</label>
        <input id={`${id}-keywords`} type="text" dir="auto" maxLength={1000} value={keywords} onChange={(e) => setKeywords(e.target.value)} data-testid="feed-keywords" />
        <button type="submit" data-testid="feed-add">
          {t('feeds.add')}
        </button>
      </form>
      <button type="button" onClick={() => void check()} disabled={message.kind === 'checking'} data-testid="feeds-check">
        {t('feeds.checkNow')}
      </button>
      <p role="status" data-testid="feeds-message" data-kind={message.kind}>
        {message.kind === 'invalid' ? t(`feeds.invalid.${message.problem}`) : null}
        {message.kind === 'off' ? t('feeds.off') : null}
        {message.kind === 'checking' ? t('feeds.checking') : null}
        {message.kind === 'checked' ? t('feeds.checked', { added: message.outcome.added, duplicates: message.outcome.duplicates }) : null}
        {message.kind === 'failed' ? t('feeds.failed') : null}
      </p>
    </section>
  )
}

/** One feed's last check, in the researcher's language (also shown by the start-up check). */
export function FeedStatus({ feed }: { feed: FeedView }): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const status = feed.status
  if (!status) return <span className="feeds__status">{t('feeds.notChecked')}</span>
  const when = new Intl.DateTimeFormat(i18n.language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(status.checkedAt))
  return (
    <span className="feeds__status" data-testid="feed-status" data-outcome={status.outcome}>
      {status.outcome === 'ok'
        ? t('feeds.statusOk', { when, matched: status.matched ?? 0, total: status.total ?? 0, taken: status.taken ?? 0 })
        : t('feeds.statusFailed', { when, reason: t(`feeds.problem.${status.problem ?? 'network'}`) })}
    </span>
  )
}
