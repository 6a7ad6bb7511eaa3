import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test, type AppLauncher } from './host/fixtures'
import type { AppRun } from './host/testHost'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'
import { RENDERER_ORIGIN } from './host/staticServer'

const GOOD = resolve('e2e/fixtures/import/good')
const HOSTILE = resolve('e2e/fixtures/import/hostile')

let run: AppRun | undefined

async function start(app: AppLauncher): Promise<AppRun> {
  run = await app.start(SEED_ARCHIVE_DIR)
  await expect(run.page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  return run
}

async function importFolder(r: AppRun, dir: string): Promise<void> {
  r.dialogs.openPaths.push([dir])
  await r.page.getByTestId('import-folder').click()
  await expect(r.page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
}

const row = (page: Page, file: string) => page.locator(`[data-testid="import-row"][data-file="${file}"]`)

/** Every stored article as JSON, read straight from IndexedDB. */
function storedArticles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('bayegan')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll()
          all.onsuccess = () => done(all.result.map((r: unknown) => JSON.stringify(r)))
          all.onerror = () => fail(all.error)
        }
      })
  )
}

test('a folder of saved Zoomit and Digiato pages and feeds imports, reads in Persian, and a second run adds nothing', async ({ app }) => {
  const r = await start(app)
  const { page } = r
  await importFolder(r, GOOD)
  const rows = page.getByTestId('import-row')
  await expect(rows).toHaveCount(7)
  for (const file of ['zoomit-battery.html', 'digiato-5g.htm', 'zoomit-feed.rss', 'digiato.atom', 'researcher-note.md', 'plain-article.txt', 'legacy-windows-1256.html']) {
    await expect(row(page, file)).toHaveAttribute('data-status', 'added')
  }
  await expect(row(page, 'zoomit-feed.rss')).toContainText('۳ افزوده')
  await expect(page.getByTestId('library-count')).toHaveText('۱۱ مقاله')
  await page.screenshot({ path: `${ARTIFACTS}/import-report-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(page.getByTestId('import-summary')).toContainText('10 articles added')
  await page.screenshot({ path: `${ARTIFACTS}/import-report-en.png`, fullPage: true })
  await page.getByTestId('language-switch').click()

  // First-class articles: in the library, readable in the reader like the seed.
  const stored = await storedArticles(page)
  expect(stored.filter((s) => s.includes('"packId":"imported"'))).toHaveLength(10)
  await expect(page.getByTestId('library-count')).toHaveText('۱۱ مقاله')
  await row(page, 'zoomit-battery.html').getByRole('button').click()
  const article = page.getByTestId('article')
  await expect(article.locator('h1')).toHaveText('باتری‌های حالت جامد تا سال ۲۰۲۷ به خودروهای ایرانی نمی‌رسند')
  await expect(article).toContainText('مهم‌ترین مانع، نبود خط تولید الکترولیت جامد سرامیکی')
  await expect(article.getByRole('heading', { name: 'هزینهٔ تولید هنوز بالاست' })).toBeVisible()
  await expect(article).not.toContainText('تبلیغ')

  // Links open only in the system browser, only after the researcher confirms.
  r.dialogs.confirms.push(false)
  await page.getByTestId('open-original').click()
  await expect.poll(() => r.dialogs.confirms.length).toBe(0)
  expect(r.opened).toEqual([])
  r.dialogs.confirms.push(true)
  await page.getByTestId('open-original').click()
  await expect.poll(() => r.opened).toEqual(['https://www.zoomit.ir/ev/412345-solid-state-battery-iran/'])
  await page.keyboard.press('Escape')

  await page.getByTestId('import-report-close').click()
  await importFolder(r, GOOD)
  await expect(page.locator('[data-testid="import-row"][data-status="duplicate"]')).toHaveCount(7)
  expect((await storedArticles(page)).filter((s) => s.includes('"packId":"imported"'))).toHaveLength(10)
})

test('hostile and broken files are refused or imported without harm; nothing runs, nothing is fetched', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-hostile-'))
  cpSync(HOSTILE, dir, { recursive: true })
  writeFileSync(join(dir, 'huge.html'), Buffer.alloc(21 * 1024 * 1024, 0x61))
  const r = await start(app)
  const { page } = r
  const outside: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(RENDERER_ORIGIN)) outside.push(request.url())
  })

  await importFolder(r, dir)
  const expected: Record<string, string> = {
    'archive.zip': 'skipped',
    'huge.html': 'too-large',
    'disguised-image.html': 'binary',
    'nul-bytes.txt': 'binary',
    'deep-nesting.html': 'too-deep',
    'entity-expansion.rss': 'unsafe-xml',
    'malformed-feed.xml': 'malformed-xml',
    'truncated-feed.atom': 'malformed-xml',
    'malformed-pack.json': 'malformed-json',
    'page-named-as.json': 'malformed-json',
    'wrong-shape.json': 'invalid-pack',
    'not-a-feed.xml': 'not-a-feed',
    'empty.txt': 'empty',
    'blank.md': 'empty',
    'bad-front-matter.md': 'invalid-text',
    'truncated-page.html': 'no-article'
  }
  for (const [file, code] of Object.entries(expected)) {
    if (code === 'skipped') continue
    await expect(row(page, file)).toHaveAttribute('data-status', 'failed')
    await expect(row(page, file).getByTestId('failure-reason')).toHaveAttribute('data-code', code)
  }
  await expect(row(page, 'malformed-feed.xml')).toContainText('سطر ۷، ستون ۱۷')
  await expect(row(page, 'malformed-pack.json')).toContainText('سطر ۳، ستون ۲۲')
  for (const file of ['script-everywhere.html', 'svg-only.html', 'hostile-feed.rss']) {
    await expect(row(page, file)).toHaveAttribute('data-status', 'added')
  }
  await page.screenshot({ path: `${ARTIFACTS}/import-hostile-fa.png`, fullPage: true })

  // What was stored is text only: no markup, handlers or script URLs survived sanitising.
  const imported = (await storedArticles(page)).filter((s) => s.includes('"packId":"imported"'))
  expect(imported).toHaveLength(3)
  for (const json of imported) {
    expect(json).not.toMatch(/<\s*(script|img|iframe|svg|style|object|embed|form)|onerror|onload|javascript:|data:text|srcdoc|127\.0\.0\.1:47999/i)
  }
  const hostile = imported.find((s) => s.includes('خبری با دام‌های اسکریپتی')) as string
  expect(hostile).toContain('این پاراگراف نخست متن واقعی خبر است')
  expect(hostile).toContain('نقل قولی که باید بماند.')

  // Read the hostile article, then prove the app is still usable.
  await row(page, 'script-everywhere.html').getByRole('button').click()
  await expect(page.getByTestId('article')).toContainText('پاراگراف دوم با سبک درون‌خطی')
  await expect(page.getByTestId('open-original')).toHaveCount(0) // its og:url was javascript:, so it has no link
  await page.keyboard.press('Escape')
  await page.getByTestId('import-report-close').click()
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article').locator('h1')).toContainText('معاون سازمان فناوری اطلاعات')

  const flags = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return { pwned: w['__pwned'], ran: w['__fixtureScriptRan'] }
  })
  expect(flags).toEqual({ pwned: undefined, ran: undefined })
  // Chromium reports a CSP violation for each inline handler DOMPurify's inert DOMParser document
  // meets while parsing (a report, not a run: the flags above stayed unset), so none are asserted.
  expect(outside).toEqual([])
})

test('files dropped on the window import through the size-capped bytes channel', async ({ app }) => {
  const r = await start(app)
  const { page } = r
  const files = ['zoomit-battery.html', 'digiato.atom'].map((name) => ({ name, base64: readFileSync(join(GOOD, name)).toString('base64') }))
  files.push({ name: 'disguised-image.html', base64: readFileSync(join(HOSTILE, 'disguised-image.html')).toString('base64') })
  await page.evaluate((list) => {
    const data = new DataTransfer()
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
      data.items.add(new File([bytes], f.name, { lastModified: Date.UTC(2024, 9, 1) }))
    }
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }))
  }, files)
  await expect(page.getByTestId('import-report')).toBeVisible()
  await expect(row(page, 'zoomit-battery.html')).toHaveAttribute('data-status', 'added')
  await expect(row(page, 'digiato.atom')).toContainText('۲ افزوده')
  await expect(row(page, 'disguised-image.html').getByTestId('failure-reason')).toHaveAttribute('data-code', 'binary')
  expect(r.calls.filter((c) => c === 'import:bytes')).toHaveLength(3)
})

test('a large import shows progress, can be cancelled between files, and a re-run completes it', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-many-'))
  for (let i = 0; i < 60; i++) {
    writeFileSync(join(dir, `note-${String(i).padStart(2, '0')}.txt`), `یادداشت شمارهٔ ${i}\n\nمتن یادداشت ${i} دربارهٔ بازار فناوری.\n`)
  }
  const r = await start(app)
  const { page } = r
  r.dialogs.openPaths.push([dir])
  await page.getByTestId('import-folder').click()
  await expect(page.getByTestId('file-import-progress').locator('progress')).toHaveAttribute('max', '60')
  await page.getByTestId('import-cancel').click()
  await expect(page.getByTestId('import-report')).toBeVisible()
  const added = await page.locator('[data-testid="import-row"][data-status="added"]').count()
  const cancelled = await page.locator('[data-testid="import-row"][data-status="cancelled"]').count()
  expect(added + cancelled).toBe(60)
  expect(cancelled).toBeGreaterThan(0)
  // Whole files only: what the report says was added is exactly what is stored.
  expect((await storedArticles(page)).filter((s) => s.includes('"packId":"imported"'))).toHaveLength(added)

  await page.getByTestId('import-report-close').click()
  await importFolder(r, dir)
  await expect(page.locator('[data-testid="import-row"][data-status="duplicate"]')).toHaveCount(added)
  await expect(page.locator('[data-testid="import-row"][data-status="added"]')).toHaveCount(60 - added)
  expect((await storedArticles(page)).filter((s) => s.includes('"packId":"imported"'))).toHaveLength(60)
})

test('the CSP blocks an inline script injected into the renderer, and reports it', async ({ app }) => {
  const r = await start(app)
  const result = await r.page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>
    const violation = new Promise<string>((done) => document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true }))
    const script = document.createElement('script')
    script.textContent = "window.__cspBypassed = true; fetch('http://127.0.0.1:47999/csp')"
    document.body.append(script)
    const directive = await Promise.race([violation, new Promise<string>((done) => setTimeout(() => done('none'), 3000))])
    return { directive, ran: w['__cspBypassed'] ?? false }
  })
  expect(result).toEqual({ directive: 'script-src-elem', ran: false })
})
