import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { contentTypeOf, rendererHeaders, resolveRendererFile } from './rendererFiles'

const root = resolve('/srv/app/renderer')

describe('resolveRendererFile', () => {
  it('serves index.html for the root', () => {
    expect(resolveRendererFile(root, '/')).toBe(resolve(root, 'index.html'))
  })
  it('maps nested assets and drops the query string', () => {
    expect(resolveRendererFile(root, '/assets/app.js?v=1')).toBe(resolve(root, 'assets/app.js'))
  })
  it.each(['/../secret.txt', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/a%00b', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(resolveRendererFile(root, path)).toBeNull()
    }
  )
})

describe('headers', () => {
  it('names font and script types and always sends the CSP', () => {
    expect(contentTypeOf('x.woff2')).toBe('font/woff2')
    expect(contentTypeOf('x.JS')).toMatch(/javascript/)
    const headers = rendererHeaders('x.html')
    expect(headers['Content-Security-Policy']).toContain("script-src 'self'")
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(headers['Content-Security-Policy']).not.toMatch(/https?:/)
  })
})
