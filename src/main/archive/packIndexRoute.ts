import { packIdFromIndexPath } from '../../shared/host/packIndexPath'
import type { PackStore } from './packStore'

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' }

/**
 * The answer to `GET /pack-index/<pack id>` on the app's origin: the prebuilt index beside a valid
 * pack, its header checked against that pack (PackStore.indexBytes), else 404 and the renderer
 * builds its own. Served by the Electron protocol handler and, the same way, by the e2e host.
 */
export async function packIndexResponse(store: Pick<PackStore, 'indexBytes'>, pathname: string): Promise<Response> {
  const packId = packIdFromIndexPath(pathname)
  const bytes = packId === null ? null : await store.indexBytes(packId)
  if (!bytes) return new Response('Not found', { status: 404, headers: { ...HEADERS, 'Content-Type': 'text/plain' } })
  return new Response(bytes, { headers: { ...HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.byteLength) } })
}
