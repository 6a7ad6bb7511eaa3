import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildBackup, researcherDataOf } from '../../../../shared/backup/backupDocument'
import type { MergeReport, RefusedRecord } from '../../../../shared/backup/merge'
import { useAppServices } from '../../app/AppServicesContext'

/** Below this many annotations a restore is quick enough to need no progress bar. */
const MERGE_PROGRESS_FROM = 10_000

type Outcome =
  | { kind: 'saved'; path: string }
  | { kind: 'merged'; source: 'backup' | 'journal'; report: MergeReport; skippedLines: number }
  | { kind: 'error'; message: string }

/** Back up everything the researcher made to one file, restore from such a file, or rebuild from the journal. */
export function ResearcherDataPanel(): React.JSX.Element {
  const { t } = useTranslation()
  const { host, journal, researcherData } = useAppServices()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  // Before the first count the records are compared with what is held: seconds with tens of thousands.
  const [phase, setPhase] = useState<'comparing' | null>(null)
  const onProgress = (p: { done: number; total: number }): void => {
    setPhase(null)
    setProgress(p.total > MERGE_PROGRESS_FROM ? p : null)
  }

  const run = async (task: () => Promise<Outcome | null>): Promise<void> => {
    setBusy(true)
    try {
      setOutcome(await task())
    } catch (err) {
      setOutcome({ kind: 'error', message: err instanceof Error ? err.message : String(err) })
    } finally {
      setProgress(null)
      setPhase(null)
      setBusy(false)
    }
  }

  const backup = (): Promise<void> =>
    run(async () => {
      const info = await host.call('app:info', null)
      const doc = buildBackup(await researcherData.collect(), { name: info.name, version: info.version })
      const day = new Date().toISOString().slice(0, 10)
      const result = await host.call('backup:save', { defaultName: `bayegan-backup-${day}.jsonld`, content: JSON.stringify(doc, null, 2) })
      return result.status === 'saved' ? { kind: 'saved', path: result.path } : null
    })

  const restore = (): Promise<void> =>
    run(async () => {
      const opened = await host.call('backup:open', null)
      if (opened.status === 'cancelled') return null
      if (opened.status === 'invalid') return { kind: 'error', message: t('backup.invalid', { message: opened.message }) }
      setPhase('comparing')
      const report = await researcherData.merge(researcherDataOf(opened.document), { refused: opened.refused, onProgress })
      return { kind: 'merged', source: 'backup', report, skippedLines: 0 }
    })

  const fromJournal = (): Promise<void> =>
    run(async () => {
      await journal.flush()
      const state = await host.call('journal:read', null)
      setPhase('comparing')
      const report = await researcherData.merge(state, { fromJournal: true, onProgress })
      return { kind: 'merged', source: 'journal', report, skippedLines: state.skipped.length }
    })

  return (
    <section className="data-panel" aria-labelledby="data-panel-title">
      <h2 id="data-panel-title">{t('backup.title')}</h2>
      <p className="data-panel__explain">{t('backup.explain')}</p>
      <div className="data-panel__actions">
        <button type="button" disabled={busy} onClick={() => void backup()} data-testid="backup-export">
          {t('backup.export')}
        </button>
        <button type="button" disabled={busy} onClick={() => void restore()} data-testid="backup-import">
          {t('backup.import')}
        </button>
        <button type="button" disabled={busy} onClick={() => void fromJournal()} data-testid="journal-restore">
          {t('backup.fromJournal')}
        </button>
      </div>
      {progress ? (
        <p className="data-panel__progress" data-testid="restore-progress" data-phase="writing">
          <progress value={progress.done} max={progress.total} /> {t('backup.progress', { done: progress.done, total: progress.total })}
        </p>
      ) : phase ? (
        <p className="data-panel__progress" data-testid="restore-progress" data-phase={phase}>
          <progress /> {t('backup.comparing')}
        </p>
      ) : null}
      <div role="status" aria-live="polite" data-testid="data-outcome">
        {outcome?.kind === 'saved' ? <p>{t('backup.saved', { path: outcome.path })}</p> : null}
        {outcome?.kind === 'merged' ? <MergeSummary source={outcome.source} report={outcome.report} skippedLines={outcome.skippedLines} /> : null}
        {outcome?.kind === 'error' ? (
          <p className="data-panel__error" dir="auto">
            {outcome.message}
          </p>
        ) : null}
      </div>
    </section>
  )
}

function MergeSummary({ source, report, skippedLines }: { source: 'backup' | 'journal'; report: MergeReport; skippedLines: number }): React.JSX.Element {
  const { t } = useTranslation()
  const rows = [
    ['annotations', report.annotations],
    ['summaries', report.summaries],
    ['settings', report.settings],
    ['articles', report.articles],
    ['positions', report.positions]
  ] as const
  return (
    <div className="merge-report">
      <p>{t(source === 'backup' ? 'backup.mergedBackup' : 'backup.mergedJournal')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('backup.what')}</th>
            <th scope="col">{t('backup.added')}</th>
            <th scope="col">{t('backup.updated')}</th>
            <th scope="col">{t('backup.skipped')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, c]) => (
            <tr key={key} data-testid={`merge-${key}`}>
              <th scope="row">{t(`backup.kind.${key}`)}</th>
              <td>{t('backup.number', { n: c.added })}</td>
              <td>{t('backup.number', { n: c.updated })}</td>
              <td>{t('backup.number', { n: c.skipped })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {skippedLines > 0 ? <p className="data-panel__error">{t('backup.skippedLines', { count: skippedLines })}</p> : null}
      {report.refused.length > 0 ? <RefusedList refused={report.refused} /> : null}
    </div>
  )
}

/** Records the file held that were not taken: each named with why, so nothing vanishes unseen. */
function RefusedList({ refused }: { refused: readonly RefusedRecord[] }): React.JSX.Element {
  const { t } = useTranslation()
  const shown = refused.slice(0, 50)
  return (
    <div className="merge-report__refused" data-testid="merge-refused">
      <p className="data-panel__error">{t('backup.refused', { count: refused.length })}</p>
      <ul>
        {shown.map((r, i) => (
          <li key={`${r.kind}-${r.id}-${i}`}>
            {t(`backup.refusedKind.${r.kind}`)} <bdi dir="ltr">{r.id}</bdi>: {t(`backup.refusedCode.${r.code}`)}{' '}
            <small className="merge-report__detail" dir="ltr">
              {r.reason}
            </small>
          </li>
        ))}
      </ul>
      {refused.length > shown.length ? <p>{t('backup.refusedMore', { count: refused.length - shown.length })}</p> : null}
    </div>
  )
}
