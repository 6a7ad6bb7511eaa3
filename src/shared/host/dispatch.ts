import { isChannel, requestSchemas, type Channel, type HostError, type HostResult, type Handlers } from './contract'

/** Thrown by handlers for failures the researcher should read as-is. */
export class HostFailure extends Error {
  constructor(
    readonly code: HostError['code'],
    message: string
  ) {
    super(message)
  }
}

/**
 * Validates the channel and payload, runs the handler and wraps the outcome.
 * Shared by the Electron shell and the e2e test host so both enforce the same rules.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<HostResult<Channel>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'bad-channel', message: `Unknown channel: ${describe(channel)}` } }
  }
  const parsed = requestSchemas[channel].safeParse(payload ?? null)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'payload'
    return { ok: false, error: { code: 'bad-payload', message: `${channel}: ${where}: ${issue?.message ?? 'invalid'}` } }
  }
  try {
    const handler = handlers[channel] as (p: unknown) => Promise<unknown>
    const value = await handler(parsed.data)
    return { ok: true, value } as HostResult<Channel>
  } catch (err) {
    if (err instanceof HostFailure) return { ok: false, error: { code: err.code, message: err.message } }
    return { ok: false, error: { code: 'failed', message: `${channel} failed: ${err instanceof Error ? err.message : String(err)}` } }
  }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}
