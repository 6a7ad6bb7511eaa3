/**
 * The annotations view at scale (issue 11): the real renderer under the e2e test host restores a
 * backup of N annotations through the UI, then the researcher types in the view's search. Prints
 * how long the restore and the first full view took, how many cards the page holds, and how long
 * each keystroke takes to show its result, with the main thread's long tasks meanwhile.
 * Run: `npx tsx bench/annotationsScale.ts [--annotations 50000]` (needs `npx electron-vite build` first).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildBackup } from '../src/shared/backup/backupDocument'
import { startRendererServer } from '../e2e/host/staticServer'
import { newProfile, startApp } from '../e2e/host/testHost'

const SEED_ID = 'zoomit-e942ce09813ba0d2'
const QUERY = 'شمارهٔ 4999'

export interface AnnotationsScaleRow {
  annotations: number
  restoreS: number
  viewShownS: number
  cardsInPage: number
  keystrokeP50: number
  keystrokeP95: number
  keystrokes: number
  longTasks: number
  longestTaskMs: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

export async function benchAnnotationsScale(count: number): Promise<AnnotationsScaleRow> {
  const server = await startRendererServer(resolve('out/renderer'))
  const profile = newProfile()
  try {
    const run = await startApp({ profile, archiveDir: resolve('resources/archive') })
    const { page } = run
    await page.locator('.library__open').first().waitFor({ timeout: 60_000 })
    const at = '2026-11-01T09:00:00.000Z'
    const annotations = Array.from({ length: count }, (_, i) => ({
      id: `bulk-${i}`,
      articleId: SEED_ID,
      target: null,
      quote: null,
      colour: i % 2 === 0 ? ('yellow' as const) : ('green' as const),
      note: `یادداشت شمارهٔ ${i} دربارهٔ الکامپ و غرفه‌های نمایشگاه`,
      tags: [i % 10 === 0 ? 'دهگانه' : 'عادی'],
      orphan: false,
      createdAt: at,
      updatedAt: at,
      deletedAt: null
    }))
    const file = join(mkdtempSync(join(tmpdir(), 'bayegan-bench-')), 'bulk.jsonld')
    writeFileSync(file, JSON.stringify(buildBackup({ annotations, summaries: [], settings: [], articles: [], positions: [] }, { name: 'Bayegan', version: 'bench' })))
    run.dialogs.openPaths.push([file])
    await page.getByTestId('open-annotations').click()
    const started = performance.now()
    await page.getByTestId('backup-import').click()
    await page.getByTestId('merge-annotations').waitFor({ timeout: 600_000 })
    const restoreS = (performance.now() - started) / 1000
    const total = new Intl.NumberFormat('fa-IR').format(count)
    await page.waitForFunction((t) => document.querySelector('[data-testid="annotations-count"]')?.textContent?.includes(t), total, { timeout: 600_000, polling: 200 })
    const viewShownS = (performance.now() - started) / 1000
    const cardsInPage = await page.getByTestId('annotation-card').count()

    // Each input event starts a clock that stops when the list for that text is painted.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __latency: number[] }
      w.__long = []
      w.__latency = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration)
      }).observe({ type: 'longtask' })
      const input = document.querySelector<HTMLInputElement>('[data-testid="annotation-search"]')!
      const list = document.querySelector('[data-testid="annotation-list"]')!
      let started = 0
      input.addEventListener('input', () => (started = performance.now()))
      new MutationObserver(() => {
        if (started === 0) return
        const began = started
        started = 0
        requestAnimationFrame(() => w.__latency.push(performance.now() - began))
      }).observe(list, { childList: true, subtree: true, characterData: true, attributes: true })
    })
    await page.getByTestId('annotation-search').pressSequentially(QUERY, { delay: 150 })
    await page.waitForTimeout(1500)
    const latencies = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency)
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long)
    await run.close()
    latencies.sort((a, b) => a - b)
    return {
      annotations: count,
      restoreS,
      viewShownS,
      cardsInPage,
      keystrokeP50: percentile(latencies, 50),
      keystrokeP95: percentile(latencies, 95),
      keystrokes: latencies.length,
      longTasks: long.length,
      longestTaskMs: long.length ? Math.max(...long) : 0
    }
  } finally {
    profile.dispose()
    await new Promise<void>((r) => server.close(() => r()))
  }
}

export function formatAnnotationsScale(rows: AnnotationsScaleRow[]): string {
  const header = '| annotations | restore s | view shows all s | cards in page | keystrokes measured | input→list painted p50 ms | p95 ms | long tasks while typing | longest ms |'
  const lines = rows.map(
    (r) =>
      `| ${r.annotations} | ${r.restoreS.toFixed(1)} | ${r.viewShownS.toFixed(1)} | ${r.cardsInPage} | ${r.keystrokes} | ${r.keystrokeP50.toFixed(0)} | ${r.keystrokeP95.toFixed(0)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} |`
  )
  return [header, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--annotations')
  const count = i === -1 ? 50_000 : Number(process.argv[i + 1])
  console.log(formatAnnotationsScale([await benchAnnotationsScale(count)]))
}
