import type { Edition } from '../../../shared/archive/editions'
import type { BayeganDb } from './database'

/** Every edition of every pack, in edition order. */
export async function listEditions(db: BayeganDb): Promise<Edition[]> {
  return (await db.editions.orderBy('number').toArray()).map((record) => record.edition)
}
