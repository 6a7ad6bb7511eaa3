/**
 * UI responsiveness at scale: the real renderer and search worker under the e2e test host, with
 * N synthetic articles put straight into IndexedDB. Measures how long the index takes to build in
 * the worker, how long a keystroke takes to show results, and the main thread's long tasks while
 * typing. Run: `npx tsx bench/uiTyping.ts [--articles 50000]` (needs `npm run build` first).
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateCorpus } from './corpus'
import { startRendererServer } from '../e2e/host/staticServer'
import { newProfile, startApp } from '../e2e/host/testHost'

export interface UiTypingRow {
  articles: number
  seedS: number
  indexBuildS: number
  libraryMs: number
  keystrokeP50: number
  keystrokeP95: number
  keystrokes: number
  longTasks: number
  longestTaskMs: number
}

const QUERY = 'تراکنش‌های مرکز ملی'
const CHUNK = 2500

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

export async function benchUiTyping(articles: number): Promise<UiTypingRow> {
  const server = await startRendererServer(resolve('out/renderer'))
  const profile = newProfile()
  try {
    let run = await startApp({ profile, archiveDir: resolve('resources/archive') })
    await run.page.locator('.library__open').first().waitFor({ timeout: 60_000 })

    // Synthetic articles as archive records of their own pack, written straight into IndexedDB.
    const docs = generateCorpus(articles)
    const seedStart = performance.now()
    for (let i = 0; i < docs.length; i += CHUNK) {
      const records = docs.slice(i, i + CHUNK).map((d) => ({
        id: d.id,
        packId: 'bench',
        sortKey: d.meta.date ?? 0,
        source: d.meta.source ?? '',
        tags: d.meta.tags ?? [],
        item: {
          id: d.id,
          title: d.fields.title,
          lead: d.fields.lead,
          body: (d.fields.body ?? '').split('\n').map((text) => ({ kind: 'paragraph', text })),
          source: { name: d.meta.source ?? '' },
          published: { precision: 'day', jalali: { year: Math.floor((d.meta.date ?? 0) / 10000), month: 1, day: 1 } },
          tags: d.meta.tags ?? [],
          summaries: [{ lang: 'en', text: d.fields.summaryEn ?? '', provenance: 'curated' }],
          contentHash: '0'.repeat(64)
        }
      }))
      await run.page.evaluate(
        (rows) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('bayegan')
            open.onerror = () => fail(open.error)
            open.onsuccess = () => {
              const tx = open.result.transaction(['articles', 'articleHeads'], 'readwrite')
              for (const row of rows) {
                tx.objectStore('articles').put(row)
                const { id, packId, sortKey, source, tags } = row
                tx.objectStore('articleHeads').put({ id, packId, sortKey, source, tags, title: row.item.title, published: row.item.published })
              }
              tx.oncomplete = () => {
                open.result.close()
                done()
              }
              tx.onerror = () => fail(tx.error)
            }
          }),
        records
      )
    }
    const seedS = (performance.now() - seedStart) / 1000
    await run.close()

    // A fresh start: the library lists every article and the worker builds the index.
    const libraryStart = performance.now()
    run = await startApp({ profile, archiveDir: resolve('resources/archive') })
    const { page } = run
    await page.locator('.library__open').first().waitFor({ timeout: 300_000 })
    const libraryMs = performance.now() - libraryStart
    const buildStart = performance.now()
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-status').waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="search-status"]')?.getAttribute('data-index-source') !== null, null, {
      timeout: 600_000,
      polling: 500
    })
    const indexBuildS = (performance.now() - buildStart) / 1000

    // In the page: each input event starts a clock that stops when the results for that text are painted.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __latency: number[] }
      w.__long = []
      w.__latency = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration)
      }).observe({ type: 'longtask' })
      const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!
      const status = document.querySelector('[data-testid="search-status"]')!
      let started = 0
      input.addEventListener('input', () => (started = performance.now()))
      new MutationObserver(() => {
        if (started === 0) return
        const began = started
        started = 0
        requestAnimationFrame(() => w.__latency.push(performance.now() - began))
      }).observe(status, { childList: true, characterData: true, subtree: true })
    })
    await page.getByTestId('search-input').pressSequentially(QUERY, { delay: 120 })
    await page.waitForTimeout(500)
    const latencies = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency)
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long)
    await run.close()
    latencies.sort((a, b) => a - b)
    const typed = latencies.length
    return {
      articles,
      seedS,
      indexBuildS,
      libraryMs,
      keystrokeP50: percentile(latencies, 50),
      keystrokeP95: percentile(latencies, 95),
      keystrokes: typed,
      longTasks: long.length,
      longestTaskMs: long.length ? Math.max(...long) : 0
    }
  } finally {
    profile.dispose()
    await new Promise<void>((r) => server.close(() => r()))
  }
}

export function formatUiTyping(rows: UiTypingRow[]): string {
  const header = '| articles | seed s | index build s | library shown ms | keystrokes measured | input→results painted p50 ms | p95 ms | long tasks while typing | longest ms |'
  const lines = rows.map(
    (r) =>
      `| ${r.articles} | ${r.seedS.toFixed(1)} | ${r.indexBuildS.toFixed(1)} | ${r.libraryMs.toFixed(0)} | ${r.keystrokes} | ${r.keystrokeP50.toFixed(0)} | ${r.keystrokeP95.toFixed(0)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} |`
  )
  return [header, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--articles')
  const articles = i === -1 ? 50_000 : Number(process.argv[i + 1])
  console.log(formatUiTyping([await benchUiTyping(articles)]))
}
