import { manifestSchema } from '../archive/schema'

/**
 * Where the renderer fetches a pack's prebuilt search index: a path on the app's own origin
 * (`app://bayegan/pack-index/<pack id>` in Electron). Bytes this large go through the protocol
 * handler as a stream, not through IPC as base64 (tens of megabytes at 50,000 articles).
 */
export const PACK_INDEX_PREFIX = '/pack-index/'

export function packIndexPath(packId: string): string {
  return PACK_INDEX_PREFIX + encodeURIComponent(packId)
}

/** The pack id a request path names, or null unless it is exactly a pack index path with a valid pack id. */
export function packIdFromIndexPath(pathname: string): string | null {
  if (!pathname.startsWith(PACK_INDEX_PREFIX)) return null
  let id: string
  try {
    id = decodeURIComponent(pathname.slice(PACK_INDEX_PREFIX.length))
  } catch {
    return null
  }
  return manifestSchema.shape.id.safeParse(id).success ? id : null
}
