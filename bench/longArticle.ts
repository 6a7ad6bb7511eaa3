/**
 * A very long article in the reader (issue 11): an imported article of about 6 million characters
 * (200 paragraphs of 30,000) is opened in the real renderer under the e2e test host. Prints how long
 * until its first paragraph is painted, until its last is in the page, and the main thread's long
 * tasks meanwhile. Run: `npx tsx bench/longArticle.ts [--paragraphs 200]` (after `npx electron-vite build`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildBackup } from '../src/shared/backup/backupDocument'
import { draft, testPack } from '../src/testSupport/packs'
import { argValue, takeLongTasks, watchLongTasks, withUiHost } from './uiHost'

export interface LongArticleRow {
  chars: number
  readMs: number
  firstParagraphMs: number
  lastParagraphMs: number
  longTasks: number
  longestTaskMs: number
  totalLongMs: number
}

export async function benchLongArticle(paragraphs: number): Promise<LongArticleRow> {
  return withUiHost(async (host) => {
    const run = await host.start()
    const { page } = run
    await page.locator('.library__open').first().waitFor({ timeout: 60_000 })
    const sentence = 'در روز نخست نمایشگاه الکامپ غرفه‌های شرکت‌های دانش‌بنیان شلوغ بود و خبرنگار ما با مدیران آن‌ها گفت‌وگو کرد. '
    const body = Array.from({ length: paragraphs }, (_, i) => ({ kind: 'paragraph' as const, text: `بند ${i + 1}: ${sentence.repeat(Math.floor(29_900 / sentence.length))}`.slice(0, 30_000) }))
    const item = (await testPack('x', [draft('long-article', 'گزارش بسیار بلند', { body })])).items[0]!
    const chars = body.reduce((n, b) => n + b.text.length, 0)
    const file = join(mkdtempSync(join(tmpdir(), 'bayegan-long-')), 'long.jsonld')
    writeFileSync(file, JSON.stringify(buildBackup({ annotations: [], summaries: [], settings: [], articles: [item], positions: [] }, { name: 'Bayegan', version: 'bench' })))
    run.dialogs.openPaths.push([file])
    await page.getByTestId('open-annotations').click()
    await page.getByTestId('backup-import').click()
    await page.getByTestId('merge-articles').waitFor({ timeout: 300_000 })
    await page.getByTestId('open-library').click()
    await watchLongTasks(page)
    await takeLongTasks(page)
    // How long IndexedDB alone takes to hand the page this article.
    const readMs = await page.evaluate(
      () =>
        new Promise<number>((done, fail) => {
          const began = performance.now()
          const open = indexedDB.open('bayegan')
          open.onerror = () => fail(open.error)
          open.onsuccess = () => {
            const get = open.result.transaction('articles').objectStore('articles').get('long-article')
            get.onsuccess = () => done(performance.now() - began)
            get.onerror = () => fail(get.error)
          }
        })
    )
    const started = performance.now()
    await page.locator('[data-article-id="long-article"]').click()
    await page.locator('[data-segment="body.0"]').waitFor({ timeout: 300_000 })
    const firstParagraphMs = performance.now() - started
    await page.locator(`[data-segment="body.${paragraphs - 1}"]`).waitFor({ state: 'attached', timeout: 300_000 })
    const lastParagraphMs = performance.now() - started
    await page.waitForTimeout(1000)
    const long = await takeLongTasks(page)
    return { chars, readMs, firstParagraphMs, lastParagraphMs, longTasks: long.count, longestTaskMs: long.longestMs, totalLongMs: long.totalMs }
  })
}

export function formatLongArticle(rows: LongArticleRow[]): string {
  const header = '| characters | IndexedDB read ms | first paragraph painted ms | last paragraph in page ms | long tasks | longest ms | long tasks total ms |'
  const lines = rows.map((r) => `| ${r.chars} | ${r.readMs.toFixed(0)} | ${r.firstParagraphMs.toFixed(0)} | ${r.lastParagraphMs.toFixed(0)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} | ${r.totalLongMs.toFixed(0)} |`)
  return [header, '|---|---|---|---|---|---|---|', ...lines].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatLongArticle([await benchLongArticle(Number(argValue(process.argv, 'paragraphs') ?? 200))]))
}
