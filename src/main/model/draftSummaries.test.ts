import { afterEach, describe, expect, it } from 'vitest'
import { draftSummaries } from './draftSummaries'
import { ModelError, type ModelErrorCode } from './errors'
import { closedPort, completion, neverReply, replyWith, startFakeModelServer, type FakeModelServer } from '../../testSupport/fakeModelServer'

const article = { title: 'فقط ۲۰۰ کسب‌وکار تسهیلات خواستند', text: 'رئیس سازمان فناوری اطلاعات گفت: «…»' }
const answer = { fa: 'خلاصه فارسی خبر.', en: 'An English summary.' }

let server: FakeModelServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function rejectsWith(p: Promise<unknown>, code: ModelErrorCode): Promise<ModelError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ModelError)
  expect((err as ModelError).code).toBe(code)
  return err as ModelError
}

describe('draftSummaries against a stand-in model server', () => {
  it('posts a chat completion and returns both summaries and the answering model', async () => {
    server = await startFakeModelServer(replyWith(200, completion(JSON.stringify(answer))))
    const got = await draftSummaries({ endpoint: server.url, model: 'qwen2.5:7b' }, article)
    expect(got).toEqual({ ...answer, model: 'fake-llm:1b' })
    expect(server.requests[0]?.path).toBe('/v1/chat/completions')
    const body = server.requests[0]?.body as { model: string; messages: { content: string }[] }
    expect(body.model).toBe('qwen2.5:7b')
    expect(body.messages[1]?.content).toContain(article.title)
  })

  it('accepts an answer in code fences or with labels', async () => {
    server = await startFakeModelServer(replyWith(200, completion('Here you go:\n```json\n' + JSON.stringify(answer) + '\n```')))
    expect((await draftSummaries({ endpoint: server.url + '/v1', model: 'm' }, article)).fa).toBe(answer.fa)
    await server.close()
    server = await startFakeModelServer(replyWith(200, completion('**Persian:** خلاصه فارسی خبر.\n\n**English:** An English summary.')))
    expect(await draftSummaries({ endpoint: server.url, model: 'm' }, article)).toMatchObject(answer)
  })

  it('reports malformed JSON, a non-completion, and an answer without both summaries', async () => {
    for (const body of ['{not json', JSON.stringify({ error: 'nope' }), completion('Sorry, I cannot help with that.')]) {
      server = await startFakeModelServer(replyWith(200, body))
      await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm' }, article), 'malformed-answer')
      await server.close()
    }
    server = undefined
  })

  it('reports an oversized answer as malformed', async () => {
    server = await startFakeModelServer(replyWith(200, completion('x'.repeat(1_100_000))))
    await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm' }, article), 'malformed-answer')
  })

  it('reports HTTP 500 with its status', async () => {
    server = await startFakeModelServer(replyWith(500, '{"error":"model not loaded"}'))
    const err = await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm' }, article), 'http-error')
    expect(err.status).toBe(500)
    expect(err.message).toContain('model not loaded')
  })

  it('times out when the server never answers', async () => {
    server = await startFakeModelServer(neverReply)
    const t0 = Date.now()
    await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm', timeoutMs: 150 }, article), 'timeout')
    expect(Date.now() - t0).toBeLessThan(2000)
  })

  it('stops when the researcher cancels', async () => {
    server = await startFakeModelServer(neverReply)
    const cancel = new AbortController()
    setTimeout(() => cancel.abort(), 50)
    await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm', signal: cancel.signal }, article), 'cancelled')
    await rejectsWith(draftSummaries({ endpoint: server.url, model: 'm', signal: cancel.signal }, article), 'cancelled')
  })

  it('reports a port with nothing listening as unreachable', async () => {
    const port = await closedPort()
    await rejectsWith(draftSummaries({ endpoint: `http://127.0.0.1:${port}`, model: 'm', timeoutMs: 5000 }, article), 'unreachable')
  })

  it('refuses non-loopback hosts before sending anything, unless allowed', async () => {
    await rejectsWith(draftSummaries({ endpoint: 'http://192.168.1.20:11434', model: 'm' }, article), 'not-loopback')
    await rejectsWith(draftSummaries({ endpoint: 'https://api.example.com/v1', model: 'm' }, article), 'not-loopback')
    // Allowed but unresolvable (.invalid never resolves): it gets as far as trying to connect.
    await rejectsWith(draftSummaries({ endpoint: 'http://model.invalid:1', model: 'm', allowNonLoopback: true, timeoutMs: 5000 }, article), 'unreachable')
  })

  it('rejects URLs that are not http(s)', async () => {
    await rejectsWith(draftSummaries({ endpoint: 'file:///etc/passwd', model: 'm' }, article), 'bad-url')
    await rejectsWith(draftSummaries({ endpoint: 'localhost:11434', model: 'm' }, article), 'bad-url')
    await rejectsWith(draftSummaries({ endpoint: 'not a url', model: 'm' }, article), 'bad-url')
  })
})
