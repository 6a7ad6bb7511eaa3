import { chatCompletionsUrl } from './endpoint'
import { ModelError } from './errors'
import { ChatCompletionSchema, parseSummaryAnswer } from './parseAnswer'
import { buildChatRequest, type ArticleInput } from './prompt'
import { readTextLimited } from './readLimited'

export interface ModelSettings {
  /** Server base or chat-completions URL, e.g. http://127.0.0.1:11434 (Ollama), :8080 (llama.cpp), :1234 (LM Studio). */
  endpoint: string
  model: string
  /** Send articles to a host other than this computer. Off unless the researcher turns it on. */
  allowNonLoopback?: boolean
  /** Whole request, including reading the answer. Local models can be slow: default 120 s. */
  timeoutMs?: number
  /** Cancels the request (the researcher pressed Cancel). */
  signal?: AbortSignal
}

export interface DraftSummaries {
  fa: string
  en: string
  /** The model the server says answered (falls back to the requested name). */
  model: string
}

export const DEFAULT_TIMEOUT_MS = 120_000

/**
 * Asks a local OpenAI-compatible server for a Persian and an English summary of an article.
 * Throws ModelError with a code the UI can show; never returns a partial answer.
 */
export async function draftSummaries(settings: ModelSettings, article: ArticleInput): Promise<DraftSummaries> {
  const url = chatCompletionsUrl(settings.endpoint, settings.allowNonLoopback ?? false)
  if (settings.signal?.aborted) throw new ModelError('cancelled', 'Cancelled')

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, settings.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const onCancel = (): void => controller.abort()
  settings.signal?.addEventListener('abort', onCancel, { once: true })

  // Both the request and the body read can be interrupted; map the abort to why it happened.
  const abortError = (): ModelError =>
    timedOut
      ? new ModelError('timeout', `The model server did not answer within ${Math.round((settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`)
      : new ModelError('cancelled', 'Cancelled')

  try {
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(buildChatRequest(settings.model, article)),
        signal: controller.signal,
        // A redirect could lead off this machine; a model server has no reason to send one.
        redirect: 'manual'
      })
    } catch (err) {
      if (controller.signal.aborted) throw abortError()
      throw new ModelError('unreachable', `Could not reach the model server at ${url.host}: ${describeCause(err)}`)
    }

    let body: string
    try {
      body = await readTextLimited(res)
    } catch (err) {
      if (err instanceof ModelError) throw err
      if (controller.signal.aborted) throw abortError()
      throw new ModelError('unreachable', `The connection to the model server broke: ${describeCause(err)}`)
    }
    if (!res.ok) {
      throw new ModelError('http-error', `The model server answered HTTP ${res.status}${snippet(body)}`, res.status)
    }
    return parseCompletion(body, settings.model)
  } finally {
    clearTimeout(timer)
    settings.signal?.removeEventListener('abort', onCancel)
  }
}

function parseCompletion(body: string, requestedModel: string): DraftSummaries {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new ModelError('malformed-answer', 'The model server did not answer with JSON')
  }
  const completion = ChatCompletionSchema.safeParse(json)
  if (!completion.success) throw new ModelError('malformed-answer', 'The answer is not an OpenAI-style chat completion')
  const content = completion.data.choices[0]?.message.content ?? ''
  const pair = parseSummaryAnswer(content)
  if (!pair) throw new ModelError('malformed-answer', 'The model did not return a Persian and an English summary')
  return { fa: pair.fa, en: pair.en, model: completion.data.model ?? requestedModel }
}

function describeCause(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err
  const code = (cause as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err)
}

/** A little of an error body helps ("model not found"); all of it would flood the UI. */
function snippet(body: string): string {
  const s = body.replace(/\s+/g, ' ').trim().slice(0, 200)
  return s ? `: ${s}` : ''
}
