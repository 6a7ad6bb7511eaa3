/**
 * A STAND-IN for the researcher's local model server (Ollama, llama.cpp, LM Studio) in e2e tests:
 * a node:http server on 127.0.0.1 that speaks just enough of the OpenAI chat-completions API.
 * It is not a model: it answers with the summaries the test gives it, or hangs, or talks nonsense.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeModelBehaviour =
  | { kind: 'answer'; fa: string; en: string; model: string }
  /** Accepts the request and never answers (a model still loading): for timeout and cancel. */
  | { kind: 'hang' }
  | { kind: 'nonsense' }

export interface FakeModelServer {
  url: string
  port: number
  /** The chat requests received, parsed. */
  requests: { path: string; model: string; userMessage: string }[]
  behave(next: FakeModelBehaviour): void
  close(): Promise<void>
}

interface ChatBody {
  model?: string
  messages?: { role?: string; content?: string }[]
}

function completion(content: string, model: string): string {
  return JSON.stringify({ id: 'stand-in', object: 'chat.completion', model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] })
}

export async function startFakeModelServer(initial: FakeModelBehaviour): Promise<FakeModelServer> {
  let behaviour = initial
  const requests: FakeModelServer['requests'] = []
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (raw += chunk))
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
        return
      }
      const body = JSON.parse(raw) as ChatBody
      requests.push({ path: req.url, model: body.model ?? '', userMessage: body.messages?.find((m) => m.role === 'user')?.content ?? '' })
      if (behaviour.kind === 'hang') return
      const content = behaviour.kind === 'answer' ? JSON.stringify({ fa: behaviour.fa, en: behaviour.en }) : 'I am only a stand-in and cannot summarise.'
      res.writeHead(200, { 'content-type': 'application/json' }).end(completion(content, behaviour.kind === 'answer' ? behaviour.model : 'stand-in'))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    behave: (next) => (behaviour = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A port that was free a moment ago and has nothing listening: "no model server running". */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
