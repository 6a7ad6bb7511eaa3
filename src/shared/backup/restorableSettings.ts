// Which settings a backup or the journal may write back. A settings row from a file is someone
// else's word until checked: only known keys with valid values are restored, and never a setting
// that decides where the researcher's text may be sent (the model endpoint and its remote switch).
import { z } from 'zod'
import { SETTING_COLOUR_MEANINGS } from '../domain/annotation'
import { SETTING_LANGUAGE, SETTING_TEXT_SIZE, TEXT_SIZES } from '../settings/keys'
import { colourMeaningsSchema, type SettingEntry } from './records'

const RESTORABLE: Readonly<Record<string, z.ZodType>> = {
  [SETTING_LANGUAGE]: z.enum(['fa', 'en']),
  [SETTING_TEXT_SIZE]: z.number().refine((n) => (TEXT_SIZES as readonly number[]).includes(n), 'not one of the text sizes'),
  [SETTING_COLOUR_MEANINGS]: colourMeaningsSchema
}

export type SettingCheck = { ok: true; entry: SettingEntry } | { ok: false; reason: 'not-restorable' | 'invalid'; detail: string }

export function checkRestorableSetting(entry: SettingEntry): SettingCheck {
  const schema = Object.hasOwn(RESTORABLE, entry.key) ? RESTORABLE[entry.key] : undefined
  if (!schema) return { ok: false, reason: 'not-restorable', detail: `"${entry.key}" is not restored from files` }
  const parsed = schema.safeParse(entry.value)
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message ?? 'invalid value' }
  return { ok: true, entry: { key: entry.key, value: parsed.data } }
}

export const RESTORABLE_SETTING_KEYS: readonly string[] = Object.keys(RESTORABLE)
