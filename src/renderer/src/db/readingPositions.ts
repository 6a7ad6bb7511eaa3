import type { BayeganDb } from './database'

export async function readPosition(db: BayeganDb, articleId: string): Promise<number> {
  const record = await db.readingPositions.get(articleId)
  return record ? clampFraction(record.fraction) : 0
}

export async function savePosition(db: BayeganDb, articleId: string, fraction: number): Promise<void> {
  await db.readingPositions.put({ articleId, fraction: clampFraction(fraction), updatedAt: new Date().toISOString() })
}

export function clampFraction(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}
