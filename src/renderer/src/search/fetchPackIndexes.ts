import { packIndexPath } from '../../../shared/host/packIndexPath'
import type { HostClient } from '../host/hostClient'
import type { PackIndexOffer } from './protocol'

type Fetch = (path: string) => Promise<Pick<Response, 'ok' | 'arrayBuffer'>>

/**
 * The valid packs' prebuilt search indexes, fetched from the app's own origin (the main process
 * streams the file; no base64 through IPC) and passed on as bytes, unchecked: the worker checks
 * every one. A pack without one, or a failed fetch, is left out: the worker builds. `found` is
 * called as soon as the host answers with a file (its bytes still on their way), so the worker can
 * start on what does not need them.
 */
export async function fetchPackIndexes(host: HostClient, get: Fetch = (path) => fetch(path, { cache: 'no-store' }), found: () => void = () => {}): Promise<PackIndexOffer[]> {
  const listings = await host.call('archive:list', null)
  const offers = await Promise.all(
    listings.map(async (listing): Promise<PackIndexOffer | null> => {
      if (listing.status !== 'valid') return null
      try {
        const response = await get(packIndexPath(listing.manifest.id))
        if (!response.ok) return null
        found()
        return { packId: listing.manifest.id, packContentHash: listing.manifest.contentHash, bytes: await response.arrayBuffer() }
      } catch {
        return null
      }
    })
  )
  return offers.filter((o): o is PackIndexOffer => o !== null)
}
