import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { Page } from '@playwright/test'
import { ARTIFACTS, expect, test } from './host/fixtures'
import type { ArchiveItem, Pack } from '../src/shared/archive/schema'
import type { AppRun } from './host/testHost'
import { selectPhrase } from './host/annotate'
import { archiveDirWith, SEED_ARCHIVE_DIR, finishItem, packOf, readBundledPack, SEED_ID, copyOfBundledArchive } from './fixtures/packs'


/** Inside «…» in the seed's tenth body block: Persian, a comma, and a half-space the display copy restored. */
const PHRASE = 'پس از اتفاقات مربوط به مسدودسازی، حمایت\u200cهای زیرساختی'
const BLOCK = 9

let run: AppRun | undefined

async function openSeed(page: Page): Promise<void> {
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article')).toBeVisible()
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
}

const highlightText = (page: Page) =>
  page.getByTestId('article').locator('mark[data-annotation-ids]').evaluateAll((marks) => marks.map((m) => m.textContent).join(''))

async function highlightPhrase(page: Page): Promise<void> {
  await selectPhrase(page, PHRASE)
  await page.keyboard.press('1') // the first colour, by its shortcut
  await expect(page.getByTestId('selection-toolbar')).toHaveCount(0)
  await expect.poll(() => highlightText(page)).toBe(PHRASE)
}

/** The bundled pack with the seed's tenth block rewritten (display copy and hashes redone) so it re-imports. */
async function packWithBlock(rewrite: (text: string) => string | null): Promise<Pack> {
  const seed = readBundledPack().items[0] as ArchiveItem
  const body = seed.body.flatMap((block, i) => {
    if (i !== BLOCK || block.kind !== 'paragraph') return [block]
    const text = rewrite(block.text)
    return text === null ? [] : [{ ...block, text }]
  })
  return packOf([await finishItem({ ...seed, body })])
}

