import type { HostClient } from '../host/hostClient'
import type { PackIndexOffer } from './protocol'

/**
 * The valid packs' prebuilt search indexes as the host serves them, passed on undecoded (the
 * worker decodes and checks them). A pack without one, or a failed call, is left out: the worker builds.
 */
export async function fetchPackIndexes(host: HostClient): Promise<PackIndexOffer[]> {
  const listings = await host.call('archive:list', null)
  const files = await Promise.all(
    listings.map((listing) => (listing.status === 'valid' ? host.call('archive:index', { packId: listing.manifest.id }).catch(() => null) : null))
  )
  const out: PackIndexOffer[] = []
  files.forEach((file, i) => {
    const listing = listings[i]
    if (!file || listing?.status !== 'valid' || file.packId !== listing.manifest.id || file.packContentHash !== listing.manifest.contentHash) return
    out.push({ packId: file.packId, packContentHash: file.packContentHash, base64: file.base64 })
  })
  return out
}
