import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportListing } from '../../../../shared/host/fileImport'
import { collectDropped, type DroppedFile } from './dropFiles'
import type { FileImportState, FileReport } from './useFileImport'

interface Controls {
  state: FileImportState
  choose: (mode: 'files' | 'folder') => Promise<void>
  drop: (files: DroppedFile[], skipped: ImportListing['skipped']) => Promise<void>
  cancel: () => void
  dismiss: () => void
}

/** The two import buttons for the app bar. */
export function FileImportButtons({ controls, enabled }: { controls: Controls; enabled: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const busy = controls.state.status === 'running'
  return (
    <div className="file-import__buttons" role="group" aria-label={t('fileImport.title')}>
      <button type="button" onClick={() => void controls.choose('files')} disabled={!enabled || busy} data-testid="import-files">
        {t('fileImport.chooseFiles')}
      </button>
      <button type="button" onClick={() => void controls.choose('folder')} disabled={!enabled || busy} data-testid="import-folder">
        {t('fileImport.chooseFolder')}
      </button>
    </div>
  )
}

/** Drop target (the whole window), progress with cancel, and the per-file report. */
export function FileImportPanel({ controls, enabled, onOpen }: { controls: Controls; enabled: boolean; onOpen: (id: string) => void }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState(false)
  const { state, drop } = controls

  useEffect(() => {
    // Every drop is handled here, so a dropped file never navigates the window.
    const over = (e: DragEvent): void => {
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = enabled ? 'copy' : 'none'
      if (enabled) setDragging(true)
    }
    const leave = (e: DragEvent): void => {
      if (e.relatedTarget === null) setDragging(false)
    }
    const onDrop = (e: DragEvent): void => {
      e.preventDefault()
      setDragging(false)
      if (!enabled || !e.dataTransfer) return
      void collectDropped(e.dataTransfer).then(({ files, skipped }) => (files.length > 0 ? drop(files, skipped) : undefined))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', onDrop)
    }
  }, [drop, enabled])

  return (
    <>
      {dragging ? (
        <div className="file-import__drop" aria-hidden="true" data-testid="drop-overlay">
          <p>{t('fileImport.dropHere')}</p>
        </div>
      ) : null}
      {state.status === 'running' ? (
        <section className="file-import__progress" aria-live="polite" data-testid="file-import-progress">
          <p>{t('fileImport.progress', { done: state.done, total: state.total })}</p>
          <progress max={state.total} value={state.done} aria-label={t('fileImport.progressLabel')} />
          <p className="file-import__current" dir="auto">{state.current}</p>
          <button type="button" onClick={controls.cancel} disabled={state.cancelling} data-testid="import-cancel">
            {state.cancelling ? t('fileImport.cancelling') : t('fileImport.cancel')}
          </button>
        </section>
      ) : null}
      {state.status === 'finished' ? <ImportReport state={state} onDismiss={controls.dismiss} onOpen={onOpen} /> : null}
    </>
  )
}

function ImportReport({
  state,
  onDismiss,
  onOpen
}: {
  state: Extract<FileImportState, { status: 'finished' }>
  onDismiss: () => void
  onOpen: (id: string) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const count = (status: FileReport['status']): number => state.files.filter((f) => f.status === status).length
  const articles = state.files.reduce((n, f) => n + f.added, 0)
  return (
    <section className="file-import__report" aria-labelledby="file-import-report-title" data-testid="import-report">
      <header className="file-import__report-head">
        <h2 id="file-import-report-title">{state.cancelled ? t('fileImport.reportCancelled') : t('fileImport.reportTitle')}</h2>
        <p data-testid="import-summary">
          {t('fileImport.summary', { count: articles, added: count('added'), duplicate: count('duplicate'), failed: count('failed') })}
          {count('cancelled') > 0 ? ` ${t('fileImport.summaryCancelled', { count: count('cancelled') })}` : ''}
        </p>
        <button type="button" onClick={onDismiss} data-testid="import-report-close">
          {t('fileImport.close')}
        </button>
      </header>
      <table className="file-import__table">
        <thead>
          <tr>
            <th scope="col">{t('fileImport.file')}</th>
            <th scope="col">{t('fileImport.result')}</th>
            <th scope="col">{t('fileImport.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {state.files.map((f, i) => (
            <tr key={`${i}-${f.file}`} data-status={f.status} data-file={f.file} data-testid="import-row">
              <td dir="auto" className="file-import__name">
                {f.file}
              </td>
              <td>
                <span className={`file-import__status file-import__status--${f.status}`}>{t(`fileImport.status.${f.status}`)}</span>
              </td>
              <td>
                <FileDetail report={f} onOpen={onOpen} />
              </td>
            </tr>
          ))}
          {state.skipped.map((s, i) => (
            <tr key={`skip-${i}`} data-status="skipped" data-testid="import-row">
              <td dir="auto" className="file-import__name">
                {s.name}
              </td>
              <td>
                <span className="file-import__status file-import__status--skipped">{t('fileImport.status.skipped')}</span>
              </td>
              <td>{t(`fileImport.skipped.${s.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function FileDetail({ report, onOpen }: { report: FileReport; onOpen: (id: string) => void }): React.JSX.Element {
  const { t } = useTranslation()
  if (report.status === 'failed' && report.failure) {
    const f = report.failure
    const place = f.line !== undefined ? t(f.column !== undefined ? 'fileImport.placeLineColumn' : 'fileImport.placeLine', { line: f.line, column: f.column }) : ''
    return (
      <div className="file-import__detail">
        <span data-testid="failure-reason" data-code={f.code}>
          {t(`fileImport.reason.${f.code}`)}
          {place ? ` ${place}` : ''}
        </span>
        <details>
          <summary>{t('fileImport.technical')}</summary>
          <p dir="ltr" lang="en">
            {f.message}
          </p>
        </details>
      </div>
    )
  }
  if (report.status === 'cancelled') return <span>{t('fileImport.notImported')}</span>
  return (
    <div className="file-import__detail">
      <span>{t('fileImport.counts', { added: report.added, duplicates: report.duplicates })}</span>
      {report.changes?.length ? (
        <ul className="file-import__changes" aria-label={t('fileImport.changesTitle')} data-testid="import-changes">
          {report.changes.map((change) => (
            <li key={change.kind} data-change={change.kind}>
              {t(`fileImport.change.${change.kind}`, 'count' in change ? { count: change.count } : {})}
            </li>
          ))}
        </ul>
      ) : null}
      {report.notes.map((note) => (
        <span key={note} className="file-import__note" dir="ltr" lang="en">
          {note}
        </span>
      ))}
      {report.attached?.map((a) => (
        <span key={a.digestId} className="file-import__attached" data-testid="import-attached" data-digest-id={a.digestId}>
          {t('fileImport.attached')} <bdi dir="auto">{a.digestTitle}</bdi>{' '}
          <button type="button" className="file-import__open" onClick={() => onOpen(a.digestId)}>
            {t('fileImport.openDigest')}
          </button>
        </span>
      ))}
      {report.firstAddedId ? (
        <button type="button" className="file-import__open" onClick={() => onOpen(report.firstAddedId as string)}>
          {t('fileImport.open')}
        </button>
      ) : null}
    </div>
  )
}
