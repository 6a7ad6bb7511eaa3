import type { BrowserWindow, RenderProcessGoneDetails } from 'electron'

export type RecoveryReason = 'crashed' | 'unresponsive'

export interface RecoveryOptions {
  /** Loads the renderer again; the reason travels in the URL so the page can say what happened. */
  reload(reason: RecoveryReason): void
  /** After this many reloads within `windowMs`, stop and let giveUp() show the failure instead of looping. */
  maxReloads?: number
  windowMs?: number
  /** How long a hung page may stay unresponsive before it is restarted. */
  unresponsiveGraceMs?: number
  giveUp(reason: RecoveryReason): void
  now?: () => number
}

type RecoverableWindow = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'forcefullyCrashRenderer'>
}

/**
 * When the page's process dies or hangs, the window reloads the renderer (IndexedDB and the journal
 * keep everything already written) and the page says it was restarted. A hang is given time first;
 * then the renderer is ended, which brings it back through the same path. Repeated crashes stop.
 */
export function installRecovery(win: RecoverableWindow, options: RecoveryOptions): void {
  const maxReloads = options.maxReloads ?? 3
  const windowMs = options.windowMs ?? 60_000
  const graceMs = options.unresponsiveGraceMs ?? 10_000
  const now = options.now ?? Date.now
  const reloads: number[] = []
  let hangTimer: NodeJS.Timeout | undefined
  let endedForHang = false

  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (win.isDestroyed() || details.reason === 'clean-exit') return
    const reason: RecoveryReason = endedForHang ? 'unresponsive' : 'crashed'
    endedForHang = false
    const t = now()
    while (reloads.length > 0 && t - (reloads[0] as number) > windowMs) reloads.shift()
    if (reloads.length >= maxReloads) {
      options.giveUp(reason)
      return
    }
    reloads.push(t)
    options.reload(reason)
  })
  win.on('unresponsive', () => {
    clearTimeout(hangTimer)
    hangTimer = setTimeout(() => {
      if (win.isDestroyed()) return
      endedForHang = true
      win.webContents.forcefullyCrashRenderer()
    }, graceMs)
  })
  win.on('responsive', () => clearTimeout(hangTimer))
  win.on('closed', () => clearTimeout(hangTimer))
}
