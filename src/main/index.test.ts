/**
 * src/main/index.ts itself, run against the fake 'electron' (vitest.config.ts): what the shell
 * registers, the window it opens, and how it behaves on a second start and a failed start.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHANNELS } from '../shared/host/channels'
import type * as FakeElectron from '../testSupport/fakeElectron'

// index.ts runs its top level once per import: each test loads a fresh copy of it and of the fake
// 'electron' it imports (vi.resetModules), and uses that same copy of the fake.
let E: typeof FakeElectron
let fake: typeof FakeElectron.fake
let FakeBrowserWindow: typeof FakeElectron.FakeBrowserWindow
let FakeEvent: typeof FakeElectron.FakeEvent
let FakeWebContents: typeof FakeElectron.FakeWebContents
let FakeWebFrame: typeof FakeElectron.FakeWebFrame
let dir: string
beforeEach(async () => {
  vi.resetModules()
  E = await import('../testSupport/fakeElectron')
  ;({ fake, FakeBrowserWindow, FakeEvent, FakeWebContents, FakeWebFrame } = E)
  dir = mkdtempSync(join(tmpdir(), 'bayegan-shell-'))
  fake.app.paths = { userData: join(dir, 'userData'), temp: dir, documents: dir }
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

async function startShell(): Promise<FakeElectron.FakeBrowserWindow> {
  await import('./index')
  fake.app.readyResolve?.()
  await vi.waitFor(() => expect(FakeBrowserWindow.created[0]?.loaded.length ?? 0).toBeGreaterThan(0))
  return FakeBrowserWindow.created[0] as FakeElectron.FakeBrowserWindow
}

describe('the Electron shell (src/main/index.ts)', () => {
  it('registers app:// as a privileged standard scheme before ready', async () => {
    await import('./index')
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })

  it('opens one sandboxed, isolated window on app://bayegan with every channel wired', async () => {
    const win = await startShell()
    expect(win.loaded).toEqual(['app://bayegan/index.html'])
    expect(win.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    expect(String((win.options['webPreferences'] as Record<string, unknown>)['preload'])).toMatch(/preload[\\/]index\.cjs$/)
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    expect(await fake.ipcMain.invoke('app:info', null, new FakeWebFrame('app://bayegan/index.html'))).toMatchObject({ ok: true })
    expect(await fake.ipcMain.invoke('app:info', null, new FakeWebFrame('https://example.org/'))).toMatchObject({ ok: false })
    // The protocol serves the renderer folder next to the built main (here: src/renderer's index.html).
    expect((await fake.protocol.fetch('app://bayegan/index.html')).status).toBe(200)
    expect((await fake.protocol.fetch('app://bayegan/../main/index.ts')).status).toBe(404)
    // And the bundled pack's prebuilt search index, the same bytes as the file beside the pack.
    const served = await fake.protocol.fetch('app://bayegan/pack-index/elecomp')
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync(join('resources', 'archive', 'elecomp.index.bin')))).toBe(true)
    expect((await fake.protocol.fetch('app://bayegan/pack-index/nothing-here')).status).toBe(404)
  })

  it('guards every web-contents and denies every permission', async () => {
    const win = await startShell()
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    const other = new FakeWebContents()
    fake.app.emit('web-contents-created', new FakeEvent(), other)
    expect(other.fire('will-navigate', 'https://example.org/').defaultPrevented).toBe(true)
    let granted: boolean | undefined
    fake.session.defaultSession.permissionRequestHandler?.(null, 'media', (g) => (granted = g), {})
    expect(granted).toBe(false)
  })

  it('does not trust ELECTRON_RENDERER_URL outside electron-vite dev', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const win = await startShell()
    expect(win.loaded).toEqual(['app://bayegan/index.html'])
    expect(await fake.ipcMain.invoke('app:info', null, new FakeWebFrame('http://localhost:5173/'))).toMatchObject({ ok: false })
  })

  it('a second start focuses the existing window', async () => {
    const win = await startShell()
    win.minimized = true
    fake.app.emit('second-instance')
    expect(win.restored).toBe(1)
    expect(win.focused).toBe(1)
    expect(FakeBrowserWindow.created).toHaveLength(1)
  })

  it('quits when another instance holds the lock', async () => {
    fake.app.lockGranted = false
    await import('./index')
    expect(fake.app.quitCalls).toBe(1)
  })

  it('closing the window waits until a journal write in flight is on disk', async () => {
    const win = await startShell()
    const at = '2026-11-01T10:00:00.000Z'
    const record = { id: 'a1', articleId: 'zoomit-e942ce09813ba0d2', target: null, quote: null, colour: 'yellow', note: 'یادداشت پیش از بستن', tags: [], orphan: false, createdAt: at, updatedAt: at, deletedAt: null }
    const write = fake.ipcMain.invoke('journal:append', { changes: [{ kind: 'annotation', record }] }, new FakeWebFrame('app://bayegan/index.html'))
    win.close()
    expect(win.destroyed).toBe(false)
    await vi.waitFor(() => expect(win.destroyed).toBe(true))
    expect(await write).toMatchObject({ ok: true, value: { lastSeq: 1 } })
    expect(readFileSync(join(dir, 'userData', 'researcher-journal.jsonl'), 'utf8')).toContain('یادداشت پیش از بستن')
  })

  it('a crashed page reloads with a note for the renderer', async () => {
    const win = await startShell()
    win.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 11 })
    expect(win.loaded.at(-1)).toBe('app://bayegan/index.html?recovered=crashed')
  })

  it('shows a startup failure in the window', async () => {
    writeFileSync(join(dir, 'file'), 'x')
    fake.app.paths['userData'] = join(dir, 'file', 'userData') // mkdir fails: a file is in the way
    const win = await startShell()
    expect(win.loaded[0]).toMatch(/^data:text\/html/)
    expect(decodeURIComponent(win.loaded[0] ?? '')).toMatch(/ENOTDIR|EEXIST/)
    expect(win.shown).toBe(true)
  })

  it('a failure before any window exists is shown in a native box, then the app quits', async () => {
    await import('./index')
    fake.app.on('web-contents-created', () => {
      throw new Error('GPU process unavailable')
    })
    fake.app.readyResolve?.()
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1))
    expect(fake.dialog.calls.map((c) => c.kind)).toEqual(['error'])
    expect(String(fake.dialog.calls[0]?.options['content'])).toContain('GPU process unavailable')
  })

  it('a window that cannot load the renderer says so in the window', async () => {
    await import('./index')
    fake.app.on('web-contents-created', (_event: unknown, contents: FakeElectron.FakeWebContents) => {
      if (contents.owner) contents.owner.loadImpl = async (url) => {
        if (url.startsWith('app:')) throw new Error('ERR_FILE_NOT_FOUND (-6)')
      }
    })
    const win = await startShell()
    await vi.waitFor(() => expect(win.loaded).toHaveLength(2))
    expect(decodeURIComponent(win.loaded[1] ?? '')).toContain('ERR_FILE_NOT_FOUND')
  })
})
