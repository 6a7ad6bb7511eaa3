// Runs against a stand-in server on 127.0.0.1 (random port) that this test starts and stops.
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync, brotliCompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { lookup as dnsLookup } from 'node:dns'
import { fetchLimited, guardedLookup, type FetchLimits, type FetchOptions } from './fetchLimited'
import { PUBLIC_ADDRESSES_ONLY } from './addressPolicy'
import { LOOPBACK_ALLOWED_FOR_TESTS } from './loopbackForTests'

const LIMITS: FetchLimits = { timeoutMs: 800, maxBytes: 256 * 1024, maxRedirects: 3 }
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024)) // 64 MiB of zeros, ~64 KiB compressed
let server: Server
let base = ''
let hits = 0
/** The stand-in server is on 127.0.0.1: these tests allow loopback explicitly (and only loopback). */
const LOOP: FetchOptions = { policy: LOOPBACK_ALLOWED_FOR_TESTS }
const open = new Set<Socket>()

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
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
    } else if (path === '/to-metadata') {
      res.statusCode = 302
      res.setHeader('location', 'http://169.254.169.254/latest/meta-data/')
      res.end()
    } else if (path === '/to-private-name') {
      res.statusCode = 302
      res.setHeader('location', `http://intranet.example:${(server.address() as AddressInfo).port}/ok`)
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
    const ok = await fetchLimited(`${base}/ok`, LIMITS, LOOP)
    expect(ok.ok && ok.body.toString('utf8')).toBe('<p>الکامپ</p>')
    const gz = await fetchLimited(`${base}/gzip`, LIMITS, LOOP)
    expect(gz.ok && gz.body.toString('utf8')).toBe('فشرده')
    const br = await fetchLimited(`${base}/br`, LIMITS, LOOP)
    expect(br.ok && br.body.toString('utf8')).toBe('بروتلی')
  })
  it('sends no cookie', async () => {
    const r = await fetchLimited(`${base}/cookie`, LIMITS, LOOP)
    expect(r.ok && r.body.toString()).toBe('no cookie')
  })
  it('follows a relative redirect and reports the final address', async () => {
    const r = await fetchLimited(`${base}/hop`, LIMITS, LOOP)
    expect(r).toMatchObject({ ok: true, url: `${base}/ok` })
  })
  it('refuses redirects to file: and data:, and redirect loops', async () => {
    expect(await fetchLimited(`${base}/to-file`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'bad-redirect' })
    expect(await fetchLimited(`${base}/to-data`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'bad-redirect' })
    expect(await fetchLimited(`${base}/loop`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'too-many-redirects' })
  })
  it('refuses non-web addresses without any request', async () => {
    expect(await fetchLimited('file:///etc/passwd', LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'bad-address' })
    expect(await fetchLimited('http://user:pw@127.0.0.1/', LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'bad-address' })
  })
  it('gives up on a slow server at the time limit', async () => {
    const started = Date.now()
    expect(await fetchLimited(`${base}/slow`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'timeout' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(LIMITS.timeoutMs - 50)
  })
  it('stops reading a huge answer at the cap, announced or not', async () => {
    expect(await fetchLimited(`${base}/huge`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(await fetchLimited(`${base}/announced-huge`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'too-large' })
  })
  it('refuses a gzip bomb once the decoded size passes the cap', async () => {
    const before = process.memoryUsage().arrayBuffers
    const r = await fetchLimited(`${base}/bomb`, LIMITS, LOOP)
    expect(r).toMatchObject({ ok: false, problem: 'too-large' })
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024)
  })
  it('reports an HTTP error status and an unreachable server', async () => {
    expect(await fetchLimited(`${base}/nothing-here`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'http-status' })
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await fetchLimited(`http://127.0.0.1:${port}/`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'network' })
  })
})

/** A stand-in for DNS: fixed answers by name, counting the questions. */
function fakeDns(answers: Record<string, string[]>): { resolve: typeof dnsLookup; asked: string[] } {
  const asked: string[] = []
  const resolve = ((hostname: string, _options: unknown, callback: (e: Error | null, a: { address: string; family: number }[]) => void) => {
    asked.push(hostname)
    const found = answers[hostname]
    if (!found) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), [])
    callback(null, found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))
  }) as unknown as typeof dnsLookup
  return { resolve, asked }
}

