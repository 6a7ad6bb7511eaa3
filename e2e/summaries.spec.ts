import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import type { AppRun } from './host/testHost'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'
import { closedPort, startFakeModelServer, type FakeModelServer } from './host/fakeModelServer'

let run: AppRun | undefined
let modelServer: FakeModelServer | undefined

test.afterEach(async () => {
  await modelServer?.close()
  modelServer = undefined
})

async function openSeed(page: Page): Promise<void> {
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('summary-panel')).toBeVisible()
}

/**
 * The panel lives in the reader's own scroller, which an element screenshot cannot unroll: make the
 * window tall enough for the whole panel, scroll it to the top, shoot the window, then restore.
 */
async function panelScreenshot(page: Page, name: string, part = 'summary-panel'): Promise<void> {
  const size = page.viewportSize() ?? { width: 1200, height: 820 }
  await page.setViewportSize({ width: size.width, height: 3200 })
  await page.getByTestId('summary-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.evaluate(() => document.fonts.ready.then(() => true))
  await page.getByTestId(part).screenshot({ path: `${ARTIFACTS}/${name}.png` })
  await page.setViewportSize(size)
}

async function configureModel(page: Page, endpoint: string, model: string): Promise<void> {
  await page.getByTestId('open-settings').click()
  await page.getByTestId('model-endpoint').fill(endpoint)
  await page.getByTestId('model-name').fill(model)
  await page.getByTestId('model-timeout').fill('20')
  await page.getByTestId('model-save').click()
  await expect(page.getByTestId('model-settings-status')).not.toBeEmpty()
  await page.getByTestId('settings-back').click()
}

test('the seed shows curated Persian and English summaries, an extracted Persian summary and its key figures', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await openSeed(page)

  const fa = page.getByTestId('summary-fa')
  const en = page.getByTestId('summary-en')
  await expect(fa).toHaveAttribute('dir', 'rtl')
  await expect(fa).toHaveAttribute('lang', 'fa')
  await expect(en).toHaveAttribute('dir', 'ltr')
  await expect(en).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('summary-text-fa')).toContainText('محمد خوانساری')
  await expect(page.getByTestId('summary-text-en')).toContainText('Mohammad Khansari')
  await expect(fa.getByTestId('provenance')).toHaveText('گزیدهٔ بایگان')
  await expect(en.getByTestId('provenance')).toHaveAttribute('data-provenance', 'curated')

  // Side by side when wide: the two columns share a row, Persian on the right.
  const [faBox, enBox] = [await fa.boundingBox(), await en.boundingBox()]
  expect(faBox && enBox && Math.abs(faBox.y - enBox.y) < 2 && faBox.x > enBox.x).toBe(true)

  const extracted = page.getByTestId('summary-extracted')
  await expect(extracted).toHaveAttribute('dir', 'rtl')
  await expect(extracted.getByTestId('provenance')).toHaveText('برگرفته از متن')
  await expect(page.getByTestId('summary-text-extracted')).toContainText('۲۸۶ میلیون')
  await expect(extracted).toContainText(/[۳۴۵] جمله/)

  const figure = (fa: string) => page.getByTestId('key-figure').filter({ has: page.getByTestId('key-figure-fa').getByText(fa) })
  await expect(figure('۲۸۶ میلیون تراکنش').getByTestId('key-figure-en')).toContainText('286 million transactions')
  await expect(figure('مرداد ۱۴۰۰').getByTestId('key-figure-en')).toContainText('Jul–Aug 2021')
  await expect(figure('۱۰۰ تا ۵۰۰ میلیون تومان').getByTestId('key-figure-en')).toContainText('100–500 million tomans')
  await expect(page.getByTestId('key-figure-en').first()).toHaveAttribute('dir', 'ltr')
  await panelScreenshot(page, 'summaries-fa-wide')
  await panelScreenshot(page, 'summaries-figures-fa', 'key-figures')

  await page.setViewportSize({ width: 560, height: 900 })
  const [faNarrow, enNarrow] = [await fa.boundingBox(), await en.boundingBox()]
  expect(faNarrow && enNarrow && enNarrow.y > faNarrow.y + faNarrow.height - 1).toBe(true) // stacked
  await panelScreenshot(page, 'summaries-fa-narrow')

  await page.setViewportSize({ width: 1200, height: 820 })
  await page.getByTestId('language-switch').click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(fa).toHaveAttribute('dir', 'rtl') // the Persian summary stays RTL in the English UI
  await expect(page.getByTestId('summary-panel').locator('h2')).toHaveText('Summaries')
  await expect(extracted.getByTestId('provenance')).toHaveText('Extracted')
  await panelScreenshot(page, 'summaries-en-wide')
  await page.setViewportSize({ width: 560, height: 900 })
  await panelScreenshot(page, 'summaries-en-narrow')
})

