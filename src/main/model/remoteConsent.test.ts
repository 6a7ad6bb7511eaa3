import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRemoteConsent, REMOTE_CONSENT_FILE, remoteHostQuestion } from './remoteConsent'
import { createModelHandlers, type Drafter } from './modelHandlers'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bayegan-consent-'))
  file = join(dir, REMOTE_CONSENT_FILE)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The native dialog, injected: answers in order and records which host each question named. */
function dialog(...answers: boolean[]) {
  const asked: string[] = []
  return { asked, ask: async (host: string) => (asked.push(host), answers.shift() ?? false) }
}

describe('the main process decides whether article text leaves the computer', () => {
  it('never asks for this computer', async () => {
    const d = dialog()
    const consent = createRemoteConsent({ file, ask: d.ask })
    for (const url of ['http://127.0.0.1:11434', 'http://localhost:8080/v1', 'http://[::1]:1234']) {
      expect(await consent.decide(url, true)).toBe('local')
    }
    expect(d.asked).toEqual([])
  })

  it('refuses another host the renderer did not ask for, without a dialog', async () => {
    const d = dialog(true)
    expect(await createRemoteConsent({ file, ask: d.ask }).decide('http://192.0.2.7:11434', false)).toBe('not-requested')
    expect(d.asked).toEqual([])
  })

  it('asks once naming the host, remembers a yes in its own file, and asks again for a new host', async () => {
    const d = dialog(true, false)
    const consent = createRemoteConsent({ file, ask: d.ask })
    expect(await consent.decide('https://Models.Example.org:8443/v1', true)).toBe('allowed')
    expect(await consent.decide('https://models.example.org:8443/v1/chat/completions', true)).toBe('allowed')
    expect(d.asked).toEqual(['models.example.org:8443'])
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, allowedHosts: ['models.example.org:8443'] })
    // Another port is another host.
    expect(await consent.decide('https://models.example.org:9000', true)).toBe('declined')
    expect(d.asked).toEqual(['models.example.org:8443', 'models.example.org:9000'])
    // A fresh start reads the file: no question for the allowed host.
    const again = dialog()
    expect(await createRemoteConsent({ file, ask: again.ask }).decide('https://models.example.org:8443', true)).toBe('allowed')
    expect(again.asked).toEqual([])
  })

  it('does not remember a no', async () => {
    const d = dialog(false, false)
    const consent = createRemoteConsent({ file, ask: d.ask })
    expect(await consent.decide('http://192.0.2.7:11434', true)).toBe('declined')
    expect(await consent.decide('http://192.0.2.7:11434', true)).toBe('declined')
    expect(d.asked).toHaveLength(2)
  })

  it('asks one question for drafts that start together', async () => {
    const d = dialog(true)
    const consent = createRemoteConsent({ file, ask: d.ask })
    const all = await Promise.all([1, 2, 3].map(() => consent.decide('http://192.0.2.7:1', true)))
    expect(all).toEqual(['allowed', 'allowed', 'allowed'])
    expect(d.asked).toHaveLength(1)
  })

  it('grants nothing from a damaged or foreign file', async () => {
    for (const text of ['{not json', JSON.stringify({ version: 2, allowedHosts: ['192.0.2.7:1'] }), JSON.stringify({ allowedHosts: ['192.0.2.7:1'] })]) {
      writeFileSync(file, text)
      const d = dialog(false)
      expect(await createRemoteConsent({ file, ask: d.ask }).decide('http://192.0.2.7:1', true)).toBe('declined')
      expect(d.asked).toEqual(['192.0.2.7:1'])
    }
  })

  it('words the question itself, naming the host in both languages', () => {
    const q = remoteHostQuestion('models.example.org')
    expect(q.message).toContain('models.example.org')
    expect(q.message).toMatch(/[\u0600-\u06FF]/)
    expect(q.message).toMatch(/Send article text/)
  })
})

describe('model:draft obeys the decision, not the renderer', () => {
  const article = { title: 't', text: 'متن' }
  const request = (endpoint: string, allowNonLoopback: boolean) => ({
    requestId: 'r1',
    settings: { endpoint, model: 'm', allowNonLoopback, timeoutMs: 5_000 },
    article
  })
  const seen: boolean[] = []
  const drafter: Drafter = async (settings) => {
    seen.push(settings.allowNonLoopback ?? false)
    return { fa: 'ف', en: 'e', model: 'm' }
  }

  it('passes allowNonLoopback to the network call only after a yes', async () => {
    seen.length = 0
    const yes = createModelHandlers(drafter, createRemoteConsent({ file, ask: async () => true }))
    expect(await yes['model:draft'](request('http://192.0.2.7:1', true))).toMatchObject({ status: 'drafted' })
    const no = createModelHandlers(drafter, createRemoteConsent({ file: join(dir, 'other.json'), ask: async () => false }))
    expect(await no['model:draft'](request('http://192.0.2.8:1', true))).toMatchObject({ status: 'failed', code: 'remote-declined' })
    expect(seen).toEqual([true])
  })

  it('without a consent keeper, a renderer asking for remote sending is not obeyed', async () => {
    seen.length = 0
    await createModelHandlers(drafter)['model:draft'](request('http://192.0.2.7:1', true))
    expect(seen).toEqual([false])
  })
})

describe('the handler map asks through the platform’s native dialog', () => {
  it('model:draft to another host asks confirm() naming the host, and sends nothing on no', async () => {
    const { createHandlers } = await import('../handlers')
    const { testPlatform } = await import('../../testSupport/platform')
    const { dispatch } = await import('../../shared/host/dispatch')
    const questions: string[] = []
    const handlers = createHandlers(testPlatform({ dataDir: dir, confirm: async (q) => (questions.push(q.message), false) }))
    const result = await dispatch(handlers, 'model:draft', {
      requestId: 'r1',
      settings: { endpoint: 'http://192.0.2.7:11434', model: 'm', allowNonLoopback: true, timeoutMs: 5_000 },
      article: { title: 't', text: 'متن' }
    })
    expect(result).toMatchObject({ ok: true, value: { status: 'failed', code: 'remote-declined' } })
    expect(questions).toHaveLength(1)
    expect(questions[0]).toContain('192.0.2.7:11434')
  })
})
