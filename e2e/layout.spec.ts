import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ID } from './fixtures/packs'

/** The share of the window's height the reading text's scroll area gets, and how much of its width is not covered. */
const textShare = (page: Page) =>
  page.evaluate(() => {
    const scroll = document.querySelector('[data-testid="reader-scroll"]')!.getBoundingClientRect()
    const panel = document.querySelector('[data-testid="annotation-panel"]')?.getBoundingClientRect()
    // A drawer over the text covers part of its width: count only the part left uncovered.
    const coveredWidth = panel && panel.height > scroll.height / 2 ? Math.max(0, Math.min(scroll.right, panel.right) - Math.max(scroll.left, panel.left)) : 0
    const coveredHeight = panel && panel.height <= scroll.height / 2 ? Math.max(0, Math.min(scroll.bottom, panel.bottom) - Math.max(scroll.top, panel.top)) : 0
    return { height: (scroll.height - coveredHeight) / window.innerHeight, width: (scroll.width - coveredWidth) / scroll.width }
  })

test('at 900×650 the reading text gets ≥ 60 % of the height with the panel collapsed and ≥ 45 % open', async ({ app }) => {
  const { page } = await app.start()
  await page.setViewportSize({ width: 900, height: 650 })
  await page.locator(`[data-article-id="${SEED_ID}"]`).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('article')).toBeVisible()
  const toggle = page.getByTestId('annotations-toggle')
  // Below 1000 px the panel is a drawer, closed at first.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  const closed = await textShare(page)
  expect(closed.height).toBeGreaterThanOrEqual(0.6)
  await page.screenshot({ path: `${ARTIFACTS}/layout-900-closed.png` })
  await toggle.press('Enter')
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
  const open = await textShare(page)
  expect(open.height).toBeGreaterThanOrEqual(0.45)
  expect(open.width).toBeGreaterThanOrEqual(0.5)
  await page.screenshot({ path: `${ARTIFACTS}/layout-900-open.png` })

  // With room, a side panel: collapsible, and its edge resizes it from the keyboard.
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(page.getByTestId('annotations-toggle')).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByTestId('annotation-panel')
  const before = (await panel.boundingBox())!.width
  await page.getByTestId('annotations-resize').focus()
  await page.keyboard.press('ArrowLeft') // RTL: the panel is on the left, so leftwards widens it
  await page.keyboard.press('ArrowLeft')
  await expect.poll(async () => (await panel.boundingBox())!.width).toBeGreaterThan(before + 40)
  await page.getByTestId('annotations-toggle').press('Enter')
  await expect(page.getByTestId('annotation-sidebar')).toBeHidden()
  expect((await panel.boundingBox())!.width).toBeLessThan(64)
})