test('a researcher’s edit survives a reload with its history, restore works, and the curated text stays', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await openSeed(page)

  await page.getByTestId('summary-edit-en').click()
  const editor = page.getByTestId('summary-editor-en')
  await expect(editor).toBeFocused()
  await expect(editor).toHaveAttribute('dir', 'auto')
  await expect(page.getByTestId('summary-save-en')).toBeDisabled() // nothing changed yet
  await editor.fill('First researcher version: transactions grew from 286 million to 9.2 billion.')
  await page.keyboard.press('Escape') // a changed edit is not thrown away by Escape, nor does the reader close
  await expect(editor).toBeVisible()
  await page.getByTestId('summary-save-en').click()
  await expect(page.getByTestId('summary-text-en')).toHaveText('First researcher version: transactions grew from 286 million to 9.2 billion.')

  await page.getByTestId('summary-edit-en').click()
  await page.getByTestId('summary-editor-en').fill('Second researcher version.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('summary-text-en')).toHaveText('Second researcher version.')

  await page.getByTestId('summary-edit-fa').click()
  await page.getByTestId('summary-editor-fa').fill('نسخهٔ پژوهشگر از خلاصهٔ فارسی.')
  await page.getByTestId('summary-save-fa').click()
  await expect(page.getByTestId('summary-text-fa')).toHaveText('نسخهٔ پژوهشگر از خلاصهٔ فارسی.')

  await page.reload()
  await openSeed(page)
  const en = page.getByTestId('summary-en')
  await expect(page.getByTestId('summary-text-en')).toHaveText('Second researcher version.')
  await expect(en.getByTestId('provenance').first()).toHaveAttribute('data-provenance', 'researcher')
  await expect(page.getByTestId('summary-text-fa')).toHaveText('نسخهٔ پژوهشگر از خلاصهٔ فارسی.')
  // The curated summary sits beside the researcher's, unchanged.
  await page.getByTestId('summary-curated-en').locator('summary').click()
  await expect(page.getByTestId('summary-curated-en')).toContainText('Mohammad Khansari')
  await page.getByTestId('summary-from-curated-en').click()
  await expect(page.getByTestId('summary-editor-en')).toHaveValue(/^Mohammad Khansari/)
  await page.getByTestId('summary-cancel-en').click()
  await expect(page.getByTestId('summary-edit-en')).toBeFocused()

  const history = page.getByTestId('history-en')
  await history.locator('summary').click()
  await expect(history.locator('summary')).toHaveText('تاریخچه (۲ نسخه)')
  await expect(history.getByTestId('history-entry')).toHaveCount(2)
  await expect(history.locator('time').first()).toHaveText(/[۰-۹]/) // Jalali, Persian digits
  await panelScreenshot(page, 'summaries-history-fa')
  await history.getByTestId('history-restore').click()
  await expect(page.getByTestId('summary-text-en')).toHaveText('First researcher version: transactions grew from 286 million to 9.2 billion.')
  await expect(history.getByTestId('history-entry')).toHaveCount(3)

  await page.reload()
  await openSeed(page)
  await expect(page.getByTestId('summary-text-en')).toContainText('First researcher version')
})

const DRAFT = { fa: 'پیش‌نویس مدل: تراکنش‌ها از ۲۸۶ میلیون به بیش از ۹ میلیارد رسید.', en: 'Model draft: transactions rose from 286 million to over 9 billion.', model: 'stand-in-llm:1b' }

