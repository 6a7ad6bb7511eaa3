import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { rendererHeaders, resolveRendererFile } from '../../src/main/static/rendererFiles'

/** A fixed port, because IndexedDB belongs to an origin and a restart must find the same data. */
export const RENDERER_PORT = Number(process.env['BAYEGAN_E2E_PORT'] ?? 47821)
export const RENDERER_ORIGIN = `http://127.0.0.1:${RENDERER_PORT}`

/** Serves the built renderer the way the Electron `app://` protocol does: same files, same CSP. */
export async function startRendererServer(rendererDir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = req.method === 'GET' ? resolveRendererFile(rendererDir, req.url ?? '/') : null
    if (!file) {
      res.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => res.writeHead(200, rendererHeaders(file)).end(body),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(RENDERER_PORT, '127.0.0.1', resolve)
  })
  return server
}
