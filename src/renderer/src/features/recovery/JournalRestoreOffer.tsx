import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JournalState } from '../../../../shared/backup/journalEntry'
import type { MergeReport } from '../../../../shared/backup/merge'
import { useAppServices } from '../../app/AppServicesContext'
import { countsList } from './countsList'

/** Checked once the window has settled: the journal read is not in the way of the first paint. */
export const OFFER_CHECK_DELAY_MS = 800

type State =
  | { kind: 'checking' }
  | { kind: 'offer'; journal: JournalState; missing: { annotations: number; summaries: number; articles: number } }
  | { kind: 'restoring' }
  | { kind: 'done'; report: MergeReport }
  | { kind: 'failed'; message: string }
  | { kind: 'none' }

/**
 * At startup, a database that lacks records the journal holds (wiped, lost, or recreated after
 * damage) is noticed and a restore offered. Never automatic: the researcher decides.
 */
export function JournalRestoreOffer({ delayMs = OFFER_CHECK_DELAY_MS }: { delayMs?: number }): React.JSX.Element | null {
  const { t } = useTranslation()
  const { host, researcherData } = useAppServices()
  const [state, setState] = useState<State>({ kind: 'checking' })

  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      void (async () => {
        const journal = await host.call('journal:read', null)
        const missing = await researcherData.missing(journal)
        if (!live) return
        const any = missing.annotations + missing.summaries + missing.articles > 0
        setState(any ? { kind: 'offer', journal, missing } : { kind: 'none' })
      })().catch(() => live && setState({ kind: 'none' })) // no journal to offer from: nothing to say
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [host, researcherData, delayMs])

  if (state.kind === 'checking' || state.kind === 'none') return null
  const restore = async (journal: JournalState): Promise<void> => {
    setState({ kind: 'restoring' })
    try {
      setState({ kind: 'done', report: await researcherData.merge(journal, { fromJournal: true }) })
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }
  return (
    <section className="restore-offer" role="alertdialog" aria-labelledby="restore-offer-title" data-testid="restore-offer">
      <h2 id="restore-offer-title">{t('restoreOffer.title')}</h2>
      {state.kind === 'offer' ? (
        <>
          <p>{t('restoreOffer.explain')}</p>
          <p data-testid="restore-offer-counts">
            {t('restoreOffer.counts', { list: countsList(t, state.missing) })}
          </p>
          <div className="restore-offer__actions">
            <button type="button" className="button--primary" onClick={() => void restore(state.journal)} data-testid="restore-offer-accept">
              {t('restoreOffer.accept')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'none' })} data-testid="restore-offer-later">
              {t('restoreOffer.later')}
            </button>
          </div>
        </>
      ) : null}
      {state.kind === 'restoring' ? <p aria-busy="true">{t('restoreOffer.restoring')}</p> : null}
      {state.kind === 'done' ? (
        <>
          <p data-testid="restore-offer-done">
            {t('restoreOffer.done', {
              list: countsList(t, {
                annotations: state.report.annotations.added + state.report.annotations.updated,
                summaries: state.report.summaries.added,
                articles: state.report.articles.added,
                settings: state.report.settings.added + state.report.settings.updated
              })
            })}
          </p>
          <button type="button" onClick={() => setState({ kind: 'none' })} data-testid="restore-offer-close">
            {t('restoreOffer.close')}
          </button>
        </>
      ) : null}
      {state.kind === 'failed' ? (
        <>
          <p className="data-panel__error" dir="auto">
            {t('restoreOffer.failed', { message: state.message })}
          </p>
          <button type="button" onClick={() => setState({ kind: 'none' })}>
            {t('restoreOffer.close')}
          </button>
        </>
      ) : null}
    </section>
  )
}
