import { readFile, realpath } from 'node:fs/promises'
import { sep } from 'node:path'
import { rendererHeaders, resolveRendererFile } from '../static/rendererFiles'
import { APP_HOST } from '../security/trustedOrigin'
import { PACK_INDEX_PREFIX } from '../../shared/host/packIndexPath'
import { PRINT_DOCUMENT_CSP, PRINT_HOST, type PrintDocuments } from './printDocuments'

const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })

/**
 * The `app://` protocol: `app://bayegan/…` serves files of the built renderer and nothing outside
 * it, and `app://bayegan/pack-index/<pack id>` a pack's prebuilt search index (`packIndex`, see
 * packIndexRoute.ts); `app://print/<random>.html` serves a waiting export document from memory.
 * Anything else is 404.
 */
export function createAppRequestHandler(options: {
  rendererDir: string
  printDocuments: PrintDocuments
  packIndex?: (pathname: string) => Promise<Response>
}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 })
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return notFound()
    }
    if (url.host === PRINT_HOST) return printDocument(options.printDocuments, url.pathname)
    if (url.host !== APP_HOST) return notFound()
    if (url.pathname.startsWith(PACK_INDEX_PREFIX)) return options.packIndex ? options.packIndex(url.pathname) : notFound()
    const file = await rendererFileInside(options.rendererDir, url.pathname)
    if (!file) return notFound()
    try {
      return new Response(await readFile(file), { headers: rendererHeaders(file) })
    } catch {
      return notFound()
    }
  }
}

function printDocument(documents: PrintDocuments, path: string): Response {
  const html = documents.get(path)
  if (html === undefined) return notFound()
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PRINT_DOCUMENT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store'
    }
  })
}

/**
 * resolveRendererFile refuses paths that leave the folder by name (.., encoded dots and slashes);
 * this also refuses backslashes (a separator on Windows) and anything whose real path, after
 * following symlinks, lies outside the folder.
 */
export async function rendererFileInside(rendererDir: string, urlPath: string): Promise<string | null> {
  if (/\\|%5c/i.test(urlPath)) return null
  const file = resolveRendererFile(rendererDir, urlPath)
  if (!file) return null
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(file)])
    return real.startsWith(root + sep) ? real : null
  } catch {
    return null
  }
}
