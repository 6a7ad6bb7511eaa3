import type { BrowserWindow } from 'electron'

type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus' | 'show' | 'isDestroyed'>

/** A second start of the app brings the existing window forward instead of opening another. */
export function focusExistingWindow(windows: readonly FocusableWindow[]): boolean {
  const win = windows.find((w) => !w.isDestroyed())
  if (!win) return false
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  return true
}
