import { useCallback, useEffect, useRef, useState } from 'react'
import { useAppServices } from '../../app/AppServicesContext'
import type { SyncOutcome, SyncProgress } from '../../db/archiveSync'

export type StartupState =
  | { status: 'checking' }
  | { status: 'importing'; progress: SyncProgress }
  | { status: 'ready'; outcome: SyncOutcome }
  | { status: 'failed'; message: string }

/** Runs the archive sync once per start (and on retry), reporting progress for the progress bar. */
export function useArchiveStartup(): { state: StartupState; retry: () => void } {
  const { archive } = useAppServices()
  const [state, setState] = useState<StartupState>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)
  const running = useRef(false)

  useEffect(() => {
    if (running.current) return
    running.current = true
    setState({ status: 'checking' })
    archive.sync((progress) => setState({ status: 'importing', progress }))
      .then((outcome) => setState({ status: 'ready', outcome }))
      .catch((err: unknown) => setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        running.current = false
      })
  }, [archive, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
