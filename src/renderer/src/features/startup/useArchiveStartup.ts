import { useCallback, useEffect, useRef, useState } from 'react'
import type { BayeganDb } from '../../db/database'
import { syncArchive, type SyncOutcome, type SyncProgress } from '../../db/archiveSync'
import type { HostClient } from '../../host/hostClient'

export type StartupState =
  | { status: 'checking' }
  | { status: 'importing'; progress: SyncProgress }
  | { status: 'ready'; outcome: SyncOutcome }
  | { status: 'failed'; message: string }

/** Runs the archive sync once per start (and on retry), reporting progress for the progress bar. */
export function useArchiveStartup(db: BayeganDb, host: HostClient): { state: StartupState; retry: () => void } {
  const [state, setState] = useState<StartupState>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)
  const running = useRef(false)

  useEffect(() => {
    if (running.current) return
    running.current = true
    setState({ status: 'checking' })
    syncArchive(db, host, (progress) => setState({ status: 'importing', progress }))
      .then((outcome) => setState({ status: 'ready', outcome }))
      .catch((err: unknown) => setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        running.current = false
      })
  }, [db, host, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
