/**
 * How much of the page heap a first start's import leaves for the garbage collector, by where the
 * records come from: made in the page, carried in by the e2e host's bridge (Playwright's
 * exposeBinding, the stand-in for Electron's IPC), or carried in and written to IndexedDB. Tells
 * the UI bench's memory peak at a first start (bench/uiTyping.ts) apart from the app's own cost.
 * Each case runs in a fresh page: 80 pages of 500 records of about 2.6 KB of Persian text, the
 * articles' shape, written (when it is) in one transaction a page to a store with four indexes.
 * Run: `npx tsx bench/bridgeGarbage.ts`.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chooseBrowser } from '../e2e/host/browser'

const PAGES = 80
const PER_PAGE = 500
/** The record maker, as page script (evaluated in the page) and in Node (served by the binding). */
const MAKE_RECORD = `(i) => {
  const text = 'نمایشگاه الکامپ امسال با حضور شرکت‌های دانش‌بنیان و استارتاپ‌ها برگزار شد و '.repeat(30)
  return { id: 'a' + i, packId: 'p', sortKey: String(i).padStart(8, '0'), source: 's' + (i % 12), tags: ['t' + (i % 12)], item: { id: 'a' + i, title: 'عنوان ' + i, body: text + i, summary: text.slice(0, 400) + i } }
}`
const makeRecord = new Function(`return ${MAKE_RECORD}`)() as (i: number) => unknown

const CASES = [
  { name: 'made in the page, written to IndexedDB', carried: false, written: true },
  { name: 'carried by the bridge, not written', carried: true, written: false },
  { name: 'carried by the bridge, written to IndexedDB', carried: true, written: true }
] as const

const server = createServer((_req, res) => res.end('<!doctype html><title>bench</title>'))
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
const browser = await chromium.launch({ executablePath: chooseBrowser().executablePath, args: CHROMIUM_ARGS })
const rows: string[] = []
try {
  for (const c of CASES) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await context.exposeBinding('__records', async (_source, p: number) => Array.from({ length: PER_PAGE }, (_, k) => makeRecord(p * PER_PAGE + k)))
    await page.goto(origin)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const heapMb = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20
    }
    const began = performance.now()
    await page.evaluate(`(async () => {
      const make = ${MAKE_RECORD}
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('bench', 1)
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('articles', { keyPath: 'id' })
          for (const key of ['packId', 'sortKey', 'source']) store.createIndex(key, key)
          store.createIndex('tags', 'tags', { multiEntry: true })
        }
        open.onsuccess = () => ok(open.result)
        open.onerror = () => fail(open.error)
      })
      for (let p = 0; p < ${PAGES}; p++) {
        const records = ${c.carried} ? await window.__records(p) : Array.from({ length: ${PER_PAGE} }, (_, k) => make(p * ${PER_PAGE} + k))
        if (${c.written}) await new Promise((ok, fail) => {
          const tx = db.transaction('articles', 'readwrite')
          for (const r of records) tx.objectStore('articles').put(r)
          tx.oncomplete = ok
          tx.onabort = () => fail(tx.error)
        })
      }
    })()`)
    const seconds = (performance.now() - began) / 1000
    const atEnd = await heapMb()
    await cdp.send('HeapProfiler.collectGarbage')
    rows.push(`| ${c.name} | ${seconds.toFixed(1)} | ${atEnd.toFixed(0)} | ${(await heapMb()).toFixed(0)} |`)
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}
console.log(`${PAGES * PER_PAGE} records\n| records | s | page heap used at the end MB | after a forced GC MB |\n|---|---|---|---|\n${rows.join('\n')}`)
