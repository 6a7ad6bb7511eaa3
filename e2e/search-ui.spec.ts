import type { Page } from '@playwright/test'
import type { ArchiveItem } from '../src/shared/archive/schema'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { archiveDirWith, finishItem, packOf, readBundledPack, SEED_ID } from './fixtures/packs'

async function openSearch(page: Page): Promise<void> {
  await expect(page.locator('.library__open').first()).toBeVisible()
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('search-panel')).toBeVisible()
}

/** The bundled seed plus a copy dated 8 Tir 1403 (28 June 2024); the seed itself is dated only by its event. */
async function datedArchive(): Promise<string> {
  const seed = readBundledPack().items[0] as ArchiveItem
  const { event: _event, contentHash: _hash, ...rest } = seed
  const dated = await finishItem({ ...rest, id: 'dated-1403', title: 'نسخهٔ تاریخ‌دار خبر الکامپ', published: { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } } })
  return archiveDirWith(await packOf([seed, dated]))
}

for (const lang of ['fa', 'en'] as const) {
  test(`an English hit opens the article at the English summary with the hit marked (${lang})`, async ({ app }) => {
    const { page } = await app.start()
    if (lang === 'en') await page.getByTestId('language-switch').click()
    await openSearch(page)
    await page.getByTestId('search-input').fill('Eitaa')
    const result = page.locator(`[data-testid="search-result"][data-article-id="${SEED_ID}"]`)
    await expect(result.getByTestId('search-fields')).toContainText(lang === 'fa' ? 'خلاصهٔ انگلیسی' : 'English summary')
    await page.screenshot({ path: `${ARTIFACTS}/search-english-hit-${lang}.png` })

    await page.getByTestId('search-input').press('Enter')
    await expect(page.getByTestId('article')).toBeVisible()
    const mark = page.getByTestId('summary-text-en').locator('mark.mark--current')
    await expect(mark).toHaveText('Eitaa')
    await expect(mark).toBeInViewport()
    await expect(page.getByTestId('find-count')).toHaveText(lang === 'fa' ? '۱ از ۱' : '1 of 1')
    await page.screenshot({ path: `${ARTIFACTS}/reader-english-hit-${lang}.png` })
  })
}

test('the year filter takes Gregorian and Jalali years in any digits', async ({ app }) => {
  const { page } = await app.start(await datedArchive())
  await openSearch(page)
  await page.getByTestId('search-input').fill('Eitaa')
  await expect(page.getByTestId('search-result')).toHaveCount(2)
  const ids = () => page.getByTestId('search-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')))

  for (const year of ['2024', '۲۰۲۴', '1403', '۱۴۰۳']) {
    await page.getByTestId('search-year-from').fill(year)
    await page.getByTestId('search-year-to').fill(year)
    await expect.poll(ids).toEqual(['dated-1403'])
  }
  await page.getByTestId('search-year-from').fill('۲۰۲۴')
  await expect(page.getByTestId('search-year-note')).toContainText('۱۴۰۲ تا ۱۴۰۳')
  // Not a year: said so, and it filters nothing rather than everything.
  await page.getByTestId('search-year-from').fill('14x')
  await page.getByTestId('search-year-to').fill('')
  await expect(page.getByTestId('search-year-note')).toContainText('سال نیست')
  await expect(page.getByTestId('search-result')).toHaveCount(2)
})

test('an empty result names the filters that excluded everything, each with a button to remove it', async ({ app }) => {
  const { page } = await app.start(await datedArchive())
  await openSearch(page)
  await page.getByTestId('search-input').fill('Eitaa')
  await page.getByTestId('search-year-from').fill('2022')
  await page.getByTestId('search-year-to').fill('2022')
  const empty = page.getByTestId('search-empty-filters')
  await expect(empty).toContainText('از سال ۲۰۲۲')
  await expect(empty).toContainText('تا سال ۲۰۲۲')
  await expect(empty).toContainText('بدون پالایه‌ها: ۲ نتیجه')
  await expect(page.getByTestId('search-empty')).toHaveCount(0) // the spelling is not blamed
  await page.screenshot({ path: `${ARTIFACTS}/search-empty-filters-fa.png` })
  await page.getByTestId('search-clear-yearTo').click()
  await expect(page.getByTestId('search-result')).toHaveCount(1)

  // In English, with a tag as well; one button clears them all.
  await page.keyboard.press('Escape')
  await page.getByTestId('language-switch').click()
  await openSearch(page)
  await page.getByTestId('search-input').fill('Eitaa')
  await page.getByTestId('search-tag').selectOption('فیلترینگ')
  await page.getByTestId('search-year-from').fill('2022')
  await page.getByTestId('search-year-to').fill('2022')
  await expect(page.getByTestId('search-empty-filters')).toContainText('No results with tag “فیلترینگ” and from year 2022 and to year 2022')
  await expect(page.getByTestId('search-empty-filters')).toContainText('Without the filters: 2 results')
  await page.screenshot({ path: `${ARTIFACTS}/search-empty-filters-en.png` })
  await page.getByTestId('search-clear-all').click()
  await expect(page.getByTestId('search-result')).toHaveCount(2)

  // A query that finds nothing even without filters still blames the spelling.
  await page.getByTestId('search-year-from').fill('2022')
  await page.getByTestId('search-input').fill('zzzqqq')
  await expect(page.getByTestId('search-empty')).toBeVisible()
  await expect(page.getByTestId('search-empty-filters')).toHaveCount(0)
})

test('the arrow keys walk past the results in view, each chosen one scrolled into view, and every result gets its snippets', async ({ app }) => {
  const seed = readBundledPack().items[0] as ArchiveItem
  const { contentHash: _hash, ...rest } = seed
  const copies = await Promise.all(Array.from({ length: 14 }, (_, i) => finishItem({ ...rest, id: `copy-${i + 1}`, title: `${seed.title} (نسخهٔ ${i + 1})` })))
  const { page } = await app.start(await archiveDirWith(await packOf(copies)))
  await openSearch(page)
  await page.getByTestId('search-input').fill('Eitaa')
  const results = page.getByTestId('search-result')
  await expect(results).toHaveCount(14)
  // The first hits come with their snippets, the later ones' follow: the last has them too.
  await expect(results.nth(13).locator('.search-result__snippet')).not.toHaveCount(0)
  await expect(results.nth(13)).not.toBeInViewport()
  for (let i = 1; i <= 12; i++) await page.keyboard.press('ArrowDown')
  await expect(results.nth(12)).toHaveAttribute('aria-selected', 'true')
  await expect(results.nth(12)).toBeInViewport()
  await expect(results.first()).not.toBeInViewport()
  await page.screenshot({ path: `${ARTIFACTS}/search-arrowed-fa.png` })
  const title = (await results.nth(12).locator('.search-result__title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('article').locator('h1')).toHaveText(title)
})
