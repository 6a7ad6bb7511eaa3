// The feeds channels against a stand-in server on 127.0.0.1 (random port) started by this test.
import { mkdtempSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFeedHandlers } from './handlers'
import { LOOPBACK_ALLOWED_FOR_TESTS } from './loopbackForTests'

let server: Server
let base = ''
let hits = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
    if (req.url === '/feed.xml') {
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>منبع آزمایشی</title><link>${base}/</link>
<item><title>غرفه‌های الکامپ امسال</title><link>${base}/a</link><description>شرح خبر نمایشگاه</description></item>
<item><title>قیمت موبایل</title><link>${base}/b</link><description>شرح خبر بازار</description></item></channel></rss>`)
    } else if (req.url === '/a') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end('<html><head><title>غرفه‌های الکامپ امسال | منبع آزمایشی</title></head><body><article><h1>غرفه‌های الکامپ امسال</h1><p>متن کامل: شرکت‌های نرم‌افزاری در نمایشگاه الکامپ امسال غرفه‌های بزرگ‌تری گرفته‌اند و بازدید عمومی از ساعت ده آغاز می‌شود.</p></article></body></html>')
    } else {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const limits = { timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 2 }

describe('feeds channels', () => {
  it('refuse a non-web address and a duplicate, naming the row', async () => {
    const h = createFeedHandlers({ dataDir: mkdtempSync(join(tmpdir(), 'bayegan-fh-')) }, limits, LOOPBACK_ALLOWED_FOR_TESTS)
    expect(await h['feeds:save']({ fetchingOn: true, checkOnStart: false, feeds: [{ url: 'https://a.example/f', keywords: [] }, { url: 'file:///etc/passwd', keywords: [] }] })).toEqual({ ok: false, problem: 'bad-address', index: 1 })
    expect(await h['feeds:save']({ fetchingOn: true, checkOnStart: false, feeds: [{ url: 'https://a.example/f', keywords: [] }, { url: 'https://a.example/f', keywords: [] }] })).toEqual({ ok: false, problem: 'duplicate', index: 1 })
  })
  it('fetch nothing while switched off; once on, bring only the matching article and record the status', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bayegan-fh-'))
    const h = createFeedHandlers({ dataDir }, limits, LOOPBACK_ALLOWED_FOR_TESTS)
    await h['feeds:save']({ fetchingOn: false, checkOnStart: false, feeds: [{ url: `${base}/feed.xml`, keywords: ['الكامپ'] }, { url: `${base}/missing.xml`, keywords: [] }] })
    hits = 0
    expect(await h['feeds:check'](null)).toMatchObject({ skipped: 'off', pages: [] })
    expect(hits).toBe(0)
    await h['feeds:save']({ fetchingOn: true, checkOnStart: false, feeds: [{ url: `${base}/feed.xml`, keywords: ['الكامپ'] }, { url: `${base}/missing.xml`, keywords: [] }] })
    const result = await h['feeds:check'](null)
    expect(result.pages.map((p) => p.page.url)).toEqual([`${base}/a`])
    expect(result.pages[0]?.page.html).toContain('متن کامل')
    expect(result.state.feeds[0]?.status).toMatchObject({ outcome: 'ok', matched: 1, total: 2 })
    expect(result.state.feeds[1]?.status).toMatchObject({ outcome: 'failed', problem: 'http-status' })
    expect((await h['feeds:get'](null)).feeds[1]?.keywords).toEqual([])
  })
  it('with the app policy (nothing injected), a feed on this computer is refused with its own status and nothing is fetched', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bayegan-fh-'))
    const h = createFeedHandlers({ dataDir }, limits)
    await h['feeds:save']({ fetchingOn: true, checkOnStart: false, feeds: [{ url: `${base}/feed.xml`, keywords: [] }, { url: 'http://localhost/feed.xml', keywords: [] }] })
    hits = 0
    const result = await h['feeds:check'](null)
    expect(hits).toBe(0)
    expect(result.pages).toEqual([])
    expect(result.state.feeds.map((f) => f.status)).toMatchObject([
      { outcome: 'failed', problem: 'private-address' },
      { outcome: 'failed', problem: 'private-address' }
    ])
  })
  it('check on start: never while fetching or the option is off, once per run when both are on', async () => {
    const feeds = [{ url: `${base}/feed.xml`, keywords: ['الکامپ'] }]
    const start = async (fetchingOn: boolean, checkOnStart: boolean) => {
      const h = createFeedHandlers({ dataDir: mkdtempSync(join(tmpdir(), 'bayegan-fh-')) }, limits, LOOPBACK_ALLOWED_FOR_TESTS)
      await h['feeds:save']({ fetchingOn, checkOnStart, feeds })
      return h
    }
    hits = 0
    expect(await (await start(true, false))['feeds:startup'](null)).toMatchObject({ skipped: 'not-on-start', pages: [] })
    expect(await (await start(false, true))['feeds:startup'](null)).toMatchObject({ skipped: 'off', pages: [] })
    expect(hits).toBe(0)
    const h = await start(true, true)
    const first = await h['feeds:startup'](null)
    expect(first.skipped).toBeUndefined()
    expect(first.pages.map((p) => p.page.url)).toEqual([`${base}/a`])
    expect(first.state.feeds[0]?.status).toMatchObject({ outcome: 'ok', matched: 1 })
    const fetched = hits
    expect(await h['feeds:startup'](null)).toMatchObject({ skipped: 'already', pages: [] })
    expect(hits).toBe(fetched)
  })
})
