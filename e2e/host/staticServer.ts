import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { rendererHeaders, resolveRendererFile } from '../../src/main/static/rendererFiles'

/** A fixed port, because IndexedDB belongs to an origin and a restart must find the same data. */
export const RENDERER_PORT = Number(process.env['BAYEGAN_E2E_PORT'] ?? 47821)
export const RENDERER_ORIGIN = `http://127.0.0.1:${RENDERER_PORT}`

/**
 * A route the server answers before the renderer's files (a benchmark's pack index route, or its
 * bridge for large IPC answers), or null to pass. It sees every method; the files are GET only.
 */
export type ExtraRoute = (pathname: string, request: IncomingMessage) => Promise<Response | null>

/** Serves the built renderer the way the Electron `app://` protocol does: same files, same CSP. */
export async function startRendererServer(rendererDir: string, extra?: ExtraRoute): Promise<Server> {
  const serveFile = (req: IncomingMessage, res: ServerResponse): void => {
    const file = req.method === 'GET' ? resolveRendererFile(rendererDir, req.url ?? '/') : null
    if (!file) {
      res.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => res.writeHead(200, rendererHeaders(file)).end(body),
      () => res.writeHead(404).end()
    )
  }
  const server = createServer((req, res) => {
    if (!extra) return serveFile(req, res)
    extra(new URL(req.url ?? '/', RENDERER_ORIGIN).pathname, req).then(
      async (response) => {
        if (!response) return serveFile(req, res)
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      },
      () => res.writeHead(500).end()
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(RENDERER_PORT, '127.0.0.1', resolve)
  })
  return server
}
