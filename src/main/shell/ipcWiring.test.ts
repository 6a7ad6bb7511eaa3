import { describe, expect, it } from 'vitest'
import type { IpcMain } from 'electron'
import { CHANNELS } from '../../shared/host/channels'
import type { Handlers } from '../../shared/host/contract'
import { createHandlers } from '../handlers'
import { testPlatform } from '../../testSupport/platform'
import { asElectron, fake, FakeWebFrame } from '../../testSupport/fakeElectron'
import { isTrustedRendererUrl } from '../security/trustedOrigin'
import { wireIpc } from './ipcWiring'

function wired(handlers: Handlers = createHandlers(testPlatform()), devServerUrl?: string) {
  fake.reset()
  const wiring = wireIpc(asElectron<IpcMain>(fake.ipcMain), handlers, (url) => isTrustedRendererUrl(url, devServerUrl))
  return { wiring, ipc: fake.ipcMain }
}

const top = (url: string): FakeWebFrame => new FakeWebFrame(url)
const untrusted = { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }

describe('IPC: every channel, the sender checked first', () => {
  it('registers each channel of the contract', () => {
    const { ipc } = wired()
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('answers the renderer top frame', async () => {
    const { ipc } = wired()
    expect(await ipc.invoke('app:info', undefined, top('app://bayegan/index.html'))).toMatchObject({ ok: true, value: { name: 'Bayegan' } })
  })

  it('refuses other origins, a missing frame, and frames inside the page even of our own origin', async () => {
    const { ipc } = wired()
    const page = top('app://bayegan/index.html')
    for (const frame of [
      top('https://example.org/'),
      top('app://print/0b5c.html'),
      top('app://evil/index.html'),
      top('file:///work/out/renderer/index.html'),
      top('http://localhost:5173/'),
      new FakeWebFrame('app://bayegan/index.html', page),
      new FakeWebFrame('https://example.org/', page),
      null
    ]) {
      expect(await ipc.invoke('app:info', undefined, frame), frame?.url ?? 'null').toEqual(untrusted)
    }
  })

  it('validates the payload after the sender check', async () => {
    const { ipc } = wired()
    const result = (await ipc.invoke('archive:page', { packId: 1 }, top('app://bayegan/'))) as { ok: boolean; error?: { code: string } }
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('bad-payload')
  })

  it('answers the dev server only when one is trusted', async () => {
    const { ipc } = wired(createHandlers(testPlatform()), 'http://localhost:5173')
    expect(await ipc.invoke('app:info', undefined, top('http://localhost:5173/'))).toMatchObject({ ok: true })
  })
})

describe('pending journal writes', () => {
  it('drainWrites waits for writes in flight, including ones that start while draining', async () => {
    let release: () => void = () => undefined
    const finished: number[] = []
    const base = createHandlers(testPlatform())
    let n = 0
    const handlers: Handlers = {
      ...base,
      'journal:append': async () => {
        const i = ++n
        await new Promise<void>((resolve) => (release = resolve))
        finished.push(i)
        return { lastSeq: i }
      }
    }
    const { wiring, ipc } = wired(handlers)
    const at = '2026-11-01T10:00:00.000Z'
    const record = { id: 'a1', articleId: 'zoomit-e942ce09813ba0d2', target: null, quote: null, colour: 'yellow', note: 'یادداشت', tags: [], orphan: false, createdAt: at, updatedAt: at, deletedAt: null }
    const change = { changes: [{ kind: 'annotation', record }] }
    const first = ipc.invoke('journal:append', change, top('app://bayegan/'))
    await new Promise((r) => setTimeout(r, 0))
    expect(wiring.pendingWrites()).toBe(1)
    let drained = false
    const draining = wiring.drainWrites().then(() => (drained = true))
    const releaseFirst = release
    void ipc.invoke('journal:append', change, top('app://bayegan/'))
    await new Promise((r) => setTimeout(r, 0))
    releaseFirst()
    await first
    await new Promise((r) => setTimeout(r, 0))
    expect(drained).toBe(false)
    release()
    await draining
    expect(finished).toEqual([1, 2])
    expect(wiring.pendingWrites()).toBe(0)
  })
})
