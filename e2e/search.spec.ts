import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { archiveDirWith, grownPack, SEED_ID } from './fixtures/packs'

async function openSearch(page: Page): Promise<void> {
  await expect(page.locator('.library__open').first()).toBeVisible()
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('search-panel')).toBeVisible()
}

/** The text of every highlighted piece in the result for the seed. */
async function highlighted(page: Page): Promise<string[]> {
  const result = page.locator(`[data-testid="search-result"][data-article-id="${SEED_ID}"]`)
  await expect(result).toBeVisible()
  return result.locator('mark').allInnerTexts()
}

test('variant spellings find the seed article with the hit highlighted on the original characters', async ({ app }) => {
  const run = await app.start()
  const { page } = run
  await openSearch(page)
  const input = page.getByTestId('search-input')

  // Typed without its half-space: the highlight lands on «تراکنش‌های» as the reader shows it.
  await input.fill('تراکنشها')
  await expect.poll(() => highlighted(page)).toContain('تراکنش\u200cهای')
  // Typed with one where the text still lacks it (the display copy restores only certain cases).
  await input.fill('به‌طوری')
  await expect.poll(() => highlighted(page)).toContain('بهطوری')

  // Arabic letters, spaces instead of the compound, and Latin digits.
  await input.fill('كسب و كار')
  await expect.poll(() => highlighted(page)).toContain('کسب\u200cوکار')
  await input.fill('1400')
  await expect.poll(() => highlighted(page)).toContain('۱۴۰۰')
  await page.screenshot({ path: `${ARTIFACTS}/search-fa.png` })

  // A different word does not match.
  await input.fill('ماهی')
  await expect(page.getByTestId('search-result')).toHaveCount(0)

  // Opening a result marks every hit in the article and scrolls to the first.
  await input.fill('تراکنش‌ها')
  await input.press('Enter')
  await expect(page.getByTestId('article')).toBeVisible()
  const marks = page.getByTestId('article').locator('mark.mark--hit')
  await expect(marks.first()).toBeVisible()
  expect(await marks.count()).toBeGreaterThanOrEqual(6)
  await expect(page.getByTestId('find-count')).toContainText('۱ از')
  await expect(page.getByTestId('article').locator('mark.mark--current')).toBeInViewport()
  await page.screenshot({ path: `${ARTIFACTS}/reader-hits-fa.png` })

  // Ctrl+F finds inside the article; Escape closes the bar, not the article.
  await page.getByTestId('find-input').fill('كسبوكار')
  await expect(page.getByTestId('find-count')).toContainText('از')
  await page.getByTestId('find-input').press('Escape')
  await expect(page.getByTestId('find-bar')).toHaveCount(0)
  await expect(page.getByTestId('article')).toBeVisible()
  await page.keyboard.press('Control+f')
  await expect(page.getByTestId('find-input')).toBeFocused()
})

test('an English query finds the Persian article through its English summary, and says so', async ({ app }) => {
  const run = await app.start()
  const { page } = run
  await page.getByTestId('language-switch').click()
  await openSearch(page)
  await page.getByTestId('search-input').fill('transactions billion')
  const marked = await highlighted(page)
  expect(marked).toContain('transactions')
  for (const word of marked) expect(['transactions', 'billion']).toContain(word.toLowerCase())
  await expect(page.getByTestId('search-fields').first()).toContainText('English summary')
  await page.screenshot({ path: `${ARTIFACTS}/search-en.png` })
})

test('filters narrow the results and the saved index comes back after a restart', async ({ app }) => {
  const pack = await grownPack(300)
  const archiveDir = archiveDirWith(pack)
  let run = await app.start(archiveDir)
  await openSearch(run.page)
  const input = run.page.getByTestId('search-input')
  await input.fill('نمایشگاه')
  await expect(run.page.getByTestId('search-status')).toContainText('۳۰۱')
  await run.page.getByTestId('search-source').selectOption('دیجیاتو')
  await expect(run.page.getByTestId('search-status')).toContainText('۱۰۰ نتیجه')
  await run.close()

  run = await app.start(archiveDir)
  await openSearch(run.page)
  await run.page.getByTestId('search-input').fill('نمایشگ')
  await expect(run.page.getByTestId('search-status')).toContainText('۳۰۱')
  // The second start loaded the saved index instead of rebuilding it.
  await expect(run.page.getByTestId('search-status')).toHaveAttribute('data-index-source', 'snapshot')
  await expect(run.page.getByTestId('search-status')).toHaveAttribute('data-saved-index', 'loaded')
})
