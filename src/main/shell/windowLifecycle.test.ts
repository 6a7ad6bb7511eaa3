import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { asElectron, fake, FakeBrowserWindow } from '../../testSupport/fakeElectron'
import { drainBeforeClose } from './closeDrain'
import { installRecovery, type RecoveryReason } from './recovery'
import { focusExistingWindow } from './singleInstance'

beforeEach(() => fake.reset())
afterEach(() => vi.useRealTimers())

describe('single instance', () => {
  it('a second start restores and focuses the existing window', () => {
    const win = new FakeBrowserWindow()
    win.minimized = true
    expect(focusExistingWindow(asElectron<BrowserWindow[]>([win]))).toBe(true)
    expect(win.restored).toBe(1)
    expect(win.focused).toBe(1)
    expect(win.isMinimized()).toBe(false)
  })
  it('skips a destroyed window and does nothing without one', () => {
    const gone = new FakeBrowserWindow()
    gone.destroy()
    const live = new FakeBrowserWindow()
    expect(focusExistingWindow(asElectron<BrowserWindow[]>([gone, live]))).toBe(true)
    expect([gone.focused, live.focused]).toEqual([0, 1])
    expect(focusExistingWindow([])).toBe(false)
  })
})

describe('closing drains pending journal writes', () => {
  function pending() {
    let count = 0
    let release: () => void = () => undefined
    return {
      start: () => {
        count += 1
      },
      pendingWrites: () => count,
      drainWrites: () =>
        new Promise<void>((resolve) => {
          release = () => {
            count = 0
            resolve()
          }
        }),
      release: () => release()
    }
  }

  it('holds the close while a write is in flight and closes once it has reached the disk', async () => {
    const win = new FakeBrowserWindow()
    const writes = pending()
    drainBeforeClose(asElectron<BrowserWindow>(win), writes)
    writes.start()
    win.close()
    expect(win.destroyed).toBe(false)
    win.close() // pressing close again does not skip the drain
    expect(win.destroyed).toBe(false)
    writes.release()
    await vi.waitFor(() => expect(win.destroyed).toBe(true))
  })

  it('closes at once when nothing is pending', () => {
    const win = new FakeBrowserWindow()
    drainBeforeClose(asElectron<BrowserWindow>(win), pending())
    win.close()
    expect(win.destroyed).toBe(true)
  })

  it('a write that never settles does not keep the window open', async () => {
    const win = new FakeBrowserWindow()
    const writes = pending()
    drainBeforeClose(asElectron<BrowserWindow>(win), writes, 30)
    writes.start()
    win.close()
    expect(win.destroyed).toBe(false)
    await vi.waitFor(() => expect(win.destroyed).toBe(true))
  })
})

describe('recovery from a crashed or hung page', () => {
  function recovering(options: { maxReloads?: number; graceMs?: number } = {}) {
    const win = new FakeBrowserWindow()
    const reloads: RecoveryReason[] = []
    const gaveUp: RecoveryReason[] = []
    let t = 0
    installRecovery(asElectron<BrowserWindow>(win), {
      reload: (r) => reloads.push(r),
      giveUp: (r) => gaveUp.push(r),
      maxReloads: options.maxReloads ?? 3,
      windowMs: 60_000,
      unresponsiveGraceMs: options.graceMs ?? 10_000,
      now: () => t
    })
    return { win, reloads, gaveUp, advance: (ms: number) => (t += ms) }
  }

  it('reloads after a crash, but not after a clean exit', () => {
    const { win, reloads } = recovering()
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(reloads).toEqual([])
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 })
    expect(reloads).toEqual(['crashed', 'crashed'])
  })

  it('stops reloading after repeated crashes and shows the failure instead', () => {
    const { win, reloads, gaveUp, advance } = recovering({ maxReloads: 2 })
    for (let i = 0; i < 3; i++) win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    expect(reloads).toHaveLength(2)
    expect(gaveUp).toEqual(['crashed'])
    advance(61_000)
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    expect(reloads).toHaveLength(3)
  })

  it('gives a hung page time, then ends it and reloads saying it hung', () => {
    vi.useFakeTimers()
    const { win, reloads } = recovering({ graceMs: 1_000 })
    win.emit('unresponsive')
    vi.advanceTimersByTime(999)
    expect(win.webContents.crashedByUs).toBe(0)
    vi.advanceTimersByTime(1)
    expect(win.webContents.crashedByUs).toBe(1)
    // Electron then reports the renderer gone (killed), which reloads.
    win.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 })
    expect(reloads).toEqual(['unresponsive'])
  })

  it('leaves a page alone that becomes responsive again', () => {
    vi.useFakeTimers()
    const { win } = recovering({ graceMs: 1_000 })
    win.emit('unresponsive')
    vi.advanceTimersByTime(500)
    win.emit('responsive')
    vi.advanceTimersByTime(5_000)
    expect(win.webContents.crashedByUs).toBe(0)
  })
})
