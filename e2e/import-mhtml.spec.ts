// A page saved by Chrome as one file (.mhtml), written by us in Blink's shape, imported through
// the folder dialog: the folder walk offers it, the worker parser reads its page part, and it
// reads in the reader with the address the browser saved it from. A broken one is refused with a
// translated reason.
//
// Fixtures (e2e/fixtures/import/mhtml/, our own text; the picture a flat 16×10 PNG made by a script):
// - micro-payments.mhtml: Blink's headers, CRLF, a quoted-printable page, a style sheet and a
//   base64 image; the page has no canonical address, so its original comes from
//   Snapshot-Content-Location.
// - wrong-boundary.mht: the same file whose header names a boundary it never uses (refused).
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

const MHTML = resolve('e2e/fixtures/import/mhtml')
const row = (page: Page, file: string) => page.locator(`[data-testid="import-row"][data-file="${file}"]`)

test('a single-file saved page (MHTML) imports through the UI and reads like a saved page', async ({ app }) => {
  const r = await app.start(SEED_ARCHIVE_DIR)
  const { page } = r
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  r.dialogs.openPaths.push([MHTML])
  await page.getByTestId('import-folder').click()
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })

  await expect(row(page, 'micro-payments.mhtml')).toHaveAttribute('data-status', 'added')
  await expect(row(page, 'wrong-boundary.mht')).toHaveAttribute('data-status', 'failed')
  await expect(row(page, 'wrong-boundary.mht').getByTestId('failure-reason')).toHaveAttribute('data-code', 'not-mhtml')
  await expect(row(page, 'wrong-boundary.mht')).toContainText('MHTML')
  await page.screenshot({ path: `${ARTIFACTS}/import-mhtml-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(row(page, 'wrong-boundary.mht')).toContainText('Not a sound single-file page (MHTML)')
  await page.screenshot({ path: `${ARTIFACTS}/import-mhtml-en.png`, fullPage: true })
  await page.getByTestId('language-switch').click()

  await row(page, 'micro-payments.mhtml').getByRole('button').click()
  const article = page.getByTestId('article')
  await expect(article.locator('h1')).toHaveText('رونمایی از سامانهٔ پرداخت خرد در الكامپ')
  await expect(article).toContainText('بیش از 120 هزار تراکنش را پردازش کرده')
  await expect(article).not.toContainText('همه حقوق محفوظ است')
  await page.screenshot({ path: `${ARTIFACTS}/import-mhtml-reader-fa.png`, fullPage: true })

  // The page names no address of its own: the one Chrome saved it from is its original.
  r.dialogs.confirms.push(true)
  await page.getByTestId('open-original').click()
  await expect.poll(() => r.opened).toEqual(['https://fanpars.example/news/1403/04/micro-payments-elecomp'])
})
