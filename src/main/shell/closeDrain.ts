import type { BrowserWindow } from 'electron'

export const CLOSE_DRAIN_TIMEOUT_MS = 5_000

type ClosableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'>

/**
 * A window closes only after the journal writes already on their way have reached the disk: the
 * close is held while any are pending, then repeated. A write that never settles does not keep the
 * window open forever (the researcher can always close the app).
 */
export function drainBeforeClose(
  win: ClosableWindow,
  writes: { pendingWrites(): number; drainWrites(): Promise<void> },
  timeoutMs = CLOSE_DRAIN_TIMEOUT_MS
): void {
  let released = false
  let draining = false
  win.on('close', (event) => {
    if (released || writes.pendingWrites() === 0) return
    event.preventDefault()
    if (draining) return
    draining = true
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))
    void Promise.race([writes.drainWrites(), timeout]).finally(() => {
      clearTimeout(timer)
      released = true
      if (!win.isDestroyed()) win.close()
    })
  })
}
