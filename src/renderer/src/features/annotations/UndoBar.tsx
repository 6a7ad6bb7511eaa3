import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JournalStatus } from '../../db/annotationsJournal'
import { useCommand } from '../../ui/keyboard/KeyboardContext'
import { useAppServices } from '../../app/AppServicesContext'
import type { UndoEntry } from '../../app/undoHistory'
import { Kbd } from './Kbd'

const SHOW_MS = 8000

/**
 * Says what the last change was with an Undo button, and listens for Ctrl+Z (outside text fields,
 * which keep their own undo). Also warns, and keeps warning, if the journal cannot be written.
 */
export function UndoBar(): React.JSX.Element {
  const { t } = useTranslation()
  const { history, journal } = useAppServices()
  const [shown, setShown] = useState<UndoEntry | null>(null)
  const [undone, setUndone] = useState<'undone' | 'changed-since' | null>(null)
  const [journalStatus, setJournalStatus] = useState<JournalStatus>(journal.status())

  useEffect(() => journal.subscribe(setJournalStatus), [journal])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = history.subscribe((event) => {
      clearTimeout(timer)
      setUndone(event === 'undo' ? 'undone' : event === 'changed-since' ? 'changed-since' : null)
      setShown(event === 'push' ? history.latest() : null)
      if (event === 'push') timer = setTimeout(() => setShown(null), SHOW_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [history])

  // Text fields keep their own Ctrl+Z: the registry does not give them this command.
  useCommand('history.undo', () => void history.undo())

  const undo = (): void => void history.undo()
  return (
    <div className="undo-region">
      <div role="status" aria-live="polite" className="undo-bar-wrap">
        {shown ? (
          <div className="undo-bar" data-testid="undo-bar">
            <span>{t(`annotations.changed.${shown.change.after.target ? 'highlight' : 'note'}.${shown.kind}`)}</span>
            <button type="button" onClick={undo} data-testid="undo">
              {t('annotations.undo')} <Kbd>Ctrl+Z</Kbd>
            </button>
          </div>
        ) : undone === 'undone' ? (
          <span className="visually-hidden">{t('annotations.undone')}</span>
        ) : undone === 'changed-since' ? (
          <span className="undo-bar undo-bar--refused" data-testid="undo-changed-since">
            {t('annotations.undoChangedSince')}
          </span>
        ) : null}
      </div>
      {journalStatus.failing ? (
        <p role="alert" className="journal-warning" data-testid="journal-warning">
          {t('annotations.journalFailing', { count: journalStatus.pending })}
        </p>
      ) : null}
    </div>
  )
}
