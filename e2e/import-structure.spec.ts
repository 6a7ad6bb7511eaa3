// Saved pages come back with what they said: lists, tables, figures with their pictures (from the
// page's _files folder or data: URLs, shown through blob: URLs), links that open only after the
// researcher confirms, a report that says what was kept and dropped, and exports that list links.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import type { AppRun } from './host/testHost'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'
import { RENDERER_ORIGIN } from './host/staticServer'
import { annotatePhrase } from './host/annotate'

const FIXTURES = resolve('e2e/fixtures/import/structure')
const row = (page: Page, file: string) => page.locator(`[data-testid="import-row"][data-file="${file}"]`)

/** The fixtures in a fresh folder, with a real picture just outside it that a page tries to reach by ../ */
function fixtureCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'bayegan-structure-'))
  const dir = join(root, 'saved-pages')
  cpSync(FIXTURES, dir, { recursive: true })
  writeFileSync(join(root, 'secret-outside.png'), readFileSync(join(FIXTURES, 'elecomp-hall-report_files/hall-map.png')))
  return dir
}

async function importFolder(r: AppRun, dir: string): Promise<void> {
  r.dialogs.openPaths.push([dir])
  await r.page.getByTestId('import-folder').click()
  await expect(r.page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
}

test('a saved page keeps its list, table, figures with pictures and links; the report and the export say so; nothing leaves the origin', async ({ app }) => {
  test.setTimeout(180_000)
  const r = await app.start(SEED_ARCHIVE_DIR)
  const { page } = r
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  const outside: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(RENDERER_ORIGIN) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url)
  })

  await importFolder(r, fixtureCopy())
  await expect(row(page, 'elecomp-hall-report.html')).toHaveAttribute('data-status', 'added')
  await expect(row(page, 'singlefile-press-note.html')).toHaveAttribute('data-status', 'added')
  // The report, per file, in Persian.
  const report = row(page, 'elecomp-hall-report.html')
  await expect(report).toContainText('۲ تصویر از خود صفحه نگه داشته شد')
  await expect(report).toContainText('۱ تصویر روی وب بود و گرفته نشد')
  await expect(report).toContainText('۳ تصویر پذیرفته نشد')
  await expect(report).toContainText('۱ تصویر در پوشهٔ صفحه پیدا نشد')
  await expect(report).toContainText('۳ پیوند نگه داشته شد')
  await expect(report).toContainText('۱ اسکریپت برداشته شد')
  await expect(report).toContainText('۱ فرم برداشته شد')
  await expect(page.getByTestId('import-report')).toContainText('پرونده‌های همراه یک صفحهٔ ذخیره‌شده')
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-report-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(report).toContainText('2 images kept from the page itself')
  await expect(report).toContainText('1 image was on the web and was not fetched')
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-report-en.png`, fullPage: true })
  await page.getByTestId('language-switch').click()

  // The reader: structure in place, right to left, pictures from blob: URLs, placeholders for the rest.
  await report.getByRole('button').click()
  const article = page.getByTestId('article')
  await expect(article.locator('h1')).toHaveText('نقشهٔ سالن‌های الکامپ بیست و هفتم منتشر شد')
  const list = article.getByTestId('article-list')
  await expect(list.locator('li')).toHaveCount(3)
  await expect(list.locator('li').nth(1)).toHaveText('بخش کسب‌وکارهای نوپا با فهرست شرکت‌کنندگان')
  const table = article.getByTestId('article-table')
  await expect(table.locator('caption')).toHaveText('شمار غرفه‌ها در سه دورهٔ اخیر')
  await expect(table.locator('thead th')).toHaveText(['دوره', 'سال', 'غرفه'])
  await expect(table.locator('tbody tr')).toHaveCount(3)
  expect(await table.locator('table').evaluate((t) => getComputedStyle(t).direction)).toBe('rtl')
  await expect(article.getByRole('heading', { name: 'چه چیزهایی در نمایشگاه هست؟' })).toBeVisible()
  await expect(article.locator('blockquote')).toContainText('همهٔ غرفه‌های استارتاپی رایگان است')
  const images = article.getByTestId('article-image')
  await expect(images).toHaveCount(2)
  for (const img of await images.all()) {
    expect(await img.getAttribute('src')).toMatch(/^blob:/)
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
  }
  await expect(images.first()).toHaveAttribute('alt', 'نقشهٔ سالن‌های ۳۵ تا ۳۸')
  await expect(article.getByTestId('article-figure').first().locator('figcaption')).toHaveText('نقشهٔ سالن‌ها؛ غرفه‌های استارتاپی در سالن ۳۸ هستند.')
  // Remote, refused and missing pictures: placeholders with their alt text, and the caption.
  const placeholders = article.getByTestId('image-placeholder')
  await expect(placeholders).toHaveCount(5)
  await expect(placeholders.first()).toContainText('مراسم افتتاحیه')
  await expect(article).toContainText('عکس افتتاحیه روی وب‌سایت خبرگزاری.')
  // The javascript: link is plain text now.
  await expect(article).toContainText('این پیوند خطرناک است')
  await article.getByTestId('article-figure').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-reader-fa.png` })
  await table.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-table-fa.png` })

  // A highlight inside a list item lands on its characters and survives a reload.
  await annotatePhrase(page, 'کارگاه‌های تخصصی', { colourKey: '1' })
  await expect(list.locator('li').nth(2).locator('mark')).toHaveText('کارگاه‌های تخصصی')
  await page.reload()
  await page.locator('[data-article-id]', { hasText: 'نقشهٔ سالن‌های الکامپ' }).first().click()
  await expect(page.getByTestId('article').getByTestId('article-list').locator('li').nth(2).locator('mark')).toHaveText('کارگاه‌های تخصصی')
  await article.getByTestId('image-placeholder').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-placeholder-fa.png` })

  // A link in the text opens only in the system browser, only after the researcher confirms.
  const links = article.getByTestId('article-link')
  await expect(links).toHaveCount(3)
  const register = links.filter({ hasText: 'صفحهٔ ثبت‌نام نمایشگاه' })
  r.dialogs.confirms.push(false)
  await register.click()
  await expect.poll(() => r.dialogs.confirms.length).toBe(0)
  expect(r.opened).toEqual([])
  r.dialogs.confirms.push(true)
  await register.click()
  await expect.poll(() => r.opened).toEqual(['https://elecomp.example.ir/register'])
  expect(page.url().startsWith(RENDERER_ORIGIN)).toBe(true)

  // The export lists the links as references.
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-structure-export-'))
  const md = join(dir, 'report.md')
  r.dialogs.savePaths.push(md)
  await page.getByTestId('open-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-scope')).toHaveValue('article')
  await dialog.getByTestId('export-format').selectOption('markdown')
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-status')).toHaveAttribute('data-phase', 'saved', { timeout: 90_000 })
  await dialog.getByTestId('export-close').click()
  const markdown = readFileSync(md, 'utf8')
  expect(markdown).toContain('### پیوندهای متن')
  expect(markdown).toContain('<https://elecomp.example.ir/register>')
  expect(markdown).toContain('<https://news.example.ir/tech/4700-elecomp-rules>')
  expect(markdown).toContain('<https://startup.example.ir/elecomp>')

  // In English the article stays right to left; the interface turns.
  await page.getByTestId('language-switch').click()
  await expect(article).toHaveAttribute('dir', 'rtl')
  await article.getByTestId('article-figure').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/import-structure-reader-en.png` })
  await page.getByTestId('language-switch').click()

  // The SingleFile page: its data: picture kept, its SVG refused, its numbered list kept.
  await page.keyboard.press('Escape')
  const close = page.getByTestId('import-report-close')
  if (await close.isVisible()) await close.click()
  await page.locator('[data-article-id]', { hasText: 'ثبت‌نام خبرنگاران' }).first().click()
  await expect(article.locator('h1')).toHaveText('ستاد الکامپ: ثبت‌نام خبرنگاران تا پنجشنبه باز است')
  await expect(article.getByTestId('article-image')).toHaveCount(1)
  await expect(article.locator('ol.article-list li')).toHaveCount(3)
  await expect(article.getByTestId('image-placeholder')).toContainText('نموداری با اسکریپت')
  expect(outside).toEqual([])
})

test('the CSP shows a blob: picture and refuses a remote one, and runs no script', async ({ app }) => {
  const r = await app.start(SEED_ARCHIVE_DIR)
  await expect(r.page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  const result = await r.page.evaluate(async () => {
    const load = (src: string): Promise<string> =>
      new Promise((done) => {
        const img = new Image()
        img.onload = () => done('loaded')
        img.onerror = () => done('blocked')
        img.src = src
        document.body.append(img)
      })
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`))
    // A 1×1 PNG made on a canvas: a real picture, served from a Blob.
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b as Blob), 'image/png'))
    const fromBlob = await load(URL.createObjectURL(blob))
    const remote = await load('http://127.0.0.1:47999/remote.png')
    const data = await load('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==')
    await new Promise((done) => setTimeout(done, 200))
    return { fromBlob, remote, data, violations }
  })
  expect(result.fromBlob).toBe('loaded')
  expect(result.remote).toBe('blocked')
  expect(result.data).toBe('blocked')
  expect(result.violations.some((v) => v.startsWith('img-src http://127.0.0.1:47999'))).toBe(true)
})
