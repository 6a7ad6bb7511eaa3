// Saved pages whose author, date and site name are only in visible text: after import the reader
// shows them in its meta line, the body no longer carries the byline or read-also lines, and the
// report lists what was moved or removed, in Persian and in English.
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

const METADATA = resolve('e2e/fixtures/import/metadata')
const row = (page: Page, file: string) => page.locator(`[data-testid="import-row"][data-file="${file}"]`)

test('bylines, visible dates and title-suffix site names reach the reader; the report says what changed', async ({ app }) => {
  const r = await app.start(SEED_ARCHIVE_DIR)
  const { page } = r
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  r.dialogs.openPaths.push([METADATA])
  await page.getByTestId('import-folder').click()
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
  for (const file of ['asr-byline-visible-date.html', 'label-author-published.html', 'meta-author-numeric-date.html', 'jsonld-author-gregorian-visible.html']) {
    await expect(row(page, file)).toHaveAttribute('data-status', 'added')
  }
  const asr = row(page, 'asr-byline-visible-date.html')
  await expect(asr.locator('[data-change="byline-moved"]')).toBeVisible()
  await expect(asr.locator('[data-change="read-also-removed"]')).toContainText('۲')
  await expect(asr.locator('[data-change="lead-repeated"]')).toBeVisible()
  await page.screenshot({ path: `${ARTIFACTS}/import-metadata-report-fa.png`, fullPage: true })

  await asr.getByRole('button').click()
  const article = page.getByTestId('article')
  await expect(article.locator('h1')).toHaveText('نمایشگاه الکامپ امسال با ۴۰۰ غرفه برگزار می‌شود')
  await expect(article.getByTestId('article-author')).toHaveText('سارا محمدی')
  await expect(article.getByTestId('article-date')).toContainText('۶ تیر ۱۴۰۳')
  await expect(article.locator('.article-meta')).toContainText('عصر ارتباط')
  await expect(article).not.toContainText('بیشتر بخوانید')
  await expect(article).not.toContainText('مطلب پیشنهادی')
  await expect(article).toContainText('یکصد هزار نفر')
  await page.screenshot({ path: `${ARTIFACTS}/reader-metadata-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(article.locator('.article-meta')).toContainText('Author')
  await expect(article.getByTestId('article-author')).toHaveText('سارا محمدی')
  await page.screenshot({ path: `${ARTIFACTS}/reader-metadata-en.png`, fullPage: true })
})