describe('private-network addresses', () => {
  it('the app policy refuses this computer and private networks by literal address and name, before any request', async () => {
    const port = (server.address() as AddressInfo).port
    hits = 0
    for (const address of [
      `${base}/ok`,
      `http://localhost:${port}/ok`,
      `http://LOCALHOST./ok`,
      `http://feeds.localhost/`,
      `http://[::1]:${port}/ok`,
      `http://2130706433:${port}/ok`, // 127.0.0.1 written as one number
      `http://0x7f.1:${port}/ok`,
      'http://0.0.0.0/',
      'http://10.1.2.3/feed.xml',
      'http://172.20.0.9/',
      'http://192.168.1.1/rss',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.64.3.4/',
      'http://224.0.0.251/',
      'http://255.255.255.255/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[ff02::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a00:1]/'
    ]) {
      expect(await fetchLimited(address, LIMITS), address).toMatchObject({ ok: false, problem: 'private-address' })
    }
    expect(hits).toBe(0)
  })

  it('refuses a name that resolves to a private address, checking what the name resolves to', async () => {
    const port = (server.address() as AddressInfo).port
    const dns = fakeDns({ 'news.example': ['127.0.0.1'], 'mixed.example': ['93.184.216.34', '10.0.0.7'] })
    hits = 0
    const r = await fetchLimited(`http://news.example:${port}/ok`, LIMITS, { resolve: dns.resolve })
    expect(r).toMatchObject({ ok: false, problem: 'private-address' })
    expect(r.ok || r.message).toMatch(/resolves to 127\.0\.0\.1/)
    expect(await fetchLimited(`http://mixed.example:${port}/ok`, LIMITS, { resolve: dns.resolve })).toMatchObject({ ok: false, problem: 'private-address' })
    expect(hits).toBe(0)
  })

  it('connects to exactly the address it checked: one lookup per connection, no second answer used', async () => {
    const port = (server.address() as AddressInfo).port
    // "news.example" exists only in this stand-in DNS: reaching the server proves the socket used the checked answer.
    const dns = fakeDns({ 'news.example': ['127.0.0.1'] })
    const r = await fetchLimited(`http://news.example:${port}/ok`, LIMITS, { ...LOOP, resolve: dns.resolve })
    expect(r.ok && r.body.toString('utf8')).toBe('<p>الکامپ</p>')
    expect(dns.asked).toEqual(['news.example'])
  })

  it('checks every redirect: to a link-local metadata address, and to a name resolving to a private one', async () => {
    expect(await fetchLimited(`${base}/to-metadata`, LIMITS, LOOP)).toMatchObject({ ok: false, problem: 'private-address' })
    const dns = fakeDns({ 'intranet.example': ['192.168.10.20'] })
    expect(await fetchLimited(`${base}/to-private-name`, LIMITS, { ...LOOP, resolve: dns.resolve })).toMatchObject({ ok: false, problem: 'private-address' })
    expect(dns.asked).toEqual(['intranet.example'])
  })

  it('the guarded lookup answers in both shapes net asks for, and passes DNS errors on', async () => {
    const dns = fakeDns({ 'public.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] })
    const lookup = guardedLookup(PUBLIC_ADDRESSES_ONLY, dns.resolve)
    const one = await new Promise((done) => lookup('public.example', {}, (e, address, family) => done({ e, address, family })))
    expect(one).toEqual({ e: null, address: '93.184.216.34', family: 4 })
    const all = await new Promise((done) => lookup('public.example', { all: true }, (e, address) => done({ e, address })))
    expect(all).toMatchObject({ e: null, address: [{ address: '93.184.216.34' }, { address: '2606:2800:220:1:248:1893:25c8:1946' }] })
    const missing = await new Promise<Error | null>((done) => lookup('nowhere.example', {}, (e) => done(e)))
    expect(missing?.message).toMatch(/ENOTFOUND/)
  })
})
