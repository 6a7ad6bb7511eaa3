import { z } from 'zod'

/**
 * The researcher's local-model settings, as stored in the renderer and sent to the main process.
 * One schema for both sides, so what the settings form accepts is exactly what the host accepts.
 */
export const MODEL_LIMITS = {
  endpointChars: 2048,
  modelChars: 200,
  titleChars: 2_000,
  /** The prompt keeps ~12,000 characters; more than this is never worth sending across. */
  articleChars: 100_000,
  requestIdChars: 100,
  minTimeoutMs: 1_000,
  maxTimeoutMs: 600_000
} as const

export const DEFAULT_MODEL_TIMEOUT_MS = 120_000

export const modelSettingsSchema = z.strictObject({
  endpoint: z.string().trim().min(1).max(MODEL_LIMITS.endpointChars),
  model: z.string().trim().min(1).max(MODEL_LIMITS.modelChars),
  /** A request, never a grant: the main process asks the researcher itself (src/main/model/remoteConsent). */
  allowNonLoopback: z.boolean(),
  timeoutMs: z.number().int().min(MODEL_LIMITS.minTimeoutMs).max(MODEL_LIMITS.maxTimeoutMs)
})

export type ModelSettingsInput = z.infer<typeof modelSettingsSchema>

/** Ollama's default address; llama.cpp (:8080) and LM Studio (:1234) differ only in the port. */
export const DEFAULT_MODEL_SETTINGS: Omit<ModelSettingsInput, 'model'> & { model: string } = {
  endpoint: 'http://127.0.0.1:11434',
  model: '',
  allowNonLoopback: false,
  timeoutMs: DEFAULT_MODEL_TIMEOUT_MS
}

export const modelDraftRequestSchema = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9_-]+$/).min(1).max(MODEL_LIMITS.requestIdChars),
  settings: modelSettingsSchema,
  article: z.strictObject({
    title: z.string().max(MODEL_LIMITS.titleChars),
    text: z.string().min(1).max(MODEL_LIMITS.articleChars)
  })
})

export const modelCancelRequestSchema = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9_-]+$/).min(1).max(MODEL_LIMITS.requestIdChars)
})

/** Why a model draft failed: the main process reports these and the renderer translates each one. */
export const MODEL_ERROR_CODES = [
  'bad-url',
  'not-loopback',
  'remote-declined',
  'unreachable',
  'timeout',
  'cancelled',
  'http-error',
  'malformed-answer',
  'busy'
] as const
export type ModelFailureCode = (typeof MODEL_ERROR_CODES)[number]

/** Model failures are expected outcomes, not host errors: they travel as data with a code to translate. */
export type ModelDraftResult =
  | { status: 'drafted'; fa: string; en: string; model: string }
  | { status: 'failed'; code: ModelFailureCode; message: string; httpStatus?: number }
