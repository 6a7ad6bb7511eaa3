import type { ModelDraftResult } from '../../shared/summary/modelSettings'
import type { Handlers } from '../../shared/host/contract'
import { draftSummaries, type DraftSummaries, type ModelSettings } from './draftSummaries'
import type { ArticleInput } from './prompt'
import { ModelError } from './errors'
import type { RemoteConsent } from './remoteConsent'

type ModelHandlers = Pick<Handlers, 'model:draft' | 'model:cancel'>

/** Lets tests swap the network call; the app always uses draftSummaries. */
export type Drafter = (settings: ModelSettings, article: ArticleInput) => Promise<DraftSummaries>

/** Without a consent keeper nothing goes off this computer, whatever the renderer asks. */
const LOCAL_ONLY: RemoteConsent = { decide: async () => 'not-requested' }

/**
 * The local-model channels. The renderer's `allowNonLoopback` is only a request: whether article
 * text may go to another host is decided by `consent`, which the main process owns. Each draft
 * registers an AbortController under the renderer's request id so 'model:cancel' can stop it; the
 * entry is removed however the draft ends.
 */
export function createModelHandlers(drafter: Drafter = draftSummaries, consent: RemoteConsent = LOCAL_ONLY): ModelHandlers & { inFlight(): number } {
  const running = new Map<string, AbortController>()
  return {
    inFlight: () => running.size,
    'model:draft': async ({ requestId, settings, article }): Promise<ModelDraftResult> => {
      if (running.has(requestId)) return { status: 'failed', code: 'busy', message: `A draft with id ${requestId} is already running` }
      const controller = new AbortController()
      running.set(requestId, controller)
      try {
        const decision = await consent.decide(settings.endpoint, settings.allowNonLoopback)
        if (decision === 'declined') throw new ModelError('remote-declined', 'The researcher did not allow sending articles to this host')
        const drafted = await drafter({ ...settings, allowNonLoopback: decision === 'allowed', signal: controller.signal }, article)
        return { status: 'drafted', ...drafted }
      } catch (err) {
        if (err instanceof ModelError) {
          return { status: 'failed', code: err.code, message: err.message, ...(err.status !== undefined ? { httpStatus: err.status } : {}) }
        }
        throw err
      } finally {
        running.delete(requestId)
      }
    },
    'model:cancel': async ({ requestId }) => {
      const controller = running.get(requestId)
      controller?.abort()
      return { cancelled: controller !== undefined }
    }
  }
}
