import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ID } from './fixtures/packs'

/**
 * axe (WCAG 2.0/2.1/2.2 A and AA) over every view and dialog, in both languages: no violation of
 * serious or critical impact. Minor and moderate ones are printed, to be explained in the report.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function audit(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  // The audit really ran over the view: many rules checked and passed.
  expect(result.passes.length).toBeGreaterThan(15)
  console.log(`[axe ${name}] ${result.passes.length} rules passed, ${result.violations.length} violated, ${result.incomplete.length} to check by hand`)
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const lesser = result.violations.filter((v) => !grave.includes(v))
  for (const v of lesser) console.log(`[axe ${name}] ${v.impact}: ${v.id} (${v.nodes.length}) ${v.help}`)
  return grave.map((v) => `${name}: ${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

for (const language of ['fa', 'en'] as const) {
  test(`axe: every view and dialog in ${language} has no serious or critical violation`, async ({ app }) => {
    const { page } = await app.start()
    await expect(page.locator('.library__open').first()).toBeVisible()
    if (language === 'en') {
      await page.getByTestId('language-switch').click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    }
    const found: string[] = []
    found.push(...(await audit(page, 'library')))

    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').fill('فیلترینگ')
    await expect(page.getByTestId('search-result').first()).toBeVisible()
    found.push(...(await audit(page, 'search')))
    await page.keyboard.press('Escape')

    await page.keyboard.press('Shift+Slash')
    await expect(page.getByTestId('shortcuts-sheet')).toBeVisible()
    found.push(...(await audit(page, 'shortcuts')))
    await page.keyboard.press('Escape')

    await page.locator(`[data-article-id="${SEED_ID}"]`).click()
    await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
    found.push(...(await audit(page, 'reader')))
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Shift+ArrowLeft')
    await expect(page.getByTestId('selection-toolbar')).toBeVisible()
    found.push(...(await audit(page, 'selection-toolbar')))
    await page.keyboard.press('1')
    await page.keyboard.press('Control+f')
    found.push(...(await audit(page, 'reader-find-and-highlight')))

    await page.keyboard.press('Control+e')
    await expect(page.getByTestId('export-dialog')).toBeVisible()
    found.push(...(await audit(page, 'export')))
    await page.keyboard.press('Escape')

    await page.getByTestId('open-annotations').click()
    await expect(page.getByTestId('annotation-card').first()).toBeVisible()
    found.push(...(await audit(page, 'annotations')))

    await page.getByTestId('open-help').click()
    await expect(page.getByTestId('help-view')).toBeVisible()
    found.push(...(await audit(page, 'help')))

    await page.getByTestId('open-settings').click()
    found.push(...(await audit(page, 'settings')))
    await page.screenshot({ path: `${ARTIFACTS}/axe-settings-${language}.png` })
    expect(found).toEqual([])
  })
}
