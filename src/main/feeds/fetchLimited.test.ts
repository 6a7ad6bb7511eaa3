// Runs against a stand-in server on 127.0.0.1 (random port) that this test starts and stops.
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync, brotliCompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchLimited, type FetchLimits } from './fetchLimited'

const LIMITS: FetchLimits = { timeoutMs: 800, maxBytes: 256 * 1024, maxRedirects: 3 }
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024)) // 64 MiB of zeros, ~64 KiB compressed
let server: Server
let base = ''
const open = new Set<Socket>()

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (path === '/ok') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end('<p>الکامپ</p>')
    } else if (path === '/gzip') {
      res.setHeader('content-encoding', 'gzip')
      res.end(gzipSync(Buffer.from('فشرده')))
    } else if (path === '/br') {
      res.setHeader('content-encoding', 'br')
      res.end(brotliCompressSync(Buffer.from('بروتلی')))
    } else if (path === '/cookie') {
      res.end(String(req.headers.cookie ?? 'no cookie'))
    } else if (path === '/slow') {
      res.write('<p>') // and never finishes within the limit
    } else if (path === '/huge') {
      const chunk = Buffer.alloc(64 * 1024, 0x61)
      let sent = 0
      const more = (): void => {
        while (sent < 10 * 1024 * 1024) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', more)
        }
        res.end()
      }
      more()
    } else if (path === '/announced-huge') {
      res.setHeader('content-length', String(50 * 1024 * 1024))
      res.write('x')
    } else if (path === '/bomb') {
      res.setHeader('content-encoding', 'gzip')
      res.end(BOMB)
    } else if (path === '/to-file') {
      res.statusCode = 302
      res.setHeader('location', 'file:///etc/passwd')
      res.end()
    } else if (path === '/to-data') {
      res.statusCode = 301
      res.setHeader('location', 'data:text/html,<p>x</p>')
      res.end()
    } else if (path === '/hop') {
      res.statusCode = 302
      res.setHeader('location', '/ok')
      res.end()
    } else if (path === '/loop') {
      res.statusCode = 302
      res.setHeader('location', '/loop')
      res.end()
    } else {
      res.statusCode = 404
      res.end('missing')
    }
  })
  server.on('connection', (socket) => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const socket of open) socket.destroy()
  await new Promise((resolve) => server.close(resolve))
})

describe('fetchLimited', () => {
  it('reads a page, and gzip and brotli answers decoded', async () => {
    const ok = await fetchLimited(`${base}/ok`, LIMITS)
    expect(ok.ok && ok.body.toString('utf8')).toBe('<p>الکامپ</p>')
    const gz = await fetchLimited(`${base}/gzip`, LIMITS)
    expect(gz.ok && gz.body.toString('utf8')).toBe('فشرده')
    const br = await fetchLimited(`${base}/br`, LIMITS)
    expect(br.ok && br.body.toString('utf8')).toBe('بروتلی')
  })
  it('sends no cookie', async () => {
    const r = await fetchLimited(`${base}/cookie`, LIMITS)
    expect(r.ok && r.body.toString()).toBe('no cookie')
  })
  it('follows a relative redirect and reports the final address', async () => {
    const r = await fetchLimited(`${base}/hop`, LIMITS)
    expect(r).toMatchObject({ ok: true, url: `${base}/ok` })
  })
  it('refuses redirects to file: and data:, and redirect loops', async () => {
    expect(await fetchLimited(`${base}/to-file`, LIMITS)).toMatchObject({ ok: false, problem: 'bad-redirect' })
    expect(await fetchLimited(`${base}/to-data`, LIMITS)).toMatchObject({ ok: false, problem: 'bad-redirect' })
    expect(await fetchLimited(`${base}/loop`, LIMITS)).toMatchObject({ ok: false, problem: 'too-many-redirects' })
  })
  it('refuses non-web addresses without any request', async () => {
    expect(await fetchLimited('file:///etc/passwd', LIMITS)).toMatchObject({ ok: false, problem: 'bad-address' })
    expect(await fetchLimited('http://user:pw@127.0.0.1/', LIMITS)).toMatchObject({ ok: false, problem: 'bad-address' })
  })
  it('gives up on a slow server at the time limit', async () => {
    const started = Date.now()
    expect(await fetchLimited(`${base}/slow`, LIMITS)).toMatchObject({ ok: false, problem: 'timeout' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(LIMITS.timeoutMs - 50)
  })
  it('stops reading a huge answer at the cap, announced or not', async () => {
    expect(await fetchLimited(`${base}/huge`, LIMITS)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(await fetchLimited(`${base}/announced-huge`, LIMITS)).toMatchObject({ ok: false, problem: 'too-large' })
  })
  it('refuses a gzip bomb once the decoded size passes the cap', async () => {
    const before = process.memoryUsage().arrayBuffers
    const r = await fetchLimited(`${base}/bomb`, LIMITS)
    expect(r).toMatchObject({ ok: false, problem: 'too-large' })
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024)
  })
  it('reports an HTTP error status and an unreachable server', async () => {
    expect(await fetchLimited(`${base}/nothing-here`, LIMITS)).toMatchObject({ ok: false, problem: 'http-status' })
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await fetchLimited(`http://127.0.0.1:${port}/`, LIMITS)).toMatchObject({ ok: false, problem: 'network' })
  })
})
