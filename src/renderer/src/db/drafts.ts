import type { BayeganDb, DraftRecord } from './database'

/** A draft longer than this is cut: far above any schema limit, it only bounds a runaway paste. */
export const DRAFT_MAX_CHARS = 200_000

export interface DraftRepository {
  get(key: string): Promise<DraftRecord | null>
  save(key: string, text: string): Promise<void>
  discard(key: string): Promise<void>
  /**
   * For a page being hidden or closed: issues the write synchronously and commits it at once, so
   * the database finishes it without another round trip to a page that may be gone by then.
   * Returns false when the database is not open (the debounced write is then all there is).
   */
  saveNow(key: string, text: string): boolean
}

export function createDraftRepository(db: BayeganDb, now: () => Date = () => new Date()): DraftRepository {
  return {
    get: async (key) => (await db.drafts.get(key)) ?? null,
    save: async (key, text) => {
      await db.drafts.put({ key, text: text.slice(0, DRAFT_MAX_CHARS), updatedAt: now().toISOString() })
    },
    discard: async (key) => {
      await db.drafts.delete(key)
    },
    saveNow: (key, text) => {
      if (!db.isOpen()) return false
      try {
        const tx = db.backendDB().transaction('drafts', 'readwrite', { durability: 'strict' })
        tx.objectStore('drafts').put({ key, text: text.slice(0, DRAFT_MAX_CHARS), updatedAt: now().toISOString() } satisfies DraftRecord)
        tx.commit()
        return true
      } catch {
        return false
      }
    }
  }
}
