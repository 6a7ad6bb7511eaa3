// A stand-in news site on 127.0.0.1 (random port), started and stopped by this test.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkFeed, matchesKeywords } from './checkFeed'
import { fetchLimited, type FetchLimits } from './fetchLimited'
import { LOOPBACK_ALLOWED_FOR_TESTS } from './loopbackForTests'

const LIMITS: FetchLimits = { timeoutMs: 2000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 }
let server: Server
let base = ''
const requests: string[] = []

// Every 100th entry of the big feed mentions the exhibition, spelled with an Arabic kaf and a lost ZWNJ.
function bigFeed(): string {
  const items: string[] = []
  for (let i = 1; i <= 1000; i++) {
    const mention = i % 100 === 0 ? 'در نمایشگاه الكامپ' : 'در بازار موبایل'
    items.push(`<item><title>خبر شماره ${i} ${mention}</title><link>${base}/news/${i}</link><description>شرح کوتاه خبر ${i}</description><pubDate>Fri, 28 Jun 2024 10:00:00 +0330</pubDate></item>`)
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری آزمایشی</title><link>${base}/</link>${items.join('')}</channel></rss>`
}

function page(i: number): string {
  return `<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>خبر شماره ${i} - خبرگزاری آزمایشی</title></head><body><article><h1>خبر شماره ${i}</h1>
<p>نویسنده: پرستو کاظمی</p>
<p>متن کامل خبر ${i}: غرفه‌های شرکت‌های نرم‌افزاری در نمایشگاه الکامپ امسال بزرگ‌تر شده‌اند و بازدیدکنندگان بیشتری انتظار می‌رود.</p>
<p>برگزارکنندگان می‌گویند بخش استارت‌آپ‌ها در سالن جداگانه‌ای برپا می‌شود و ثبت‌نام آن تا پایان هفته ادامه دارد.</p></article></body></html>`
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push(path)
    const news = /^\/news\/(\d+)$/.exec(path)
    if (path === '/big.rss') {
      res.setHeader('content-type', 'application/rss+xml')
      res.end(bigFeed())
    } else if (path === '/news/300') {
      res.statusCode = 500
      res.end()
    } else if (news) {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(page(Number(news[1])))
    } else if (path === '/not-a-feed') {
      res.end('<html><body><p>صفحه</p></body></html>')
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

// The stand-in server is on 127.0.0.1: loopback allowed explicitly for these tests.
const deps = { fetch: (url: string) => fetchLimited(url, LIMITS, { policy: LOOPBACK_ALLOWED_FOR_TESTS }), pause: async () => undefined }

describe('matchesKeywords', () => {
  it('ignores ي/ی, ك/ک and ZWNJ differences', () => {
    expect(matchesKeywords('در نمایشگاه الكامپ', ['الکامپ'])).toBe(true)
    expect(matchesKeywords('شبکه‌های اجتماعی', ['شبکه هاي اجتماعي'])).toBe(true)
    expect(matchesKeywords('بازار موبایل', ['الکامپ'])).toBe(false)
    expect(matchesKeywords('هر متنی', [])).toBe(true)
  })
})

describe('checkFeed', () => {
  it('a feed of 1,000 entries: only the 10 matching ones are taken, pages read, a failing page keeps its feed text', async () => {
    requests.length = 0
    const result = await checkFeed({ url: `${base}/big.rss`, keywords: ['الکامپ'] }, deps)
    if (result.status !== 'ok') throw new Error(JSON.stringify(result))
    expect(result.total).toBe(1000)
    expect(result.matched).toBe(10)
    expect(result.taken).toHaveLength(10)
    expect(result.pageProblems).toBe(1)
    expect(requests.filter((r) => r.startsWith('/news/'))).toHaveLength(10)
    const first = result.taken[0]
    expect(first?.author).toBe('پرستو کاظمی')
    expect(first?.html).toContain('متن کامل خبر 100')
    expect(first?.url).toBe(`${base}/news/100`)
    const failed = result.taken.find((p) => p.url === `${base}/news/300`)
    expect(failed?.html).toContain('شرح کوتاه خبر 300')
  })
  it('takes at most pagesPerCheck pages and says how many matched', async () => {
    requests.length = 0
    const result = await checkFeed({ url: `${base}/big.rss`, keywords: [] }, deps, { pagesPerCheck: 5, politeDelayMs: 0 })
    if (result.status !== 'ok') throw new Error('failed')
    expect(result.matched).toBe(1000)
    expect(result.taken).toHaveLength(5)
    expect(requests.filter((r) => r.startsWith('/news/'))).toHaveLength(5)
  })
  it('waits between two requests to the same host', async () => {
    const waits: number[] = []
    let clock = 0
    await checkFeed(
      { url: `${base}/big.rss`, keywords: [] },
      { ...deps, now: () => clock, pause: async (ms) => void (waits.push(ms), (clock += ms)) },
      { pagesPerCheck: 3, politeDelayMs: 1000 }
    )
    expect(waits).toEqual([1000, 1000])
  })
  it('a missing feed and a page that is not a feed fail with a reason, fetching no pages', async () => {
    expect(await checkFeed({ url: `${base}/gone.rss`, keywords: [] }, deps)).toMatchObject({ status: 'failed', problem: 'http-status' })
    expect(await checkFeed({ url: `${base}/not-a-feed`, keywords: [] }, deps)).toMatchObject({ status: 'failed' })
  })
})
