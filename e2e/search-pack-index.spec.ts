import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildPackIndexFile } from '../src/shared/search/packIndex'
import type { Pack } from '../src/shared/archive/schema'
import { expect, test } from './host/fixtures'
import { archiveDirWith, grownPack } from './fixtures/packs'

/** An archive folder holding the pack and, beside it, the prebuilt index `index` (as archive:build ships it). */
function archiveWithIndex(pack: Pack, index: Uint8Array): string {
  const dir = archiveDirWith(pack)
  writeFileSync(join(dir, 'elecomp.index.bin'), index)
  return dir
}

test('a first start with a pack and its prebuilt index searches from it, says so, and every result opens in the reader', async ({ app }) => {
  const pack = await grownPack(300)
  const archiveDir = archiveWithIndex(pack, buildPackIndexFile(pack))
  const run = await app.start(archiveDir)
  const { page } = run
  await expect(page.locator('.library__open').first()).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.getByTestId('search-input').fill('نمایشگاه')
  const status = page.getByTestId('search-status')
  await expect(status).toContainText('۳۰۱')
  await expect(status).toHaveAttribute('data-index-source', 'pack')
  await expect(page.getByTestId('search-index-note')).toHaveText('نمایهٔ آمادهٔ آرشیو')
  // Snippets are cut from the texts the prebuilt index keeps.
  const third = page.getByTestId('search-result').nth(2)
  await expect(third.locator('mark').first()).toBeVisible()
  const id = await third.getAttribute('data-article-id')
  const title = await third.locator('.search-result__title').innerText()
  await third.click()
  await expect(page.getByTestId('article')).toBeVisible()
  await expect(page.getByTestId('article')).toContainText(title)
  expect(id).toBeTruthy()

  // The index the first start loaded is saved once the import is done: a later start loads it.
  await page.waitForTimeout(2500) // the worker saves after 1.5 s without a query or change
  await run.close()
  const later = await app.start(archiveDir)
  await expect(later.page.locator('.library__open').first()).toBeVisible()
  await later.page.keyboard.press('Control+k')
  await later.page.getByTestId('search-input').fill('نمایشگاه')
  await expect(later.page.getByTestId('search-status')).toContainText('۳۰۱')
  await expect(later.page.getByTestId('search-status')).toHaveAttribute('data-index-source', 'snapshot')
})

for (const kind of ['damaged', 'stale'] as const) {
  test(`a ${kind} prebuilt index is not used: the index is built and still finds everything`, async ({ app }) => {
    const pack = await grownPack(300)
    let index: Uint8Array
    if (kind === 'damaged') {
      // One byte changed in the middle: the file still has its shape, only its checksum tells.
      index = buildPackIndexFile(pack)
      const at = Math.floor(index.length / 2)
      index[at] = (index[at] as number) ^ 0x10
    } else index = buildPackIndexFile(await grownPack(299)) // another version of the pack
    const { page } = await app.start(archiveWithIndex(pack, index))
    await expect(page.locator('.library__open').first()).toBeVisible()
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').fill('نمایشگاه')
    await expect(page.getByTestId('search-status')).toContainText('۳۰۱')
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-index-source', 'build')
    await expect(page.getByTestId('search-index-note')).toHaveCount(0)
    // Enter opens the highlighted result: wait for the results the built index gives (the status can come first).
    await expect(page.getByTestId('search-result').first()).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('article')).toBeVisible()
  })
}
