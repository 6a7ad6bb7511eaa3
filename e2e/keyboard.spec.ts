import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'

/**
 * The keyboard-only walk of issue 15: no mouse event at all. From launch: open an article, scroll
 * it, highlight a paragraph and part of a sentence, add a note and a tag, search, open a hit,
 * export, and return to the library. Run in Persian (the default) and in English.
 */
const focusedTestId = (page: Page): Promise<string | null> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'] ?? null)

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

const cards = (page: Page) => page.getByTestId('highlight-list').getByTestId('annotation-card')

for (const language of ['fa', 'en'] as const) {
  test(`keyboard-only walk (${language}): read, highlight, note, tag, search, export, return`, async ({ app }) => {
    const run = await app.start()
    const { page } = run
    // No mouse at all: any mouse event fails the walk.
    await page.evaluate(() => {
      const w = window as unknown as { mouseEvents: number }
      w.mouseEvents = 0
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) document.addEventListener(type, (e) => (e as MouseEvent).detail > 0 && w.mouseEvents++, true)
    })
    await expect(page.locator('.library__open').first()).toBeVisible()
    if (language === 'en') {
      await tabTo(page, '[data-testid="language-switch"]')
      await page.keyboard.press('Enter')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    }

    // Open an article: the keyboard lands on its heading.
    await tabTo(page, '.library__open')
    await page.keyboard.press('Enter')
    const heading = page.getByTestId('article').locator('h1')
    await expect(heading).toBeFocused()

    // Scroll it with PageDown and Space.
    const scroll = page.getByTestId('reader-scroll')
    await page.keyboard.press('PageDown')
    await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(100)
    const afterPageDown = await scroll.evaluate((el) => el.scrollTop)
    await page.keyboard.press('Space')
    await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(afterPageDown)

    // The paragraph cursor: ↓ takes the first paragraph in view, J the next; 2 highlights it whole.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('j')
    const paragraph = page.locator('[data-testid="article"] [data-segment]:focus')
    await expect(paragraph).toHaveCount(1)
    // The cursor is visible: the focused paragraph is drawn with a bar on both sides.
    expect(await paragraph.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none')
    const paragraphText = (await paragraph.textContent())?.trim() ?? ''
    await page.keyboard.press('2')
    await expect(cards(page)).toHaveCount(1)
    await expect(page.getByTestId('article').locator('mark.mark--blue').first()).toBeVisible()
    await expect.poll(() => page.getByTestId('article').locator('mark[data-annotation-ids]').evaluateAll((m) => m.map((x) => x.textContent).join(''))).toBe(paragraphText)
    await expect(paragraph).toBeFocused()

    // Part of a sentence: next paragraph, ← selects its second word (RTL: leftwards is forward), Shift+← extends by two.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Shift+ArrowLeft')
    await expect(page.getByTestId('selection-toolbar')).toBeVisible()
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
    const words = await page.locator('[data-testid="article"] [data-segment]:focus').evaluate((el) => (el.textContent ?? '').split(/\s+/).filter(Boolean))
    expect(selected.split(/\s+/)).toEqual(words.slice(1, 4))
    // Tab reaches the toolbar; its first colour button highlights; the focus returns to the paragraph.
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('highlight-yellow')
    await page.keyboard.press('Enter')
    await expect(cards(page)).toHaveCount(2)
    await expect(page.locator('[data-testid="article"] [data-segment]:focus')).toHaveCount(1)

    // A note: select a word and press N; write; Ctrl+Enter saves and the focus stays on the card.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('n')
    await expect(page.getByTestId('note-input')).toBeFocused()
    await page.keyboard.type('یادداشت با صفحه‌کلید')
    await page.keyboard.press('Control+Enter')
    await expect(cards(page).filter({ hasText: 'یادداشت با صفحه‌کلید' })).toHaveCount(1)
    expect(await focusedTestId(page)).toBe('edit-note')

    // A tag: on the card, the tag button, then type and Enter.
    await page.keyboard.press('Tab')
    expect(await focusedTestId(page)).toBe('edit-tags')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('tag-input')).toBeFocused()
    await page.keyboard.type('برچسب‌صفحه‌کلید')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(cards(page).filter({ hasText: 'برچسب‌صفحه‌کلید' })).toHaveCount(1)

    // Search (Ctrl+K) for a word of the title; Escape inside closes only the panel; open a hit.
    const title = ((await heading.textContent()) ?? '').trim()
    const word = title.split(/\s+/).find((w) => w.length >= 4) ?? title
    await page.keyboard.press('Control+k')
    await expect(page.getByTestId('search-input')).toBeFocused()
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="search-panel"]') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('search-panel')).toHaveCount(0)
    await expect(page.getByTestId('article')).toBeVisible()
    await page.keyboard.press('Control+k')
    await page.keyboard.type(word)
    await expect(page.getByTestId('search-result').first()).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('search-panel')).toHaveCount(0)
    await expect(page.getByTestId('article').locator('h1')).toBeFocused()

    // Export (Ctrl+E): the focus is trapped in the dialog; Enter on "export" saves; Escape closes and returns.
    await page.keyboard.press('Control+e')
    const dialog = page.getByTestId('export-dialog')
    await expect(dialog).toBeVisible()
    const pdf = join(tmpdir(), `bayegan-keyboard-walk-${language}-${Date.now()}.pdf`)
    run.dialogs.savePaths.push(pdf)
    await tabTo(page, '[data-testid="export-start"]')
    await page.keyboard.press('Enter')
    await expect(dialog.getByTestId('export-status')).toHaveAttribute('data-phase', 'saved', { timeout: 90_000 })
    expect(existsSync(pdf)).toBe(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByTestId('article')).toBeVisible()
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-walk-${language}.png` })

    // Return: Escape leaves the article for the library, with the keyboard on the article it left.
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('library-count')).toBeVisible()
    await expect(page.locator('.library__open:focus')).toHaveCount(1)
    expect(await page.evaluate(() => (window as unknown as { mouseEvents: number }).mouseEvents)).toBe(0)
  })
}