test('the local model drafts both summaries against the stand-in server; accept saves them, discard does not', async ({ app }) => {
  modelServer = await startFakeModelServer({ kind: 'answer', ...DRAFT })
  run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('model-allow-remote').check()
  await expect(page.getByTestId('model-remote-warning')).toBeVisible()
  await page.setViewportSize({ width: 1200, height: 1400 })
  await page.getByTestId('settings').screenshot({ path: `${ARTIFACTS}/settings-model-fa.png` })
  await page.setViewportSize({ width: 1200, height: 820 })
  await page.getByTestId('model-allow-remote').uncheck()
  await page.getByTestId('settings-back').click()
  await configureModel(page, modelServer.url, 'qwen2.5:7b')
  await openSeed(page)

  await page.getByTestId('model-draft').click()
  const review = page.getByTestId('model-review')
  await expect(review).toBeVisible()
  await expect(review.getByTestId('model-draft-fa')).toHaveText(DRAFT.fa)
  await expect(review.getByTestId('model-draft-fa')).toHaveAttribute('dir', 'rtl')
  await expect(review.getByTestId('model-draft-en')).toHaveText(DRAFT.en)
  await expect(review.getByTestId('provenance')).toContainText(DRAFT.model)
  expect(modelServer.requests).toHaveLength(1)
  expect(modelServer.requests[0]?.model).toBe('qwen2.5:7b')
  expect(modelServer.requests[0]?.userMessage).toContain('معاون سازمان فناوری اطلاعات')
  // Not saved until accepted.
  await expect(page.getByTestId('summary-text-en')).toContainText('Mohammad Khansari')
  await panelScreenshot(page, 'summaries-model-review-fa')

  await page.getByTestId('model-discard').click()
  await expect(review).toHaveCount(0)
  await expect(page.getByTestId('summary-text-en')).toContainText('Mohammad Khansari')

  await page.getByTestId('model-draft').click()
  await page.getByTestId('model-accept').click()
  await expect(page.getByTestId('model-accepted')).toBeVisible()
  await expect(page.getByTestId('summary-text-fa')).toHaveText(DRAFT.fa)
  await expect(page.getByTestId('summary-text-en')).toHaveText(DRAFT.en)
  const badge = page.getByTestId('summary-en').getByTestId('provenance').first()
  await expect(badge).toHaveAttribute('data-provenance', 'model')
  await expect(badge).toContainText(DRAFT.model)

  await page.reload()
  await openSeed(page)
  await expect(page.getByTestId('summary-text-en')).toHaveText(DRAFT.en)

  // A hung server: Cancel stops the request in the main process and says so.
  modelServer.behave({ kind: 'hang' })
  await page.getByTestId('model-draft').click()
  await expect(page.getByTestId('model-drafting')).toContainText('qwen2.5:7b')
  await page.getByTestId('model-cancel').click()
  await expect(page.getByTestId('model-error')).toHaveAttribute('data-code', 'cancelled')
  await expect(page.getByTestId('model-error')).toContainText('لغو شد')

  // Nonsense from the server: a clear message, nothing saved.
  modelServer.behave({ kind: 'nonsense' })
  await page.getByTestId('model-draft').click()
  await expect(page.getByTestId('model-error')).toHaveAttribute('data-code', 'malformed-answer')
  await expect(page.getByTestId('summary-text-en')).toHaveText(DRAFT.en)
})

test('without a model server the draft fails clearly, and a remote address is refused before anything is sent', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await openSeed(page)
  await page.getByTestId('model-draft').click()
  await expect(page.getByTestId('model-error')).toHaveAttribute('data-code', 'not-configured')
  await page.getByTestId('model-dismiss').click()

  const port = await closedPort()
  await configureModel(page, `http://127.0.0.1:${port}`, 'qwen2.5:7b')
  await expect(page.getByTestId('summary-panel')).toBeVisible() // back in the article
  await page.getByTestId('model-draft').click()
  const error = page.getByTestId('model-error')
  await expect(error).toHaveAttribute('data-code', 'unreachable')
  await expect(error).toContainText('به کارساز مدل دسترسی نشد')
  await expect(error).toHaveAttribute('role', 'alert')
  await panelScreenshot(page, 'summaries-model-unreachable-fa')

  await page.getByTestId('language-switch').click()
  await configureModel(page, 'http://192.0.2.7:11434', 'qwen2.5:7b')
  await page.getByTestId('model-draft').click()
  await expect(page.getByTestId('model-error')).toHaveAttribute('data-code', 'not-loopback')
  await expect(page.getByTestId('model-error')).toContainText('only to localhost')
  await panelScreenshot(page, 'summaries-model-refused-en')
})
