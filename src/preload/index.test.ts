import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostBridge } from '../shared/host/contract'
import type * as FakeElectron from '../testSupport/fakeElectron'

let fake: typeof FakeElectron.fake
beforeEach(async () => {
  vi.resetModules()
  ;({ fake } = await import('../testSupport/fakeElectron'))
  await import('./index')
})

describe('the preload', () => {
  it('exposes window.bayegan with invoke and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['bayegan'])
    expect(Object.keys(fake.contextBridge.exposed.get('bayegan') as object)).toEqual(['invoke'])
  })

  it('passes contract channels to the main process and refuses others without sending them', async () => {
    const bridge = fake.contextBridge.exposed.get('bayegan') as HostBridge
    await bridge.invoke('app:info', null)
    const refused = await (bridge.invoke as (c: string, p: unknown) => Promise<unknown>)('shell:exec', 'rm -rf /')
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-channel' } })
    expect(fake.ipcRenderer.sent).toEqual([{ channel: 'app:info', payload: null }])
  })
})
