/**
 * A stand-in for the researcher's local model server (Ollama, llama.cpp, LM Studio) in tests:
 * a node:http server on 127.0.0.1 with a random port whose answer each test chooses.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Reply = (req: IncomingMessage, res: ServerResponse, body: string) => void

export interface FakeModelServer {
  url: string
  requests: { path: string; body: unknown }[]
  close(): Promise<void>
}

export function completion(content: string, model = 'fake-llm:1b'): string {
  return JSON.stringify({ id: 'x', object: 'chat.completion', model, choices: [{ index: 0, message: { role: 'assistant', content } }] })
}

export const replyWith =
  (status: number, body: string, contentType = 'application/json'): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType })
    res.end(body)
  }

/** Accepts the request and never answers (a model stuck loading, a hung server). */
export const neverReply: Reply = () => {}

export async function startFakeModelServer(reply: Reply): Promise<FakeModelServer> {
  const requests: FakeModelServer['requests'] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      requests.push({ path: req.url ?? '', body: body ? (JSON.parse(body) as unknown) : undefined })
      reply(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A port that was just free and is now closed: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
