/**
 * The annotations view at scale (issue 11): the real renderer under the e2e test host restores a
 * backup of N annotations through the UI, then the researcher types in the view's search. Prints
 * how long the restore and the first full view took, how many cards the page holds, and how long
 * each keystroke takes to show its result, with the main thread's long tasks meanwhile.
 * Run: `npx tsx bench/annotationsScale.ts [--annotations 50000]` (needs `npx electron-vite build` first).
 */
import { pathToFileURL } from 'node:url'
import { writeBulkAnnotationBackup } from '../e2e/fixtures/bulkAnnotations'
import { SEED_ID } from '../e2e/fixtures/packs'
import { argValue, percentile, takeLatencies, takeLongTasks, watchInputToPaint, watchLongTasks, withUiHost } from './uiHost'

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

export async function benchAnnotationsScale(count: number): Promise<AnnotationsScaleRow> {
  return withUiHost(async (host) => {
    const run = await host.start()
    const { page } = run
    await page.locator('.library__open').first().waitFor({ timeout: 60_000 })
    const file = writeBulkAnnotationBackup(count, SEED_ID, 'bench')
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
    await watchLongTasks(page)
    await takeLongTasks(page)
    await watchInputToPaint(page, '[data-testid="annotation-search"]', '[data-testid="annotation-list"]')
    await page.getByTestId('annotation-search').pressSequentially(QUERY, { delay: 150 })
    await page.waitForTimeout(1500)
    const latencies = await takeLatencies(page)
    const long = await takeLongTasks(page)
    return {
      annotations: count,
      restoreS,
      viewShownS,
      cardsInPage,
      keystrokeP50: percentile(latencies, 50),
      keystrokeP95: percentile(latencies, 95),
      keystrokes: latencies.length,
      longTasks: long.count,
      longestTaskMs: long.longestMs
    }
  })
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
  const count = Number(argValue(process.argv, 'annotations') ?? 50_000)
  console.log(formatAnnotationsScale([await benchAnnotationsScale(count)]))
}
