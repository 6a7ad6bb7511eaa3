import type { BayeganDb, DraftRecord } from './database'

/** A draft longer than this is cut: far above any schema limit, it only bounds a runaway paste. */
export const DRAFT_MAX_CHARS = 200_000

export interface DraftRepository {
  get(key: string): Promise<DraftRecord | null>
  save(key: string, text: string): Promise<void>
  discard(key: string): Promise<void>
}

export function createDraftRepository(db: BayeganDb, now: () => Date = () => new Date()): DraftRepository {
  return {
    get: async (key) => (await db.drafts.get(key)) ?? null,
    save: async (key, text) => {
      await db.drafts.put({ key, text: text.slice(0, DRAFT_MAX_CHARS), updatedAt: now().toISOString() })
    },
    discard: async (key) => {
      await db.drafts.delete(key)
    }
  }
}
