import { join } from 'node:path'
import type { Handlers } from '../shared/host/contract'
import { HostFailure } from '../shared/host/dispatch'
import { PackRefusedError } from '../shared/archive/stagedPack'
import { nodeSha256Hex } from './archive/nodeSha256'
import { createPackStore, PACK_LISTING_CACHE, type PackStore } from './archive/packStore'
import { createModelHandlers } from './model/modelHandlers'
import { createRemoteConsent, REMOTE_CONSENT_FILE, remoteHostQuestion } from './model/remoteConsent'
import { draftSummaries } from './model/draftSummaries'
import { createResearcherDataHandlers } from './journal/handlers'
import { createFileImportHandlers } from './import/handlers'
import { createExportHandlers } from './export/handlers'
import { createFeedHandlers } from './feeds/handlers'
import type { HostPlatform } from './platform'
import type { AddressPolicy } from './feeds/addressPolicy'
import { FEED_FETCH_LIMITS } from './feeds/fetchLimited'

export type { HostPlatform }

export interface HandlerOptions {
  /**
   * Which addresses feed fetches may reach. The app passes nothing (public addresses only); the
   * e2e host passes LOOPBACK_ALLOWED_FOR_TESTS so its stand-in servers on 127.0.0.1 can be used.
   */
  feedAddressPolicy?: AddressPolicy
  /** The packs, shared with whoever also serves their prebuilt indexes (the app protocol); else one of its own. */
  packStore?: PackStore
}

/** The archive folder's packs as the handlers and the pack index route both read them. */
export function packStoreFor(platform: Pick<HostPlatform, 'archiveDir' | 'dataDir'>): PackStore {
  return createPackStore(platform.archiveDir, { listingCache: join(platform.dataDir, PACK_LISTING_CACHE), sha: nodeSha256Hex })
}

/** The main process as a plain map from channel to function: no Electron in here. */
export function createHandlers(platform: HostPlatform, options: HandlerOptions = {}): Handlers {
  const store = options.packStore ?? packStoreFor(platform)
  // Sending article text off this computer is the main process's decision, asked in a native dialog.
  const consent = createRemoteConsent({
    file: join(platform.dataDir, REMOTE_CONSENT_FILE),
    ask: (host) => platform.confirm(remoteHostQuestion(host))
  })
  const model = createModelHandlers(draftSummaries, consent)
  const researcherData = createResearcherDataHandlers(platform)
  return {
    'app:info': async () => ({ name: 'Bayegan', version: platform.appVersion, shell: platform.shell }),
    'archive:list': () => store.list(),
    'archive:page': async ({ packId, offset, limit }) => {
      const page = await store.page(packId, offset, limit).catch((err: unknown) => {
        // An item failed its check after the pack was listed: the renderer lists again and sees why.
        if (err instanceof PackRefusedError) throw new HostFailure('not-found', err.message)
        throw err
      })
      if (!page) throw new HostFailure('not-found', `No valid pack with id "${packId}"`)
      return { packId, offset, total: page.total, items: page.items }
    },
    'archive:editions': async ({ packId }) => {
      const editions = await store.editions(packId)
      if (!editions) throw new HostFailure('not-found', `No valid pack with id "${packId}"`)
      return editions
    },
    'model:draft': model['model:draft'],
    'model:cancel': model['model:cancel'],
    ...researcherData,
    ...createFileImportHandlers(platform),
    ...createExportHandlers(platform),
    ...createFeedHandlers(platform, FEED_FETCH_LIMITS, options.feedAddressPolicy)
  }
}
