import type { BayeganDb } from './database'

/** Reads a setting, falling back when it is missing or not of the expected shape. */
export async function readSetting<T>(db: BayeganDb, key: string, isValid: (v: unknown) => v is T, fallback: T): Promise<T> {
  const record = await db.settings.get(key)
  return record && isValid(record.value) ? record.value : fallback
}

export async function writeSetting(db: BayeganDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}

export { DEFAULT_TEXT_SIZE, isTextSize, SETTING_LANGUAGE, SETTING_TEXT_SIZE, TEXT_SIZES } from '../../../shared/settings/keys'
