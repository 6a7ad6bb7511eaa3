// Issue 12: digest items, Elecomp's editions, and the researcher's copy of a digest's original.
// The pack here is the seed plus test digests and editions written for tests (e2e/fixtures/packs.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import type { AppRun } from './host/testHost'
import { BUNDLED_ARCHIVE_DIR, DIGEST_24, DIGEST_24_URL, digestArchiveDir, readBundledPack, SEED_ID } from './fixtures/packs'
import { annotatePhrase } from './host/annotate'

async function start(app: { start(dir?: string): Promise<AppRun> }): Promise<AppRun> {
  const run = await app.start(await digestArchiveDir())
  await expect(run.page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  return run
}

const entry = (page: Page, id: string) => page.locator('.library__entry').filter({ has: page.locator(`[data-article-id="${id}"]`) })

test('the library marks digests and filters by edition and by year in either calendar', async ({ app }) => {
  const { page } = await start(app)
  await expect(page.getByTestId('library-count')).toHaveText('۴ مقاله')
  await expect(entry(page, DIGEST_24).getByTestId('digest-badge')).toHaveText('چکیده')
  await expect(entry(page, SEED_ID).getByTestId('digest-badge')).toHaveCount(0)

  await page.getByTestId('filter-edition').selectOption({ label: 'الکامپ ۲۴' })
  await expect(page.getByTestId('library-count')).toHaveText('۲ از ۴ مقاله')
  await page.getByTestId('filter-edition').selectOption({ label: 'همه' })
  // Event-only digests of Elecomp 24 are dated by their edition (Mordad 1397 = July–August 2018).
  await page.getByTestId('filter-year').fill('۱۳۹۷')
  await expect(page.getByTestId('library-count')).toHaveText('۲ از ۴ مقاله')
  await page.getByTestId('filter-year').fill('2017')
  await expect(page.getByTestId('library-count')).toHaveText('۱ از ۴ مقاله')
  await expect(page.locator('[data-article-id="d-e23-sample-dates"]')).toBeVisible()
  await page.getByTestId('filter-year').fill('97')
  await expect(page.getByRole('alert')).toContainText('چهاررقمی')
  await page.getByTestId('filter-year').fill('1397')
  await page.getByTestId('filter-edition').selectOption({ label: 'الکامپ ۲۴' })
  await page.screenshot({ path: `${ARTIFACTS}/library-editions-fa.png` })
  await page.getByTestId('language-switch').click()
  await expect(page.getByTestId('library-count')).toHaveText('2 of 4 articles')
  await expect(entry(page, DIGEST_24).getByTestId('digest-badge')).toHaveText('Digest')
  await page.screenshot({ path: `${ARTIFACTS}/library-editions-en.png` })
})

test('a digest says who wrote it and whose report it digests, with the original address opened only after confirming', async ({ app }) => {
  const run = await start(app)
  const { page } = run
  await page.locator(`[data-article-id="${DIGEST_24}"]`).click()
  const notice = page.getByTestId('digest-notice')
  await expect(notice).toContainText('چکیده‌ای به قلم ویراستاران بایگان')
  await expect(notice).toContainText('خبرگزاری نمونه')
  await expect(notice).toContainText(DIGEST_24_URL)
  run.dialogs.confirms.push(false)
  await notice.getByTestId('open-original').click()
  await expect.poll(() => run.dialogs.confirms.length).toBe(0)
  expect(run.opened).toEqual([])
  run.dialogs.confirms.push(true)
  await notice.getByTestId('open-original').click()
  await expect.poll(() => run.opened).toEqual([DIGEST_24_URL])
  await page.getByTestId('language-switch').click()
  await expect(notice).toContainText("A digest by the archive's editors")
  await expect(notice).toContainText('Sample News Agency')
  // The seed is an article, not a digest: no notice.
  await page.getByTestId('back').click()
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article')).toBeVisible()
  await expect(page.getByTestId('digest-notice')).toHaveCount(0)
})

test('the editions view shows dates in both calendars and links every fact and edition to its items', async ({ app }) => {
  const { page } = await start(app)
  await page.getByTestId('open-editions').click()
  const e24 = page.locator('[data-testid="edition"][data-edition-id="elecomp-24"]')
  await expect(e24.locator('h2')).toHaveText('الکامپ ۲۴')
  await expect(e24.getByTestId('edition-dates')).toHaveText('۶ تا ۹ مرداد ۱۳۹۷ (۲۸–۳۱ ژوئیه ۲۰۱۸)')
  await expect(e24.locator('[data-kind="venue"]')).toContainText('شهر آفتاب')
  await expect(e24.locator('[data-kind="event"]')).toContainText('کاهش شمار غرفه‌ها')
  // Elecomp 27 has no edition file: it is listed from the seed, which is about it, with no facts.
  await expect(page.getByTestId('edition')).toHaveCount(3)
  const e27 = page.locator('[data-testid="edition"][data-edition-id="elecomp-27"]')
  await expect(e27).toContainText('هنوز نکته‌ای برای این دوره ثبت نشده است')
  await expect(e27.getByTestId('edition-fact')).toHaveCount(0)
  await expect(e27.locator(`[data-testid="edition-item"][data-item-id="${SEED_ID}"]`)).toHaveCount(1)
  await page.screenshot({ path: `${ARTIFACTS}/editions-fa.png`, fullPage: true })

  // A fact's source opens the item; Back returns to the editions.
  await e24.locator('[data-kind="venue"]').getByTestId('edition-cite').click()
  await expect(page.getByTestId('article').locator('h1')).toContainText('چکیدهٔ آزمایشی 24')
  await page.getByTestId('back').click()
  await expect(page.getByTestId('editions-view')).toBeVisible()

  // The edition's items, listed and in the library.
  await e24.locator('summary').click()
  await expect(e24.getByTestId('edition-item')).toHaveCount(2)
  await e24.getByTestId('edition-show-items').click()
  await expect(page.getByTestId('library-count')).toHaveText('۲ از ۴ مقاله')
  await expect(page.getByTestId('filter-edition')).toHaveValue('elecomp-24')

  await page.getByTestId('language-switch').click()
  await page.getByTestId('open-editions').click()
  await expect(e24.locator('h2')).toHaveText('Elecomp 24')
  await expect(e24.getByTestId('edition-dates')).toHaveText('28–31 Jul 2018 (6–9 Mordad 1397)')
  await expect(e24.locator('[data-kind="venue"]').getByTestId('edition-cite')).toHaveText('Sample News Agency')
  await expect(e24.locator('[data-kind="event"]').getByTestId('edition-cite')).toHaveText(['Sample News Agency (1)', 'Sample News Agency (2)'])
  await page.screenshot({ path: `${ARTIFACTS}/editions-en.png`, fullPage: true })
})

/** A saved copy of the report (written for this test), its address spelled differently from the digest's. */
function savedOriginalDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-original-'))
  writeFileSync(
    join(dir, 'sample-news-1024.html'),
    `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>الکامپ امسال به شهر آفتاب می‌رود - خبرگزاری نمونه</title>
<link rel="canonical" href="http://sample-news.ir/news/1024/elecomp/">
<meta property="og:site_name" content="خبرگزاری نمونه">
</head><body><header>خبرگزاری نمونه | صفحهٔ اول</header><article>
<h1>الکامپ امسال به شهر آفتاب می‌رود</h1>
<p>سرویس فناوری - برگزارکنندگان نمایشگاه الکامپ روز گذشته اعلام کردند که این دوره در شهر آفتاب برپا می‌شود و رباتهای انباردار در سالن اصلی به نمایش درمی‌آیند.</p>
<p>به گفتهٔ آنان، بخش استارتاپ‌ها در سالن شمالی قرار دارد و ثبت‌نام تا پایان خرداد باز است.</p>
</article><footer>انتهای پیام</footer></body></html>`
  )
  return dir
}

