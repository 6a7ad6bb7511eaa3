import type { BayeganDb } from './database'

/** Where the reader was: a segment and how far into it, with the whole-article fraction as a fallback. */
export interface ReadingPosition {
  fraction: number
  segmentKey?: string
  withinSegment?: number
}

export async function readPosition(db: BayeganDb, articleId: string): Promise<ReadingPosition> {
  const record = await db.readingPositions.get(articleId)
  if (!record) return { fraction: 0 }
  const position: ReadingPosition = { fraction: clampFraction(record.fraction) }
  if (typeof record.segmentKey === 'string') {
    position.segmentKey = record.segmentKey
    position.withinSegment = clampFraction(record.withinSegment ?? 0)
  }
  return position
}

export async function savePosition(db: BayeganDb, articleId: string, position: ReadingPosition): Promise<void> {
  await db.readingPositions.put({
    articleId,
    fraction: clampFraction(position.fraction),
    ...(position.segmentKey ? { segmentKey: position.segmentKey, withinSegment: clampFraction(position.withinSegment ?? 0) } : {}),
    updatedAt: new Date().toISOString()
  })
}

export function clampFraction(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}
