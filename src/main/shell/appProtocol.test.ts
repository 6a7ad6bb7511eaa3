import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppRequestHandler } from './appProtocol'
import { createPrintDocuments } from './printDocuments'

let base: string
let rendererDir: string
const printDocuments = createPrintDocuments()
let handle: (request: Request) => Promise<Response>
const get = (url: string, init?: RequestInit): Promise<Response> => handle(new Request(url, init))

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'bayegan-protocol-'))
  rendererDir = join(base, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'SECRET')
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(base, 'outside', 'x.js'), 'SECRET')
  symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'link.txt'))
  symlinkSync(join(base, 'outside'), join(rendererDir, 'linkdir'))
  handle = createAppRequestHandler({ rendererDir, printDocuments })
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('app:// serves the renderer folder and nothing else', () => {
  it('serves index.html at the root and assets with their type and the CSP', async () => {
    const index = await get('app://bayegan/')
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('<title>app</title>')
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
    const js = await get('app://bayegan/assets/app.js')
    expect(js.headers.get('content-type')).toMatch(/javascript/)
  })

  it('ignores query strings and fragments', async () => {
    expect((await get('app://bayegan/index.html?x=../../secret.txt#../secret.txt')).status).toBe(200)
    expect(await (await get('app://bayegan/assets/app.js?../../../secret.txt')).text()).toBe('console.log(1)')
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5C..%5C..%5Csecret.txt',
    '/%252e%252e/secret.txt',
    '/a%00b',
    '/%E0%A4%A'
  ])('refuses an escape by name: %s', async (path) => {
    const res = await get(`app://bayegan${path}`)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('SECRET')
  })

  it('refuses absolute paths, including the real path of a file outside', async () => {
    for (const path of [`/${join(base, 'secret.txt')}`, `//${join(base, 'secret.txt')}`, `/${encodeURIComponent(join(base, 'secret.txt'))}`, '/C:/Windows/win.ini']) {
      const res = await get(`app://bayegan${path}`)
      expect(res.status, path).toBe(404)
    }
  })

  it('refuses symlinks that point out of the folder, to a file or a directory', async () => {
    expect((await get('app://bayegan/link.txt')).status).toBe(404)
    expect((await get('app://bayegan/linkdir/x.js')).status).toBe(404)
  })

  it('refuses other hosts and methods', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404)
    expect((await get('app://bayegan/index.html', { method: 'POST', body: 'x' })).status).toBe(405)
  })
})

describe('app://print serves waiting export documents from memory only', () => {
  it('serves a document at its random path with a script-free CSP, and not after removal', async () => {
    const doc = printDocuments.add('<!doctype html><p>چاپ</p>')
    expect(doc.path).toMatch(/^\/[0-9a-f-]{36}\.html$/)
    const res = await get(`app://print${doc.path}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('چاپ')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect((await get('app://print/index.html')).status).toBe(404)
    doc.remove()
    expect((await get(`app://print${doc.path}`)).status).toBe(404)
    expect(printDocuments.size).toBe(0)
  })

  it('never serves renderer files under the print host', async () => {
    expect((await get('app://print/')).status).toBe(404)
    expect((await get('app://print/assets/app.js')).status).toBe(404)
  })
})
