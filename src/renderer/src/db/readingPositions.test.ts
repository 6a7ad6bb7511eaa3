import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type BayeganDb } from './database'
import { readPosition, savePosition } from './readingPositions'

let db: BayeganDb | undefined
afterEach(() => db?.close())

describe('reading positions', () => {
  it('round-trips the segment and fraction, clamping nonsense', async () => {
    db = openDatabase('reading-positions')
    expect(await readPosition(db, 'a')).toEqual({ fraction: 0 })
    await savePosition(db, 'a', { fraction: 0.4, segmentKey: 'body.3', withinSegment: 0.25 })
    expect(await readPosition(db, 'a')).toEqual({ fraction: 0.4, segmentKey: 'body.3', withinSegment: 0.25 })
    await savePosition(db, 'b', { fraction: Number.NaN, segmentKey: 'lead', withinSegment: 7 })
    expect(await readPosition(db, 'b')).toEqual({ fraction: 0, segmentKey: 'lead', withinSegment: 1 })
  })
})
