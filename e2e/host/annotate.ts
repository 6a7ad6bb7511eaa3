import { expect, type Page } from '@playwright/test'

/** Selects the first occurrence of `phrase` in the open article as a mouse drag would, then releases the button. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((phrase) => {
    const segment = [...document.querySelectorAll<HTMLElement>('[data-testid="article"] [data-segment]')].find((el) => el.textContent?.includes(phrase))
    if (!segment) throw new Error(`phrase not in the article: ${phrase}`)
    const at = (segment.textContent ?? '').indexOf(phrase)
    const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT)
    let pos = 0
    let start: [Node, number] | null = null
    let end: [Node, number] | null = null
    for (let n = walker.nextNode(); n && !end; n = walker.nextNode()) {
      const len = n.textContent?.length ?? 0
      if (!start && at < pos + len) start = [n, at - pos]
      if (start && at + phrase.length <= pos + len) end = [n, at + phrase.length - pos]
      pos += len
    }
    if (!start || !end) throw new Error('could not build the range')
    const range = document.createRange()
    range.setStart(...start)
    range.setEnd(...end)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    segment.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, phrase)
  await expect(page.getByTestId('selection-toolbar')).toBeVisible()
}

/**
 * Highlights `phrase` with the colour under shortcut `colourKey` (1–4), then writes its note and
 * tags in its card, as a researcher does.
 */
export async function annotatePhrase(page: Page, phrase: string, options: { colourKey: '1' | '2' | '3' | '4'; note?: string; tags?: string[] }): Promise<void> {
  await selectPhrase(page, phrase)
  await page.keyboard.press(options.colourKey)
  await expect(page.getByTestId('selection-toolbar')).toHaveCount(0)
  const card = page.getByTestId('highlight-list').getByTestId('annotation-card').filter({ hasText: phrase })
  await expect(card).toHaveCount(1)
  if (options.note) {
    await card.getByTestId('edit-note').click()
    await page.getByTestId('note-input').fill(options.note)
    await page.keyboard.press('Control+Enter')
  }
  for (const tag of options.tags ?? []) {
    await card.getByTestId('edit-tags').click()
    await page.getByTestId('tag-input').fill(tag)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
  }
  if (options.tags?.length) await expect(card.getByTestId('annotation-tag')).toHaveText(options.tags)
}

/** An article-level note, anchored to no span. */
export async function addArticleNote(page: Page, note: string): Promise<void> {
  await page.getByTestId('add-article-note').click()
  await page.getByTestId('note-input').fill(note)
  await page.keyboard.press('Control+Enter')
}
