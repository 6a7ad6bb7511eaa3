import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { parseFile } from './parseFile'
import { createWorkerParser, type FileParser } from './workerParser'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const GOOD = `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>ثبت‌نام الکامپ آغاز شد - عصر فناوری</title>
  <meta property="og:site_name" content="عصر فناوری"></head><body><article><h1>ثبت‌نام الکامپ آغاز شد</h1>
  <p>${'به گزارش خبرنگار ما، ثبت‌نام غرفه‌داران بیست و هشتمین نمایشگاه الکامپ از روز شنبه آغاز شد و تا پایان ماه ادامه دارد. '.repeat(6)}</p>
  </article></body></html>`

/** About 1 MB of elements nested 200 deep: within the depth limit, but Readability takes seconds on it. */
function slowPage(): string {
  const unit = '<div>'.repeat(200) + '<p>متن خبر درباره الکامپ و بازار فناوری.</p>' + '</div>'.repeat(200)
  return `<!doctype html><html><head><meta charset="utf-8"><title>آزمون</title></head><body>${unit.repeat(Math.ceil(1_000_000 / unit.length))}</body></html>`
}

/** Largest gap between timer ticks while `work` runs: how long the main thread was blocked. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now()
  let stallMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 10)
  try {
    const result = await work
    return { result, stallMs }
  } finally {
    clearInterval(timer)
  }
}

let parser: FileParser | undefined
afterEach(async () => {
  await parser?.close()
  parser = undefined
})

describe('reading files in a worker thread', () => {
  it('gives the same report as reading in the main thread', async () => {
    parser = createWorkerParser()
    const input = { name: 'good.html', bytes: encode(GOOD), lastModified: Date.UTC(2025, 5, 1) }
    expect(await parser.parse(input)).toEqual(await parseFile(input))
  })

  it('sends only the file\'s own bytes when they are a view into a larger pooled buffer (a small Node Buffer)', async () => {
    parser = createWorkerParser()
    const pooled = Buffer.from(GOOD, 'utf8')
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length)
    const result = await parser.parse({ name: 'pooled.html', bytes: pooled, lastModified: 0 })
    expect(result.status).toBe('parsed')
  })

  it('times out a page that takes too long, keeps the main thread free meanwhile, and reads the next file in a fresh worker', async () => {
    parser = createWorkerParser({ timeoutMs: 2_000 })
    const { result, stallMs } = await longestStall(parser.parse({ name: 'slow.html', bytes: encode(slowPage()), lastModified: 0 }))
    expect(result).toMatchObject({ status: 'failed', file: 'slow.html', failure: { code: 'timed-out' } })
    // Parsed on the main thread this page blocks it for seconds; the bound is loose for busy machines.
    expect(stallMs).toBeLessThan(1_000)
    const next = await parser.parse({ name: 'good.html', bytes: encode(GOOD), lastModified: 0 })
    expect(next.status).toBe('parsed')
  }, 60_000)

  // A stand-in worker speaking the parse protocol, for the one thing the real one cannot be made to
  // do on demand: load slowly, or never.
  const protocolWorker = (bootMs: number): Worker =>
    new Worker(
      `const { parentPort } = require('node:worker_threads')
      const until = Date.now() + ${bootMs}
      while (Date.now() < until) {}
      parentPort.on('message', (job) => {
        parentPort.postMessage({ id: job.id, started: true })
        parentPort.postMessage({ id: job.id, result: { status: 'parsed', file: job.name, kind: 'html', encoding: 'utf-8', entries: [], notes: [] } })
      })`,
      { eval: true }
    )

  it('does not count a slow worker start against the file: the limit starts when the worker takes the job', async () => {
    parser = createWorkerParser({ timeoutMs: 300, spawn: () => protocolWorker(1_500) })
    const result = await parser.parse({ name: 'good.html', bytes: encode(GOOD), lastModified: 0 })
    expect(result.status).toBe('parsed')
  }, 30_000)

  it('gives up on a worker that never starts, with its own reason, and the next file gets a fresh one', async () => {
    let spawned = 0
    parser = createWorkerParser({ timeoutMs: 5_000, bootTimeoutMs: 300, spawn: () => protocolWorker(spawned++ === 0 ? 600_000 : 0) })
    const stuck = await parser.parse({ name: 'a.html', bytes: encode(GOOD), lastModified: 0 })
    expect(stuck).toMatchObject({ status: 'failed', failure: { code: 'timed-out' } })
    expect(stuck.status === 'failed' && stuck.failure.message).toMatch(/did not start/)
    const next = await parser.parse({ name: 'b.html', bytes: encode(GOOD), lastModified: 0 })
    expect(next.status).toBe('parsed')
    expect(spawned).toBe(2)
  }, 30_000)

  it('cancel stops the file being read at once and reports it as cancelled', async () => {
    parser = createWorkerParser({ timeoutMs: 60_000 })
    const reading = parser.parse({ name: 'slow.html', bytes: encode(slowPage()), lastModified: 0 })
    await new Promise((r) => setTimeout(r, 300))
    expect(parser.busy()).toBe(true)
    const started = performance.now()
    parser.cancel()
    expect(await reading).toMatchObject({ status: 'failed', failure: { code: 'cancelled' } })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(parser.busy()).toBe(false)
  }, 60_000)

  it('refuses a file whose reading needs more memory than the cap, and the app goes on', async () => {
    parser = createWorkerParser({ maxHeapMb: 16, timeoutMs: 60_000 })
    const big = `<!doctype html><html><body>${'<section><p>الکامپ</p><p>بازار</p></section>'.repeat(200_000)}</body></html>`
    const result = await parser.parse({ name: 'big.html', bytes: encode(big), lastModified: 0 })
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'too-large' } })
    expect(result.status === 'failed' && result.failure.message).toMatch(/16 MB of memory/)
  }, 60_000)
})
