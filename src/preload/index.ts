/**
 * The preload exposes the host contract as `window.bayegan`, nothing more: one `invoke`
 * restricted to the contract's channels. The e2e test host installs the same object.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../shared/host/channels'
import type { HostBridge } from '../shared/host/contract'

const allowed = new Set<string>(CHANNELS)

const bridge: HostBridge = {
  invoke: (channel, payload) =>
    allowed.has(channel)
      ? ipcRenderer.invoke(channel, payload)
      : Promise.resolve({ ok: false, error: { code: 'bad-channel', message: `Unknown channel: ${String(channel)}` } })
}

contextBridge.exposeInMainWorld('bayegan', bridge)
