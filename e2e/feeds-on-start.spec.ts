// "Check on start": with fetching and the option on (feeds.json written before the app starts),
// the app checks its followed feeds once the library is on screen, without waiting for them, and
// shows each feed's status; with the option off it fetches nothing. The stand-in site runs on
// 127.0.0.1 (the test host allows loopback explicitly) and holds its feed until the test lets go.
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

let server: Server
let base = ''
let hits = 0
let release: () => void = () => undefined
let held: Promise<void> = Promise.resolve()

const ARTICLE = 'ثبت‌نام غرفه‌داران الکامپ تمدید شد'

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
    if (req.url === '/feed.xml') {
      void held.then(() => {
        res.setHeader('content-type', 'application/rss+xml; charset=utf-8')
        res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرنامه آزمایشی</title><link>${base}/</link>
<item><title>${ARTICLE}</title><link>${base}/news/1</link><description>مهلت ثبت‌نام الکامپ یک هفته تمدید شد</description></item>
<item><title>نرخ اینترنت همراه</title><link>${base}/news/2</link><description>اپراتورها تعرفه‌ها را تغییر ندادند</description></item></channel></rss>`)
      })
      return
    }
    if (req.url === '/news/1') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(`<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>${ARTICLE} - خبرنامه آزمایشی</title></head><body><article><h1>${ARTICLE}</h1><p>ستاد برگزاری نمایشگاه الکامپ اعلام کرد مهلت ثبت‌نام غرفه‌داران به دلیل استقبال شرکت‌های نوپا تا هفتهٔ آینده ادامه می‌یابد و هزینهٔ غرفه تغییری نمی‌کند.</p></article></body></html>`)
      return
    }
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  release()
  await new Promise((done) => server.close(done))
})

function writeFeeds(dataDir: string, checkOnStart: boolean): void {
  const settings = { version: 1, fetchingOn: true, checkOnStart, feeds: [{ url: `${base}/feed.xml`, keywords: ['الکامپ'] }] }
  writeFileSync(join(dataDir, 'feeds.json'), `${JSON.stringify(settings)}\n`)
}

test('with check on start on, the library shows at once and the feeds are checked behind it, feed by feed', async ({ app, profile }) => {
  writeFeeds(profile.dataDir, true)
  held = new Promise<void>((done) => (release = done))
  hits = 0
  const r = await app.start(SEED_ARCHIVE_DIR)
  const { page } = r
  // The feed is not answering yet, and the library is already there and usable.
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await expect(page.getByTestId('feeds-startup')).toHaveAttribute('data-kind', 'checking')
  await expect.poll(() => hits).toBe(1)
  await expect(page.getByTestId('library-count')).toHaveText('۱ مقاله')
  release()

  const status = page.getByTestId('feeds-startup')
  await expect(status).toHaveAttribute('data-kind', 'done', { timeout: 30_000 })
  await expect(status).toContainText('۱ مقاله افزوده شد')
  await expect(status.getByTestId('feeds-startup-row')).toHaveAttribute('data-url', `${base}/feed.xml`)
  await expect(status.getByTestId('feed-status')).toHaveAttribute('data-outcome', 'ok')
  await expect(page.getByText(ARTICLE)).toBeVisible()
  await expect(page.getByText('نرخ اینترنت همراه')).toHaveCount(0)
  await page.screenshot({ path: `${ARTIFACTS}/feeds-on-start-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(status.getByTestId('feed-status')).toContainText('1 of 2 items matched')
  await expect(status).toContainText('1 article added,')
  await page.screenshot({ path: `${ARTIFACTS}/feeds-on-start-en.png`, fullPage: true })

  // Reloading the window is not a new start: nothing is fetched again.
  const before = hits
  await page.reload()
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await expect.poll(() => r.calls.filter((c) => c === 'feeds:startup').length).toBe(2)
  expect(hits).toBe(before)
  await expect(page.getByTestId('feeds-startup')).toHaveCount(0)
})

test('with check on start off, starting the app fetches nothing', async ({ app, profile }) => {
  writeFeeds(profile.dataDir, false)
  held = Promise.resolve()
  hits = 0
  const r = await app.start(SEED_ARCHIVE_DIR)
  await expect(r.page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await expect.poll(() => r.calls.includes('feeds:get')).toBe(true)
  await r.page.waitForTimeout(1_000)
  expect(r.calls).not.toContain('feeds:startup')
  expect(hits).toBe(0)
  await expect(r.page.getByTestId('feeds-startup')).toHaveCount(0)
  // The option is shown, off, in the settings.
  await r.page.getByTestId('open-settings').click()
  await expect(r.page.getByTestId('feeds-on-start')).not.toBeChecked()
})

test('the settings panel open during the start-up check shows each feed’s status once the check lands', async ({ app, profile }) => {
  writeFeeds(profile.dataDir, true)
  held = new Promise<void>((done) => (release = done))
  hits = 0
  const { page } = await app.start(SEED_ARCHIVE_DIR)
  await expect(page.getByTestId('feeds-startup')).toHaveAttribute('data-kind', 'checking')
  await page.getByTestId('open-settings').click()
  const row = page.getByTestId('feeds-panel').getByTestId('feed-row')
  await expect(row).toHaveAttribute('data-url', `${base}/feed.xml`)
  await expect(row.getByTestId('feed-status')).toHaveCount(0)
  release()
  await expect(row.getByTestId('feed-status')).toHaveAttribute('data-outcome', 'ok', { timeout: 30_000 })
  await expect(row.getByTestId('feed-status')).toContainText('۱')
})
