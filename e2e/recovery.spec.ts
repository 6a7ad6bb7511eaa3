import { expect, test } from './host/fixtures'
import { RENDERER_ORIGIN } from './host/staticServer'
import { SEED_ID } from './fixtures/packs'

test('after the main process reloads a crashed window, the page says so once and everything is still there', async ({ app }) => {
  const { page } = await app.start()
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  // What src/main/shell/recovery.ts loads after render-process-gone.
  await page.goto(`${RENDERER_ORIGIN}/index.html?recovered=crashed`)
  const notice = page.getByTestId('recovery-notice')
  await expect(notice).toHaveAttribute('role', 'status')
  await expect(notice).toContainText('از کار افتاده بود')
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  expect(new URL(page.url()).search).toBe('')
  await page.getByTestId('recovery-dismiss').click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await expect(page.getByTestId('recovery-notice')).toHaveCount(0)
})

test('a failure while the page starts is shown in the window, in Persian and English, with a way to reload', async ({ app }) => {
  const { page, context } = await app.start()
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The disk is full (test)', 'QuotaExceededError')
    }
  })
  await page.reload()
  const failure = page.getByTestId('startup-failure')
  await expect(failure).toBeVisible()
  await expect(failure).toHaveAttribute('role', 'alert')
  await expect(failure.locator('section[lang="fa"][dir="rtl"] h1')).toHaveText('بایگان نتوانست آغاز شود')
  await expect(failure.locator('section[lang="en"] h1')).toHaveText('Bayegan could not start')
  await expect(failure.locator('pre')).toContainText('The disk is full (test)')
  await expect(failure.getByRole('button')).toBeVisible()
})
