import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/host/dispatch'
import type { Handlers, HostResult } from '../../shared/host/contract'
import { createHandlers } from '../handlers'
import { testPlatform } from '../../testSupport/platform'
import { createModelHandlers } from './modelHandlers'
import { closedPort, completion, neverReply, replyWith, startFakeModelServer, type FakeModelServer } from '../../testSupport/fakeModelServer'

const article = { title: 'فقط ۲۰۰ کسب‌وکار تسهیلات خواستند', text: 'رئیس سازمان فناوری اطلاعات گفت: «…»' }
const settings = (endpoint: string, extra: object = {}) => ({ endpoint, model: 'qwen2.5:7b', allowNonLoopback: false, timeoutMs: 5_000, ...extra })

let server: FakeModelServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Through dispatch, as the Electron shell and the e2e host call it: payload validation included. */
async function draft(handlers: Handlers, requestId: string, endpoint: string, extra: object = {}): Promise<HostResult<'model:draft'>> {
  return (await dispatch(handlers, 'model:draft', { requestId, settings: settings(endpoint, extra), article })) as HostResult<'model:draft'>
}

function valueOf(result: HostResult<'model:draft'>) {
  if (!result.ok) throw new Error(`host error ${result.error.code}: ${result.error.message}`)
  return result.value
}

describe('model:draft and model:cancel against the stand-in model server', () => {
  it('returns both drafts and the answering model', async () => {
    server = await startFakeModelServer(replyWith(200, completion(JSON.stringify({ fa: 'خلاصه.', en: 'Summary.' }))))
    const value = valueOf(await draft(createHandlers(testPlatform()), 'r1', server.url))
    expect(value).toEqual({ status: 'drafted', fa: 'خلاصه.', en: 'Summary.', model: 'fake-llm:1b' })
    expect((server.requests[0]?.body as { model: string }).model).toBe('qwen2.5:7b')
  })

  it('reports a malformed answer, an HTTP error and an unreachable server by code', async () => {
    const handlers = createHandlers(testPlatform())
    server = await startFakeModelServer(replyWith(200, completion('I cannot summarise this.')))
    expect(valueOf(await draft(handlers, 'r2', server.url))).toMatchObject({ status: 'failed', code: 'malformed-answer' })
    await server.close()
    server = await startFakeModelServer(replyWith(404, '{"error":"model \\"qwen2.5:7b\\" not found"}'))
    expect(valueOf(await draft(handlers, 'r3', server.url))).toMatchObject({ status: 'failed', code: 'http-error', httpStatus: 404 })
    const port = await closedPort()
    expect(valueOf(await draft(handlers, 'r4', `http://127.0.0.1:${port}`))).toMatchObject({ status: 'failed', code: 'unreachable' })
  })

  it('refuses a non-loopback host unless allowed, without sending anything', async () => {
    const handlers = createHandlers(testPlatform())
    expect(valueOf(await draft(handlers, 'r5', 'http://192.168.1.20:11434'))).toMatchObject({ status: 'failed', code: 'not-loopback' })
    expect(valueOf(await draft(handlers, 'r6', 'ftp://127.0.0.1/'))).toMatchObject({ status: 'failed', code: 'bad-url' })
  })

  it('cancels a running draft by its request id and forgets it afterwards', async () => {
    server = await startFakeModelServer(neverReply)
    const model = createModelHandlers()
    const handlers = { ...createHandlers(testPlatform()), 'model:draft': model['model:draft'], 'model:cancel': model['model:cancel'] }
    const pending = draft(handlers, 'r7', server.url, { timeoutMs: 60_000 })
    await expect.poll(() => server?.requests.length).toBe(1)
    expect(model.inFlight()).toBe(1)
    expect(valueOf(await draft(handlers, 'r7', server.url))).toMatchObject({ status: 'failed', code: 'busy' })
    expect(await dispatch(handlers, 'model:cancel', { requestId: 'r7' })).toEqual({ ok: true, value: { cancelled: true } })
    expect(valueOf(await pending)).toMatchObject({ status: 'failed', code: 'cancelled' })
    expect(model.inFlight()).toBe(0)
    expect(await dispatch(handlers, 'model:cancel', { requestId: 'r7' })).toEqual({ ok: true, value: { cancelled: false } })
  })

  it('times out a server that never answers', async () => {
    server = await startFakeModelServer(neverReply)
    expect(valueOf(await draft(createHandlers(testPlatform()), 'r8', server.url, { timeoutMs: 1_000 }))).toMatchObject({ status: 'failed', code: 'timeout' })
  })

  it('validates payloads: caps on URL, model name, text, timeout and request id', async () => {
    const handlers = createHandlers(testPlatform())
    const ok = { requestId: 'r9', settings: settings('http://127.0.0.1:1'), article }
    const bad: unknown[] = [
      null,
      { ...ok, requestId: '../x' },
      { ...ok, requestId: 'x'.repeat(101) },
      { ...ok, settings: settings('http://127.0.0.1/' + 'a'.repeat(2100)) },
      { ...ok, settings: settings('http://127.0.0.1:1', { model: ' ' }) },
      { ...ok, settings: settings('http://127.0.0.1:1', { timeoutMs: 10 }) },
      { ...ok, settings: settings('http://127.0.0.1:1', { allowNonLoopback: 'yes' }) },
      { ...ok, settings: { ...settings('http://127.0.0.1:1'), apiKey: 'k' } },
      { ...ok, article: { title: 't', text: '' } },
      { ...ok, article: { title: 't', text: 'x'.repeat(100_001) } },
      { ...ok, extra: 1 }
    ]
    for (const payload of bad) {
      const result = await dispatch(handlers, 'model:draft', payload)
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(payload).slice(0, 120)).toBe('bad-payload')
    }
    expect((await dispatch(handlers, 'model:cancel', { requestId: '' })).ok).toBe(false)
  })
})
