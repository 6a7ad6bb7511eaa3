// One web fetch for followed feeds, with every limit a hostile or broken server could push on:
// http(s) only, no cookies or credentials, an overall time limit, a cap on the bytes received and
// on the bytes after gzip/deflate/br decoding (a gzip bomb is cut off, not inflated), redirects
// followed by hand and re-checked (a redirect to file:, data: etc. is refused). Node's own
// http/https are used so the redirect and decoding steps stay in our hands; the transport is
// injectable for tests.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import * as http from 'node:http'
import * as https from 'node:https'
import type { LookupFunction } from 'node:net'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Readable } from 'node:stream'
import { PUBLIC_ADDRESSES_ONLY, type AddressPolicy } from './addressPolicy'

export interface FetchLimits {
  timeoutMs: number
  /** Bytes on the wire and bytes after decoding, each. */
  maxBytes: number
  maxRedirects: number
}

export const FEED_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 }

export type FetchProblem = 'private-address' | 'bad-address' | 'bad-redirect' | 'too-many-redirects' | 'timeout' | 'too-large' | 'http-status' | 'network' | 'bad-encoding'

export type Fetched =
  | { ok: true; url: string; contentType: string; body: Buffer }
  | { ok: false; url: string; problem: FetchProblem; message: string }

export type Transport = (url: URL, options: http.RequestOptions, onResponse: (res: http.IncomingMessage) => void) => http.ClientRequest

export const nodeTransport: Transport = (url, options, onResponse) =>
  (url.protocol === 'https:' ? https : http).request(url, options, onResponse)

export interface FetchOptions {
  /** Which addresses may be connected to; the app uses PUBLIC_ADDRESSES_ONLY, tests of stand-in servers on loopback pass their own. */
  policy?: AddressPolicy
  transport?: Transport
  /** The name resolver (node:dns lookup); tests pass their own to stand in for DNS. */
  resolve?: typeof dnsLookup
}

class Refused extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string
  ) {
    super(message)
  }
}

function checkAddress(raw: string, policy: AddressPolicy, base?: string): URL {
  let url: URL
  try {
    url = base ? new URL(raw, base) : new URL(raw)
  } catch {
    throw new Refused(base ? 'bad-redirect' : 'bad-address', `not a web address: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refused(base ? 'bad-redirect' : 'bad-address', `only http and https are fetched, not ${url.protocol}`)
  }
  if (url.username || url.password) throw new Refused(base ? 'bad-redirect' : 'bad-address', 'addresses with credentials are not fetched')
  const refused = policy.refuseHostName(url.hostname)
  if (refused) throw new Refused('private-address', `${url.hostname} is ${refused}; feeds are fetched only from public addresses`)
  return url
}

/**
 * Resolves a name and refuses it when ANY address it gives is not allowed; the addresses checked
 * are the ones handed to the socket, so the connection goes where the check looked.
 */
export function guardedLookup(policy: AddressPolicy, resolve: typeof dnsLookup = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true, family: options.family ?? 0, ...(options.hints !== undefined ? { hints: options.hints } : {}) }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
      for (const a of addresses) {
        const why = policy.refuseAddress(a.address)
        if (why) return callback(new Refused('private-address', `${hostname} resolves to ${a.address}, ${why}; feeds are fetched only from public addresses`), '', 0)
      }
      const first = addresses[0] as LookupAddress
      if (options.all) callback(null, addresses)
      else callback(null, first.address, first.family)
    })
  }
}

export async function fetchLimited(address: string, limits: FetchLimits = FEED_FETCH_LIMITS, options: FetchOptions = {}): Promise<Fetched> {
  const policy = options.policy ?? PUBLIC_ADDRESSES_ONLY
  const transport = options.transport ?? nodeTransport
  const lookup = guardedLookup(policy, options.resolve)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs)
  let current = address
  try {
    let url = checkAddress(address, policy)
    for (let hop = 0; ; hop++) {
      current = url.href
      const res = await open(url, transport, lookup, controller.signal)
      const status = res.statusCode ?? 0
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume()
        if (hop >= limits.maxRedirects) throw new Refused('too-many-redirects', `more than ${limits.maxRedirects} redirects`)
        url = checkAddress(res.headers.location, policy, url.href)
        continue
      }
      if (status < 200 || status >= 300) {
        res.resume()
        throw new Refused('http-status', `the server answered ${status}`)
      }
      const declared = Number(res.headers['content-length'])
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        res.destroy()
        throw new Refused('too-large', `the server announced ${declared} bytes; at most ${limits.maxBytes} are read`)
      }
      const body = await readCapped(res, limits.maxBytes, controller.signal)
      return { ok: true, url: url.href, contentType: String(res.headers['content-type'] ?? ''), body }
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, url: current, problem: error.problem, message: error.message }
    if (controller.signal.aborted) return { ok: false, url: current, problem: 'timeout', message: `no complete answer within ${limits.timeoutMs} ms` }
    return { ok: false, url: current, problem: 'network', message: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

function open(url: URL, transport: Transport, lookup: LookupFunction, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    // No Cookie or Authorization header is ever sent, and none received is kept. No shared agent:
    // a pooled socket from another check is never reused.
    const req = transport(url, { method: 'GET', signal, lookup, agent: false, headers: { 'accept-encoding': 'gzip, deflate, br', accept: '*/*', 'user-agent': 'Bayegan feed reader' } }, resolve)
    req.on('error', reject)
    req.end()
  })
}

function decoderFor(encoding: string): Readable | undefined | null {
  const e = encoding.trim().toLowerCase()
  if (e === '' || e === 'identity') return undefined
  if (e === 'gzip' || e === 'x-gzip') return createGunzip()
  if (e === 'deflate') return createInflate()
  if (e === 'br') return createBrotliDecompress()
  return null
}

/** Reads the body, counting bytes on the wire and after decoding; past the cap it stops at once. */
function readCapped(res: http.IncomingMessage, max: number, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const decoder = decoderFor(String(res.headers['content-encoding'] ?? ''))
    if (decoder === null) {
      res.destroy()
      reject(new Refused('bad-encoding', `unknown content encoding ${String(res.headers['content-encoding'])}`))
      return
    }
    const chunks: Buffer[] = []
    let wire = 0
    let decoded = 0
    let settled = false
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      res.destroy()
      decoder?.destroy()
      reject(error)
    }
    const onAbort = (): void => fail(new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    res.on('data', (chunk: Buffer) => {
      wire += chunk.length
      if (wire > max) fail(new Refused('too-large', `more than ${max} bytes were sent`))
    })
    const out = decoder ?? res
    if (decoder) {
      res.pipe(decoder as unknown as NodeJS.WritableStream)
      decoder.on('error', (e) => fail(new Refused('bad-encoding', `the compressed answer is broken: ${e.message}`)))
    }
    out.on('data', (chunk: Buffer) => {
      decoded += chunk.length
      if (decoded > max) fail(new Refused('too-large', `the answer decodes to more than ${max} bytes`))
      else chunks.push(chunk)
    })
    res.on('error', (e) => fail(e))
    out.on('end', () => {
      signal.removeEventListener('abort', onAbort)
      if (settled) return
      settled = true
      resolve(Buffer.concat(chunks))
    })
  })
}
