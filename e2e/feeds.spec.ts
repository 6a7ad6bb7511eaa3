// Followed feeds end to end: a stand-in news site on 127.0.0.1 (random port, started and stopped
// by this test) serves a feed and its pages. Nothing is fetched while fetching is off; once on,
// only the items that mention the keyword arrive in the library.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

let server: Server
let base = ''
let hits = 0

const ITEMS = [
  { slug: 'elecomp-halls', title: 'سالن‌های تازه در نمایشگاه الکامپ', text: 'برگزارکنندگان نمایشگاه الکامپ دو سالن تازه برای شرکت‌های هوش مصنوعی آماده کرده‌اند و ثبت‌نام غرفه‌ها تا پایان ماه ادامه دارد.' },
  { slug: 'elecomp-tickets', title: 'بلیت برخط برای بازدید از الكامپ', text: 'بلیت ورود به نمایشگاه الكامپ امسال تنها به صورت برخط فروخته می‌شود و دانشجویان با کارت دانشجویی رایگان وارد می‌شوند.' },
  { slug: 'phone-prices', title: 'قیمت گوشی در بازار تهران ثابت ماند', text: 'فروشندگان بازار موبایل تهران می‌گویند قیمت بیشتر مدل‌ها در هفتهٔ گذشته تغییری نکرده و تقاضا همچنان کم است.' }
]

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
    const path = req.url ?? '/'
    if (path === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml; charset=utf-8')
      res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری آزمایشی</title><link>${base}/</link>${ITEMS.map(
        (i) => `<item><title>${i.title}</title><link>${base}/news/${i.slug}</link><description>${i.title}</description><pubDate>Thu, 27 Jun 2024 09:00:00 +0330</pubDate></item>`
      ).join('')}</channel></rss>`)
      return
    }
    const item = ITEMS.find((i) => path === `/news/${i.slug}`)
    if (item) {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(`<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>${item.title} - خبرگزاری آزمایشی</title></head><body><article><h1>${item.title}</h1><p>نویسنده: کاوه نادری</p><p>${item.text}</p><p>${item.text}</p></article></body></html>`)
      return
    }
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

test('a followed feed with a keyword brings only the matching articles, and only once fetching is on', async ({ app }) => {
  const r = await app.start(SEED_ARCHIVE_DIR)
  const { page } = r
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()
  await page.getByTestId('open-settings').click()
  const panel = page.getByTestId('feeds-panel')
  await expect(panel).toBeVisible()

  // A file: address is refused with a clear message.
  await panel.getByTestId('feed-url').fill('file:///etc/passwd')
  await panel.getByTestId('feed-add').click()
  await expect(panel.getByTestId('feeds-message')).toHaveAttribute('data-kind', 'invalid')
  await expect(panel.getByTestId('feed-row')).toHaveCount(0)

  await panel.getByTestId('feed-url').fill(`${base}/feed.xml`)
  await panel.getByTestId('feed-keywords').fill('الکامپ')
  await panel.getByTestId('feed-add').click()
  await expect(panel.getByTestId('feed-row')).toHaveCount(1)

  // Off by default: checking fetches nothing.
  hits = 0
  await panel.getByTestId('feeds-check').click()
  await expect(panel.getByTestId('feeds-message')).toHaveAttribute('data-kind', 'off')
  expect(hits).toBe(0)

  await panel.getByTestId('feeds-on').click()
  await expect(panel.getByTestId('feeds-on')).toBeChecked()
  await panel.getByTestId('feeds-check').click()
  await expect(panel.getByTestId('feeds-message')).toHaveAttribute('data-kind', 'checked', { timeout: 30_000 })
  await expect(panel.getByTestId('feeds-message')).toContainText('۲')
  await expect(panel.getByTestId('feed-status')).toHaveAttribute('data-outcome', 'ok')
  await panel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}/feeds-panel-fa.png`, fullPage: true })
  await page.getByTestId('language-switch').click()
  await expect(panel.getByTestId('feed-status')).toContainText('2 of 3 items matched')
  await page.screenshot({ path: `${ARTIFACTS}/feeds-panel-en.png`, fullPage: true })
  await page.getByTestId('language-switch').click()

  // A second check adds nothing new.
  await panel.getByTestId('feeds-check').click()
  await expect(panel.getByTestId('feeds-message')).toContainText('۲ از پیش', { timeout: 30_000 })

  await page.getByTestId('settings-back').click()
  await expect(page.getByText('سالن‌های تازه در نمایشگاه الکامپ')).toBeVisible()
  await expect(page.getByText('بلیت برخط برای بازدید از الكامپ')).toBeVisible()
  await expect(page.getByText('قیمت گوشی در بازار تهران ثابت ماند')).toHaveCount(0)
})
