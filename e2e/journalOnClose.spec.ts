import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './host/fixtures'
import { selectPhrase } from './host/annotate'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

declare global {
  interface Window {
    __bayeganInvoke?: (channel: unknown, payload: unknown) => Promise<unknown>
  }
}

const NOTE = 'یادداشتی درست پیش از بستن پنجره'

test('an edit made just before the window closes is in the journal file', async ({ app }) => {
  const run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  // The main process answers the first journal call only after a long while, as a slow disk would,
  // so the journal queue in the page still holds the next edit when the window closes.
  await page.evaluate(() => {
    const forward = window.__bayeganInvoke!
    let held = false
    window.__bayeganInvoke = (channel, payload) => {
      const answer = forward(channel, payload)
      if (channel !== 'journal:append' || held) return answer
      held = true
      return answer.then((value) => new Promise((resolve) => setTimeout(() => resolve(value), 600_000)))
    }
  })
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
  await selectPhrase(page, 'معاون وزیر ارتباطات')
  await page.keyboard.press('n')
  await page.getByTestId('note-input').fill(NOTE)
  await page.keyboard.press('Escape') // saves the note: in IndexedDB, queued for the journal
  await expect(page.getByTestId('highlight-list').getByTestId('annotation-card')).toContainText(NOTE)

  // Closed as Electron closes a window: beforeunload, then pagehide.
  const closed = page.waitForEvent('close')
  await page.close({ runBeforeUnload: true })
  await closed

  const journal = join(run.dataDir, 'researcher-journal.jsonl')
  await expect.poll(() => existsSync(journal) && readFileSync(journal, 'utf8').includes(NOTE), { timeout: 10_000 }).toBe(true)
})
