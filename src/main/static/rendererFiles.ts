import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

/**
 * Maps a request path to a file inside the built renderer, or null when it would leave it.
 * Used by the Electron `app://` protocol and by the e2e test host, so both serve the same way.
 */
export function resolveRendererFile(rootDir: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = resolve(rootDir)
  const full = resolve(root, relative)
  return full === root || !full.startsWith(root + sep) ? null : full
}

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export function rendererHeaders(path: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(path),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer'
  }
}
