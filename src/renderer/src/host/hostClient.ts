import type { Channel, HostBridge, HostError, Request, Response } from '../../../shared/host/contract'

declare global {
  interface Window {
    bayegan?: HostBridge
  }
}

export class HostCallError extends Error {
  constructor(readonly error: HostError) {
    super(error.message)
  }
}

export interface HostClient {
  call<C extends Channel>(channel: C, payload: Request<C>): Promise<Response<C>>
}

/** A typed client over `window.bayegan`; a failed call becomes a HostCallError carrying the host's message. */
export function createHostClient(bridge: HostBridge | undefined = window.bayegan): HostClient {
  return {
    async call(channel, payload) {
      if (!bridge) throw new HostCallError({ code: 'failed', message: 'The Bayegan host bridge is missing' })
      const result = await bridge.invoke(channel, payload)
      if (!result.ok) throw new HostCallError(result.error)
      return result.value
    }
  }
}
