import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Channel } from '../../shared/host/channels'
import { dispatch } from '../../shared/host/dispatch'
import type { Handlers } from '../../shared/host/contract'
import { isTrustedSender } from './senderCheck'

/** Calls that write the researcher's data: a closing window waits for these to finish. */
const WRITE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['journal:append'])

export interface IpcWiring {
  /** Resolves once every write call in flight, including ones that start meanwhile, has settled. */
  drainWrites(): Promise<void>
  pendingWrites(): number
}

/**
 * Registers every channel of the contract with ipcMain: the sender is checked first, then
 * dispatch validates the payload against the channel's schema and runs the handler.
 */
export function wireIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrustedUrl: (url: string) => boolean): IpcWiring {
  const writes = new Set<Promise<unknown>>()
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, isTrustedUrl)) {
        return { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }
      }
      const result = dispatch(handlers, channel, payload)
      if (WRITE_CHANNELS.has(channel)) {
        writes.add(result)
        const done = (): void => void writes.delete(result)
        result.then(done, done)
      }
      return result
    })
  }
  return {
    pendingWrites: () => writes.size,
    async drainWrites() {
      while (writes.size > 0) await Promise.allSettled([...writes])
    }
  }
}
