import { z } from 'zod'
import { DEFAULT_MODEL_SETTINGS, MODEL_LIMITS, modelSettingsSchema, type ModelSettingsInput } from '../../../../shared/summary/modelSettings'
import type { SettingsRepository } from '../../db/repositories'
import { SETTING_MODEL } from '../../../../shared/settings/keys'

export { SETTING_MODEL }

/** As stored: like the host's schema, but the model name may still be empty (not set up yet). */
export type StoredModelSettings = Omit<ModelSettingsInput, 'model'> & { model: string }

const storedSchema = modelSettingsSchema.extend({ model: z.string().trim().max(MODEL_LIMITS.modelChars) })

function isStored(value: unknown): value is StoredModelSettings {
  return storedSchema.safeParse(value).success
}

export function readModelSettings(settings: Pick<SettingsRepository, 'read'>): Promise<StoredModelSettings> {
  return settings.read(SETTING_MODEL, isStored, DEFAULT_MODEL_SETTINGS)
}

export type ModelSettingsProblem = 'endpoint' | 'model' | 'timeout'

/** Checks the form's values; returns the first problem, or the settings to store. */
export function checkModelSettings(values: StoredModelSettings): { ok: true; value: StoredModelSettings } | { ok: false; problem: ModelSettingsProblem } {
  let url: URL | undefined
  try {
    url = new URL(values.endpoint.trim())
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || values.endpoint.length > MODEL_LIMITS.endpointChars) {
    return { ok: false, problem: 'endpoint' }
  }
  const parsed = storedSchema.safeParse(values)
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0]
    return { ok: false, problem: field === 'model' ? 'model' : field === 'timeoutMs' ? 'timeout' : 'endpoint' }
  }
  return { ok: true, value: parsed.data }
}

export async function writeModelSettings(settings: Pick<SettingsRepository, 'write'>, values: StoredModelSettings): Promise<void> {
  await settings.write(SETTING_MODEL, values)
}

/** The settings the host accepts, or undefined while the model is not set up. */
export function usableModelSettings(stored: StoredModelSettings | undefined): ModelSettingsInput | undefined {
  const parsed = modelSettingsSchema.safeParse(stored)
  return parsed.success ? parsed.data : undefined
}
