/**
 * Asks the browser to keep this app's IndexedDB when the disk runs low (without it, Chromium may
 * evict the researcher's data as "best effort" storage). The answer is shown in the settings.
 */
export type Persistence = 'granted' | 'denied' | 'unsupported'

export interface StorageState {
  persistence: Persistence
  /** Bytes used and allowed, when the browser says. */
  usage?: number
  quota?: number
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'> & Partial<Pick<StorageManager, 'estimate'>>

export async function askPersistentStorage(storage: StorageLike | undefined): Promise<StorageState> {
  if (!storage || typeof storage.persist !== 'function') return { persistence: 'unsupported' }
  let persistence: Persistence
  try {
    persistence = (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    persistence = 'denied'
  }
  const estimate = await storage.estimate?.().catch(() => undefined)
  return {
    persistence,
    ...(typeof estimate?.usage === 'number' ? { usage: estimate.usage } : {}),
    ...(typeof estimate?.quota === 'number' ? { quota: estimate.quota } : {})
  }
}