test('highlight, note and tag a Persian phrase; they survive a reload; delete and undo', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  const page = run.page
  await openSeed(page)
  await highlightPhrase(page)
  await expect(page.getByTestId('article').locator('mark.mark--yellow').first()).toBeVisible()

  const card = page.getByTestId('highlight-list').getByTestId('annotation-card')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('مسدودسازی')
  await card.getByTestId('edit-note').click()
  await page.getByTestId('note-input').fill('**مهم:** حمایت *زیرساختی* پس از مسدودسازی\n- منبع: منکرسی')
  await page.keyboard.press('Control+Enter')
  await expect(card.locator('strong')).toHaveText('مهم:')
  await expect(card.locator('li')).toContainText('منبع: منکرسی')
  await card.getByTestId('edit-tags').click()
  await page.getByTestId('tag-input').fill('مسدودسازی')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(card.getByTestId('annotation-tag')).toHaveText(['مسدودسازی'])

  // A second highlight by keyboard shortcut N, with a note, crossing no paragraph.
  await selectPhrase(page, 'معاون وزیر ارتباطات')
  await page.keyboard.press('n')
  await page.getByTestId('note-input').fill('نقش خوانساری')
  await page.keyboard.press('Escape') // saves, and does not leave the reader
  await expect(page.getByTestId('article')).toBeVisible()
  await expect(card).toHaveCount(2)
  await page.screenshot({ path: `${ARTIFACTS}/reader-annotations-fa.png` })

  // Reload: the same characters are highlighted, the note and tag are back, the cards in reading order.
  await page.reload()
  await openSeed(page)
  await expect.poll(() => page.getByTestId('article').locator('mark.mark--yellow').evaluateAll((m) => m.map((x) => x.textContent).join(''))).toBe(PHRASE)
  await expect(card.first()).toContainText('معاون وزیر ارتباطات') // body.1 comes before body.9
  const phraseCard = card.filter({ hasText: 'حمایت\u200cهای زیرساختی' })
  await expect(phraseCard).toContainText('منبع: منکرسی')
  await expect(phraseCard.getByTestId('annotation-tag')).toHaveText(['مسدودسازی'])

  // Clicking the card's quote scrolls to the highlight and flashes it.
  await phraseCard.locator('.annotation-card__quote').click()
  await expect(page.locator('mark.mark--flash').first()).toBeVisible()

  // Delete and undo, with the button and with Ctrl+Z.
  await phraseCard.getByTestId('delete-annotation').click()
  await expect(card).toHaveCount(1)
  await expect(page.getByTestId('article').locator('mark.mark--yellow')).toHaveCount(0)
  await page.getByTestId('undo').click()
  await expect(card).toHaveCount(2)
  await expect.poll(() => page.getByTestId('article').locator('mark.mark--yellow').evaluateAll((m) => m.map((x) => x.textContent).join(''))).toBe(PHRASE)
  await phraseCard.getByTestId('delete-annotation').click()
  await expect(card).toHaveCount(1)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(card).toHaveCount(2)

  // Every change reached the journal in the main process's data folder.
  const journal = join(run.dataDir, 'researcher-journal.jsonl')
  await expect.poll(() => existsSync(journal) && readFileSync(journal, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(8)

  // The annotations view across the archive, searchable; then both languages.
  await page.getByTestId('open-annotations').click()
  await expect(page.getByTestId('annotations-view')).toBeVisible()
  await expect(page.getByTestId('annotation-card')).toHaveCount(2)
  await page.getByTestId('annotation-search').fill('زیرساختي') // Arabic yeh: still matches
  await expect(page.getByTestId('annotation-card')).toHaveCount(1)
  await page.getByTestId('annotation-search').fill('')
  await page.screenshot({ path: `${ARTIFACTS}/annotations-view-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByTestId('annotations-count')).toHaveText('2 annotations')
  await page.screenshot({ path: `${ARTIFACTS}/annotations-view-en.png`, fullPage: true })
  await page.getByTestId('open-annotation').first().click()
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
  await expect(page.locator('.annotation-card--focused')).toHaveCount(1)
  await page.waitForTimeout(700)
  await page.screenshot({ path: `${ARTIFACTS}/reader-annotations-en.png` })
  // Back returns to the annotations view the article was opened from.
  await expect(page.getByTestId('back')).toHaveText('Back to annotations')
  await page.getByTestId('back').click()
  await expect(page.getByTestId('annotations-view')).toBeVisible()

  // Backup to a file, wipe IndexedDB, restore: the highlight is back on the same words.
  const backupPath = join(tmpdir(), `bayegan-e2e-backup-${Date.now()}.jsonld`)
  run.dialogs.savePaths.push(backupPath)
  await page.getByTestId('open-annotations').click()
  await page.getByTestId('backup-export').click()
  await expect(page.getByTestId('data-outcome')).toContainText(backupPath)
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { annotations: { '@context': string; first: { items: { target: { source: string } }[] } } }
  expect(backup.annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(backup.annotations.first.items[0]?.target.source).toBe(SEED_ID)
  const wipeAnnotations = async (): Promise<void> => {
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          // Every way this can end is an answer (a failure says which), never a silent wait.
          const open = indexedDB.open('bayegan')
          open.onerror = () => fail(new Error(`open: ${String(open.error)}`))
          open.onblocked = () => fail(new Error('open: blocked'))
          open.onsuccess = () => {
            try {
              const db = open.result
              const tx = db.transaction('annotations', 'readwrite')
              tx.objectStore('annotations').clear()
              tx.oncomplete = () => {
                db.close()
                done()
              }
              tx.onerror = () => fail(new Error(`clear: ${String(tx.error)}`))
              tx.onabort = () => fail(new Error(`clear aborted: ${String(tx.error)}`))
            } catch (err) {
              fail(err instanceof Error ? err : new Error(String(err)))
            }
          }
        })
    )
    await page.reload()
    await page.getByTestId('open-annotations').click()
    await expect(page.getByTestId('annotations-count')).toHaveText('0 annotations')
  }
  await wipeAnnotations()
  run.dialogs.openPaths.push([backupPath])
  await page.getByTestId('backup-import').click()
  await expect(page.getByTestId('merge-annotations')).toHaveText(['Annotations200'])
  await expect(page.getByTestId('annotation-card')).toHaveCount(2)
  await page.screenshot({ path: `${ARTIFACTS}/annotations-restored-en.png`, fullPage: true })

  // And the journal alone can rebuild it too.
  await wipeAnnotations()
  await page.getByTestId('journal-restore').click()
  await expect(page.getByTestId('merge-annotations')).toHaveText(['Annotations200'])
  await expect(page.getByTestId('annotation-card')).toHaveCount(2)
})


test('a re-imported pack: the highlight follows its words; a deleted span becomes an orphan that can be re-attached', async ({ app }) => {
  run = await app.start(copyOfBundledArchive())
  await openSeed(run.page)
  await highlightPhrase(run.page)
  await run.close()

  // Text inserted before the highlight, in the same paragraph.
  run = await app.start(archiveDirWith(await packWithBlock((t) => `جمله‌ای تازه که پیش از این نبود. ${t}`)))
  await openSeed(run.page)
  await expect(run.page.getByTestId('article')).toContainText('جمله‌ای تازه که پیش از این نبود.')
  await expect.poll(() => highlightText(run!.page)).toBe(PHRASE)
  await expect(run.page.getByTestId('orphans')).toHaveCount(0)
  await run.close()

  // The paragraph holding the highlight is gone: an orphan, listed with its quote, not deleted.
  run = await app.start(archiveDirWith(await packWithBlock(() => null)))
  const page = run.page
  await openSeed(page)
  await expect(page.getByTestId('orphans')).toBeVisible()
  await expect(page.getByTestId('orphan-quote')).toHaveText(PHRASE)
  await expect(page.getByTestId('article').locator('mark[data-annotation-ids]')).toHaveCount(0)
  await page.screenshot({ path: `${ARTIFACTS}/reader-orphan-fa.png` })

  // Re-attach it to other words.
  await page.getByTestId('orphans').getByTestId('reattach').click()
  await selectPhrase(page, 'پنجره ملی خدمات دولت هوشمند')
  await page.getByTestId('attach-here').click()
  await expect(page.getByTestId('orphans')).toHaveCount(0)
  await expect.poll(() => highlightText(page)).toBe('پنجره ملی خدمات دولت هوشمند')
})


test('after a restart from the saved search index, a note in known words is saved, found by search, and later writes still complete', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  let page = run.page
  const search = async (query: string): Promise<void> => {
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').fill(query)
    await expect(page.getByTestId('search-result').first()).toBeVisible()
  }
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await search('مسدودسازی')
  await page.keyboard.press('Escape')
  await page.waitForTimeout(2500) // the worker saves its index after 1.5 s without a query or change
  await run.close()

  run = await app.start(SEED_ARCHIVE_DIR)
  page = run.page
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await search('مسدودسازی')
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-saved-index', 'loaded')
  await page.keyboard.press('Escape')
  // A note whose every word the loaded index already knows: adding it once looped the worker
  // forever, and its unfinished read then held up every write to the annotations.
  await openSeed(page)
  await selectPhrase(page, 'معاون وزیر ارتباطات')
  await page.keyboard.press('n')
  await page.getByTestId('note-input').fill('حمایت زیرساختی پس از مسدودسازی')
  await page.keyboard.press('Escape')
  const card = page.getByTestId('highlight-list').getByTestId('annotation-card')
  await expect(card).toHaveCount(1)
  await page.getByTestId('back').click()
  await search('حمایت زیرساختی مسدودسازی')
  await expect(page.getByTestId('search-status')).toContainText('۱')
  await page.keyboard.press('Escape')
  // A plain write from the page to the annotations completes.
  const written = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('bayegan')
        open.onerror = () => done(`open: ${String(open.error)}`)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('annotations', 'readwrite')
          tx.objectStore('annotations').count()
          tx.oncomplete = () => {
            db.close()
            done('complete')
          }
          tx.onabort = () => done(`aborted: ${String(tx.error)}`)
        }
        setTimeout(() => done('no answer in 10 s'), 10_000)
      })
  )
  expect(written).toBe('complete')
})
