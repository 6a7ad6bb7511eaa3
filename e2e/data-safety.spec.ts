// Data safety (issue 11): hostile input never freezes the app, and a file the researcher restores
// can neither smuggle in settings that send text elsewhere nor lose good records for one bad one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { buildBackup } from '../src/shared/backup/backupDocument'
import { describeTarget } from '../src/shared/anchoring/describe'
import type { Annotation } from '../src/shared/domain/annotation'
import { JOURNAL_FILE } from '../src/main/journal/journalFile'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

const CRAFTED_ENDPOINT = 'http://192.0.2.2:8080/v1'

/** Host calls straight from the page, timed: what a renderer waiting on the main process sees. */
async function timedAppInfo(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now()
    const answer = await (window as unknown as { bayegan: { invoke(c: string, p: null): Promise<{ ok: boolean }> } }).bayegan.invoke('app:info', null)
    if (!answer.ok) throw new Error('app:info failed')
    return performance.now() - started
  })
}

function settingsInDb(page: Page): Promise<{ key: string; value: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise<{ key: string; value: unknown }[]>((done, fail) => {
        const open = indexedDB.open('bayegan')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('settings').objectStore('settings').getAll()
          all.onsuccess = () => done(all.result as { key: string; value: unknown }[])
          all.onerror = () => fail(all.error)
        }
      })
  )
}

/** A slow page: 1 MB of elements nested 200 deep (under the depth limit), which Readability takes many seconds over. */
function slowPageFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-slow-'))
  const unit = '<div>'.repeat(200) + '<p>متن آزمایشی دربارهٔ الکامپ و بازار فناوری.</p>' + '</div>'.repeat(200)
  writeFileSync(join(dir, 'slow-page.html'), `<!doctype html><html><head><meta charset="utf-8"><title>صفحهٔ کند</title></head><body>${unit.repeat(2300)}</body></html>`)
  return dir
}

function seedAnnotation(id: string, text: string, phrase: string): Annotation {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`phrase not in the seed: ${phrase}`)
  return {
    id,
    articleId: SEED_ID,
    target: describeTarget(text, start, start + phrase.length),
    quote: phrase,
    colour: 'yellow',
    note: `یادداشت ${id}`,
    tags: ['آزمون'],
    orphan: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    deletedAt: null
  }
}

/** The seed's text from the bundled pack: the quotes are found in it, so the highlights anchor by quote. */
function seedText(): string {
  const pack = JSON.parse(readFileSync(join(SEED_ARCHIVE_DIR, 'elecomp.pack.json'), 'utf8')) as { items: { id: string; body: { text: string }[] }[] }
  const seed = pack.items.find((item) => item.id === SEED_ID)
  if (!seed) throw new Error('the seed is missing from the bundled pack')
  return seed.body.map((block) => block.text).join('\n')
}

test('a slow hostile page does not freeze the app: host calls answer while it is read, and cancel stops it', async ({ app }) => {
  const run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  run.dialogs.openPaths.push([slowPageFolder()])
  await page.getByTestId('import-folder').click()
  await expect(page.getByTestId('file-import-progress')).toBeVisible()
  // Before issue 11 the main process answered nothing until the page was parsed (37 s for 1 MB).
  const latencies: number[] = []
  for (let i = 0; i < 5; i++) latencies.push(await timedAppInfo(page))
  latencies.sort((a, b) => a - b)
  expect(latencies[2]).toBeLessThan(200)
  expect(latencies[4]).toBeLessThan(1_000)
  await expect(page.getByTestId('file-import-progress')).toBeVisible()

  const cancelledAt = Date.now()
  await page.getByTestId('import-cancel').click()
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 10_000 })
  expect(Date.now() - cancelledAt).toBeLessThan(10_000)
  await expect(page.locator('[data-testid="import-row"][data-file="slow-page.html"]')).toHaveAttribute('data-status', 'cancelled')
})

