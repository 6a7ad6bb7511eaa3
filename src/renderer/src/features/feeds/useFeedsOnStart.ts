// "Check on start": once the library is on screen, ask the main process for its start-up check.
// The main process alone decides (fetching on AND check on start on, once per app run); nothing is
// asked before the archive is ready, so the first screen never waits on the network.
import { useEffect, useRef, useState } from 'react'
import type { FeedView } from '../../../../shared/host/feeds'
import { useAppServices } from '../../app/AppServicesContext'
import { storeFeedPages, type FeedStoreOutcome } from './storeFeedPages'

export type FeedsOnStart = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; feeds: FeedView[]; outcome: FeedStoreOutcome } | { kind: 'failed' }

export function useFeedsOnStart(ready: boolean): FeedsOnStart {
  const { host, archive } = useAppServices()
  const [state, setState] = useState<FeedsOnStart>({ kind: 'idle' })
  // One ask per mounted app, even when React runs effects twice in development.
  const asked = useRef(false)
  useEffect(() => {
    if (!ready || asked.current) return
    asked.current = true
    // After this frame is painted: the check runs behind the library, never before it.
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const settings = await host.call('feeds:get', null)
          if (!settings.fetchingOn || !settings.checkOnStart) return
          setState({ kind: 'checking' })
          const result = await host.call('feeds:startup', null)
          if (result.skipped) return setState({ kind: 'idle' })
          const outcome = await storeFeedPages(archive, result.pages)
          setState({ kind: 'done', feeds: result.state.feeds, outcome })
        } catch {
          setState({ kind: 'failed' })
        }
      })()
    }, 0)
    // No clean-up of the timer: the ask is made once per app run, and a second effect run must not lose it.
    void timer
  }, [ready, host, archive])
  return state
}
