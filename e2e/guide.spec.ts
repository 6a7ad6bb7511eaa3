import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ID } from './fixtures/packs'

/**
 * The guide's pictures (taken here so they follow the app) and a look at every view in both
 * languages at 1280×800 and 900×650 (e2e/artifacts/views-*.png). The pictures go to docs/ only
 * with BAYEGAN_UPDATE_GUIDE=1, so an ordinary test run leaves the committed ones alone.
 */
const DOCS = process.env['BAYEGAN_UPDATE_GUIDE'] === '1' ? 'docs' : `${ARTIFACTS}/guide`
mkdirSync(DOCS, { recursive: true })

async function toEnglish(page: Page): Promise<void> {
  await page.getByTestId('language-switch').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}

test('the Help view covers every topic in both languages, names the real buttons, and the guide pictures are taken', async ({ app }) => {
  const { page } = await app.start()
  await page.setViewportSize({ width: 1000, height: 640 })
  await expect(page.locator('.library__open').first()).toBeVisible()
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: `${DOCS}/guide-${name}.png` })

  await page.locator(`[data-article-id="${SEED_ID}"]`).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('article').locator('h1')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('2')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Shift+ArrowLeft')
  await expect(page.getByTestId('selection-toolbar')).toBeVisible()
  await shot('reader-keyboard')
  await page.keyboard.press('Escape')

  await page.keyboard.press('Control+k')
  await page.keyboard.type('"مرکز ملی" -تبلیغ')
  await expect(page.getByTestId('search-result').first()).toBeVisible()
  await shot('search')
  await page.keyboard.press('Escape')

  await page.keyboard.press('Control+e')
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await shot('export')
  await page.keyboard.press('Escape')

  await page.getByTestId('open-annotations').click()
  await expect(page.getByTestId('annotation-card').first()).toBeVisible()
  await shot('annotations')

  await page.getByTestId('open-help').click()
  const help = page.getByTestId('help-view')
  await expect(help.locator('h1')).toBeFocused()
  for (const topic of ['reading', 'search', 'annotating', 'colours', 'backup', 'model', 'import', 'export']) {
    await expect(help.getByTestId(`help-${topic}`)).toBeVisible()
  }
  // The guide names the buttons as the app labels them (nested from the same strings).
  await expect(help.getByTestId('help-backup')).toContainText('پشتیبان‌گیری در پرونده…')
  await expect(help.getByTestId('help-colours')).not.toContainText('$t(')
  await page.screenshot({ path: `${ARTIFACTS}/guide-help-fa.png` })
  await page.keyboard.press('Shift+Slash')
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible()
  await shot('shortcuts')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcuts-sheet')).toHaveCount(0)

  await toEnglish(page)
  await expect(help.getByTestId('help-backup')).toContainText('Back up to a file…')
  await expect(help.getByTestId('help-search')).toContainText('Ctrl+K')
  await page.screenshot({ path: `${ARTIFACTS}/guide-help-en.png` })
})

for (const language of ['fa', 'en'] as const) {
  test(`every view in ${language} at 1280×800 and 900×650, for a look`, async ({ app }) => {
    const { page } = await app.start()
    await expect(page.locator('.library__open').first()).toBeVisible()
    if (language === 'en') await toEnglish(page)
    for (const [w, h] of [
      [1280, 800],
      [900, 650]
    ] as const) {
      await page.setViewportSize({ width: w, height: h })
      const shot = (name: string): Promise<Buffer> => page.screenshot({ path: `${ARTIFACTS}/views-${language}-${w}-${name}.png` })
      await page.getByTestId('open-library').click()
          await page.locator(`[data-article-id="${SEED_ID}"]`).click()
      await expect(page.getByTestId('article')).toBeVisible()
      await shot('reader')
      await page.keyboard.press('Control+k')
      await page.keyboard.type('فیلترینگ')
      await expect(page.getByTestId('search-result').first()).toBeVisible()
      await shot('search')
      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+e')
      await shot('export')
      await page.keyboard.press('Escape')
      await page.getByTestId('open-annotations').click()
      await shot('annotations')
      await page.getByTestId('open-help').click()
      await shot('help')
      await page.getByTestId('open-settings').click()
      await shot('settings')
      await page.getByTestId('settings-back').click()
    }
  })
}
