import type { HostClient } from '../host/hostClient'
import type { PackIndexBytes } from './packIndexStart'

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The valid packs' prebuilt search indexes, as the host serves them (none on any failure: the worker builds). */
export async function fetchPackIndexes(host: HostClient): Promise<PackIndexBytes[]> {
  const out: PackIndexBytes[] = []
  for (const listing of await host.call('archive:list', null)) {
    if (listing.status !== 'valid') continue
    const file = await host.call('archive:index', { packId: listing.manifest.id }).catch(() => null)
    if (!file || file.packId !== listing.manifest.id) continue
    out.push({ packId: file.packId, packContentHash: file.packContentHash, bytes: fromBase64(file.base64) })
  }
  return out
}
