import type { BayeganDb } from './database'

/** Reads a setting, falling back when it is missing or not of the expected shape. */
export async function readSetting<T>(db: BayeganDb, key: string, isValid: (v: unknown) => v is T, fallback: T): Promise<T> {
  const record = await db.settings.get(key)
  return record && isValid(record.value) ? record.value : fallback
}

export async function writeSetting(db: BayeganDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}

export const SETTING_LANGUAGE = 'ui.language'
export const SETTING_TEXT_SIZE = 'reader.textSize'

export const TEXT_SIZES = [15, 17, 19, 21, 24, 27] as const
export const DEFAULT_TEXT_SIZE = 19

export function isTextSize(value: unknown): value is number {
  return typeof value === 'number' && (TEXT_SIZES as readonly number[]).includes(value)
}