test('importing a saved page with a digest’s address attaches it as the original: two tabs, both searchable, detach keeps the digest', async ({ app }) => {
  const run = await start(app)
  const { page } = run
  run.dialogs.openPaths.push([savedOriginalDir()])
  await page.getByTestId('import-folder').click()
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
  const attached = page.getByTestId('import-attached')
  await expect(attached).toHaveAttribute('data-digest-id', DIGEST_24)
  await expect(attached).toContainText('پیوست شد')
  // The copy is listed under its digest, not on its own.
  await expect(page.getByTestId('library-count')).toHaveText('۴ مقاله')

  await attached.getByRole('button').click()
  await expect(page.getByTestId('tab-digest')).toHaveAttribute('aria-selected', 'true')
  const digestTitle = await page.getByTestId('article').locator('h1').innerText()
  await annotatePhrase(page, 'شمار غرفه‌ها', { colourKey: '1' })
  await page.getByTestId('tab-original').click()
  await expect(page.getByTestId('tab-original')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('article')).toContainText('رباتهای انباردار')
  // The copy is annotatable on its own; the digest keeps its own annotations.
  await annotatePhrase(page, 'رباتهای انباردار', { colourKey: '2' })
  await expect(page.getByTestId('highlight-list').getByTestId('annotation-card')).toHaveCount(1)
  await page.screenshot({ path: `${ARTIFACTS}/digest-original-fa.png` })
  await page.getByTestId('language-switch').click()
  await page.screenshot({ path: `${ARTIFACTS}/digest-original-en.png` })
  await page.getByTestId('language-switch').click()
  await page.getByTestId('tab-digest').click()
  await expect(page.getByTestId('article').locator('h1')).toHaveText(digestTitle)

  // Both texts are searchable: a word only in the copy, and one only in the digest.
  await page.keyboard.press('Control+k')
  const input = page.getByTestId('search-input')
  await input.fill('انباردار')
  await expect(page.getByTestId('search-result')).toHaveCount(1)
  await expect(page.getByTestId('search-result')).toContainText('متن اصلی (نسخهٔ شما)')
  await input.fill('شمار غرفه‌ها')
  await expect(page.locator(`[data-testid="search-result"][data-article-id="${DIGEST_24}"]`)).toBeVisible()
  // A hit on the copy opens it with the digest beside it.
  await input.fill('انباردار')
  await page.getByTestId('search-result').first().click()
  await expect(page.getByTestId('tab-original')).toHaveAttribute('aria-selected', 'true')

  // Detach: says what happens to annotations, removes only the copy.
  await page.getByTestId('detach-original').click()
  await expect(page.getByTestId('detach-confirm')).toContainText('چکیده و حاشیه‌نویسی‌هایش می‌مانند')
  await expect(page.getByTestId('detach-confirm')).toContainText('۱ حاشیه‌نویسی شما روی این نسخه نگه داشته می‌شود')
  await page.getByTestId('detach-confirm-yes').click()
  await expect(page.getByTestId('tab-original')).toHaveCount(0)
  await expect(page.getByTestId('article').locator('h1')).toHaveText(digestTitle)
  await expect(page.getByTestId('digest-notice')).toContainText('درون‌ریزی کنید')
  await expect(page.getByTestId('highlight-list').getByTestId('annotation-card')).toHaveText([/شمار غرفه‌ها/])

  // Attaching the same page again brings the copy's annotation back. The import report stays with
  // the library (issue 15: never over the reading column), so it is read there.
  run.dialogs.openPaths.push([savedOriginalDir()])
  await page.getByTestId('import-folder').click()
  await page.getByTestId('back').click()
  const again = page.getByTestId('import-attached')
  await expect(again).toHaveAttribute('data-digest-id', DIGEST_24, { timeout: 60_000 })
  await again.getByRole('button').click()
  await page.getByTestId('tab-original').click()
  await expect(page.getByTestId('highlight-list').getByTestId('annotation-card')).toHaveText([/رباتهای انباردار/])
})