test('a crafted backup cannot set the model endpoint, and one bad record is listed while the good ones restore', async ({ app }) => {
  const run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  const text = seedText()
  const phrases = ['مرکز ملی تبادل اطلاعات', 'پنجره ملی خدمات دولت هوشمند', 'سازمان فناوری اطلاعات']
  const good = phrases.filter((p) => text.includes(p)).map((p, i) => seedAnnotation(`safe-${i}`, text, p))
  expect(good.length).toBeGreaterThanOrEqual(2)
  const doc = buildBackup(
    {
      annotations: good,
      summaries: [],
      articles: [],
      positions: [],
      settings: [
        { key: 'model.settings', value: { endpoint: CRAFTED_ENDPOINT, model: 'x', allowNonLoopback: true } },
        { key: 'ui.language', value: 'fa' }
      ]
    },
    { name: 'Bayegan', version: 'crafted' }
  )
  const json = JSON.parse(JSON.stringify(doc)) as { annotations: { total: number; first: { items: Record<string, unknown>[] } } }
  // One bad record among good ones: a colour the app does not have.
  json.annotations.first.items.push({ ...json.annotations.first.items[0], id: 'bad-record', bayegan: { colour: 'purple', quote: null, orphan: false, deletedAt: null, contentHash: null } })
  json.annotations.total = json.annotations.first.items.length
  const path = join(mkdtempSync(join(tmpdir(), 'bayegan-crafted-')), 'crafted.jsonld')
  writeFileSync(path, JSON.stringify(json))

  await page.getByTestId('open-annotations').click()
  run.dialogs.openPaths.push([path])
  await page.getByTestId('backup-import').click()
  const refused = page.getByTestId('merge-refused')
  await expect(refused).toBeVisible()
  await expect(refused).toContainText('model.settings')
  await expect(refused).toContainText('bad-record')
  await expect(page.getByTestId('annotation-card')).toHaveCount(good.length)
  await refused.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/backup-refused-fa.png` })
  const settings = await settingsInDb(page)
  expect(settings.map((s) => s.key)).not.toContain('model.settings')
  expect(JSON.stringify(settings)).not.toContain('192.0.2.2')
})

test('a journal with a damaged middle line restores every other line and says one was skipped', async ({ app }) => {
  const run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  const text = seedText()
  const [a, b] = ['مرکز ملی تبادل اطلاعات', 'سازمان فناوری اطلاعات'].map((p, i) => seedAnnotation(`j-${i}`, text, p))
  const line = (seq: number, record: Annotation): string => JSON.stringify({ seq, at: '2026-11-01T09:00:00.000Z', kind: 'annotation', record })
  writeFileSync(join(run.dataDir, JOURNAL_FILE), [line(1, a as Annotation), '{"seq":2,"at":"2026-11-01T09:00:00.000Z","kind":"annot', line(3, b as Annotation)].join('\n') + '\n')

  await page.getByTestId('open-annotations').click()
  await page.getByTestId('journal-restore').click()
  await expect(page.getByTestId('data-outcome')).toContainText('۱')
  await expect(page.getByTestId('annotation-card')).toHaveCount(2)
  // The journal is not written again by its own restore: still the three lines it had.
  expect(readFileSync(join(run.dataDir, JOURNAL_FILE), 'utf8').trimEnd().split('\n')).toHaveLength(3)
})

test('a saved page longer than the limit is imported with its first 500 paragraphs, and the report says what was cut', async ({ app }) => {
  const run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-long-'))
  const paragraphs = Array.from({ length: 640 }, (_, i) => `<p>بند ${i + 1}: گزارش بلند خبرنگار ما دربارهٔ روز ${i + 1} نمایشگاه الکامپ و غرفه‌های آن.</p>`).join('')
  writeFileSync(
    join(dir, 'long-page.html'),
    `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>گزارش بلند الکامپ</title><meta property="og:site_name" content="خبرنامهٔ آزمون"></head><body><article><h1>گزارش بلند الکامپ</h1>${paragraphs}</article></body></html>`
  )
  run.dialogs.openPaths.push([dir])
  await page.getByTestId('import-folder').click()
  const row = page.locator('[data-testid="import-row"][data-file="long-page.html"]')
  await expect(row).toHaveAttribute('data-status', 'added', { timeout: 60_000 })
  await expect(row).toContainText('has 640 paragraphs; only the first 500 were kept')
})
