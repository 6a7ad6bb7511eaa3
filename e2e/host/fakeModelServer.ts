/**
 * A STAND-IN for the researcher's local model server (Ollama, llama.cpp, LM Studio) in e2e tests,
 * built on the unit tests' stand-in: it answers chat completions with the summaries the test
 * gives it, or hangs (a model still loading), or talks nonsense. It is not a model.
 */
import { completion, startFakeModelServer as startServer } from '../../src/testSupport/fakeModelServer'

export { closedPort } from '../../src/testSupport/fakeModelServer'

export type FakeModelBehaviour = { kind: 'answer'; fa: string; en: string; model: string } | { kind: 'hang' } | { kind: 'nonsense' }

export interface FakeModelServer {
  url: string
  /** The chat requests received: which model was asked, and the article it was given. */
  readonly requests: { path: string; model: string; userMessage: string }[]
  behave(next: FakeModelBehaviour): void
  close(): Promise<void>
}

interface ChatBody {
  model?: string
  messages?: { role?: string; content?: string }[]
}

export async function startFakeModelServer(initial: FakeModelBehaviour): Promise<FakeModelServer> {
  let behaviour = initial
  const server = await startServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
      return
    }
    if (behaviour.kind === 'hang') return
    const content = behaviour.kind === 'answer' ? JSON.stringify({ fa: behaviour.fa, en: behaviour.en }) : 'I am only a stand-in and cannot summarise.'
    res.writeHead(200, { 'content-type': 'application/json' }).end(completion(content, behaviour.kind === 'answer' ? behaviour.model : 'stand-in'))
  })
  return {
    url: server.url,
    get requests() {
      return server.requests.map(({ path, body }) => {
        const chat = (body ?? {}) as ChatBody
        return { path, model: chat.model ?? '', userMessage: chat.messages?.find((m) => m.role === 'user')?.content ?? '' }
      })
    },
    behave: (next) => (behaviour = next),
    close: server.close
  }
}