test('the bundled archive: the seed and fifty cited digests, their editions, each fact linked to its items', async ({ app }) => {
  const run = await app.start(BUNDLED_ARCHIVE_DIR)
  const { page } = run
  const pack = readBundledPack()
  const digests = pack.items.filter((item) => item.kind === 'digest')
  expect(digests.length).toBeGreaterThanOrEqual(50)
  await expect(page.getByTestId('library-count')).toHaveText(`${pack.items.length.toLocaleString('fa')} مقاله`, { timeout: 60_000 })
  await expect(page.getByTestId('digest-badge').first()).toBeVisible()
  await page.screenshot({ path: `${ARTIFACTS}/library-bundled-fa.png` })

  await page.getByTestId('open-editions').click()
  await expect(page.getByTestId('edition')).toHaveCount(new Set(pack.items.flatMap((i) => (i.event ? [i.event.id] : []))).size)
  const e26 = page.locator('[data-testid="edition"][data-edition-id="elecomp-26"]')
  await expect(e26.getByTestId('edition-fact').first()).toBeVisible()
  await page.screenshot({ path: `${ARTIFACTS}/editions-bundled-fa.png`, fullPage: true })
  // Every fact's first source opens a digest that names its outlet and the original address.
  await e26.getByTestId('edition-cite').first().click()
  await expect(page.getByTestId('digest-notice')).toBeVisible()
  await expect(page.getByTestId('open-original')).toBeVisible()
  await page.screenshot({ path: `${ARTIFACTS}/digest-bundled-fa.png` })
})
