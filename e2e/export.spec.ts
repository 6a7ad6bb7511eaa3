import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { toPersianDigits } from '../src/shared/dates'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { SEED_ID } from './fixtures/packs'
import { addArticleNote, annotatePhrase } from './host/annotate'

// Mixed Persian, English and numbers: the order a Persian reader expects must survive the PDF.
const QUOTE_FACT = 'مجموع تمام تراکنش\u200cهای مرکز ملی تبادل اطلاعات'
const NOTE_FACT = 'رشد از ۲۸۶ میلیون به ۹ میلیارد؛ compare with the ITO report (2021) — حدود 32 برابر'
const QUOTE_QUESTION = 'پنجره ملی خدمات دولت هوشمند'
const NOTE_QUESTION = 'پرسش: آیا این پنجره API عمومی دارد؟ <script>alert(1)</script>'
const NOTE_ARTICLE = 'جمع‌بندی: مقاله دربارهٔ فیلترینگ ۱۴۰۱ و تسهیلات است.'

/** The researcher's notes on the seed, made through the reader as a researcher makes them. */
async function annotateSeed(page: Page): Promise<void> {
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
  await annotatePhrase(page, QUOTE_FACT, { colourKey: '1', note: NOTE_FACT, tags: ['آمار'] })
  await annotatePhrase(page, QUOTE_QUESTION, { colourKey: '2', note: NOTE_QUESTION, tags: ['دولت هوشمند', 'API'] })
  await addArticleNote(page, NOTE_ARTICLE)
  await expect(page.getByTestId('annotation-count')).toContainText('۳')
}

async function exportFromDialog(page: Page, choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await page.getByTestId('open-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await choose(dialog)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-status')).toHaveAttribute('data-phase', 'saved', { timeout: 60_000 })
  await dialog.getByTestId('export-close').click()
}

const poppler = (tool: string, ...args: string[]): string => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' })
/**
 * pdftotext wraps runs in bidi controls, spaces them its own way and may move a combining hamza
 * (دربارهٔ → دربارٔه) (DESIGN.md section 1): compare without any of those, and ZWNJ.
 */
// eslint-disable-next-line no-misleading-character-class -- each mark is its own member of the class, on purpose: a class of marks to drop, not a composed character
const squeeze = (text: string): string => text.replace(/[\u202a-\u202e\u2066-\u2069\u200c\u200e\u200f\u0654]/g, '').replace(/\s+/g, '')
const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1])

test('notes on the seed article export to a PDF set in Vazirmatn that reads right, and to Markdown and JSON', async ({ app }) => {
  test.skip(!existsSync('/usr/bin/pdftotext'), 'poppler-utils is not installed')
  const run = await app.start()
  const { page } = run
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article')).toBeVisible()
  await annotateSeed(page)

  const dir = mkdtempSync(join(tmpdir(), 'bayegan-export-e2e-'))
  const pdf = join(dir, 'notes.pdf')
  run.dialogs.savePaths.push(pdf)
  await exportFromDialog(page, async (dialog) => {
    await expect(dialog.getByTestId('export-scope')).toHaveValue('article')
    await dialog.getByTestId('export-format').selectOption('pdf')
    await dialog.getByTestId('export-paper').selectOption('A4')
  })

  // The font is embedded (regular and bold), not substituted.
  const fonts = poppler('pdffonts', pdf)
  expect(fonts).toMatch(/Vazirmatn-Regular\s+CID TrueType\s+Identity-H\s+yes/)
  expect(fonts).toMatch(/Vazirmatn-Bold/)
  // Quote and note text in logical order (words with lam-alef avoided: pdftotext may swap it).
  const text = squeeze(poppler('pdftotext', '-enc', 'UTF-8', pdf, '-'))
  // Brackets inside an English run are left out: pdftotext mirrors them there (the page image shows them right).
  const parts = ['مجموع تمام تراکنش\u200cهای مرکز ملی تبادل', 'رشد از ۲۸۶ میلیون به ۹ میلیارد؛', 'compare with the ITO report', 'حدود 32 برابر', QUOTE_QUESTION, 'پرسش: آیا این پنجره API عمومی دارد؟', 'alert(1)', 'جمع‌بندی: مقاله دربارهٔ فیلترینگ ۱۴۰۱']
  for (const part of parts) {
    expect(text).toContain(squeeze(part))
  }
  // Title page, contents, then the article; every page after the first is numbered «n از N» in Persian digits.
  const pages = pagesOf(pdf)
  expect(pages).toBeGreaterThanOrEqual(3)
  const last = squeeze(poppler('pdftotext', '-enc', 'UTF-8', '-f', String(pages), '-l', String(pages), pdf, '-'))
  expect(last).toContain(squeeze(`${toPersianDigits(pages)} از ${toPersianDigits(pages)}`))
  const firstArticlePage = squeeze(poppler('pdftotext', '-enc', 'UTF-8', '-f', '3', '-l', '3', pdf, '-'))
  expect(firstArticlePage).toContain(squeeze('معاون سازمان فناوری'))

  copyFileSync(pdf, `${ARTIFACTS}/export-seed-fa.pdf`)
  poppler('pdftoppm', '-png', '-r', '80', '-f', '1', '-l', '1', pdf, `${ARTIFACTS}/export-seed-fa-page`)
  poppler('pdftoppm', '-png', '-r', '80', '-f', '3', '-l', '3', pdf, `${ARTIFACTS}/export-seed-fa-page`)

  // Notes only: title page, contents and one page of notes, exactly. Replacing asks first.
  run.dialogs.savePaths.push(pdf)
  run.dialogs.confirms.push(true)
  await exportFromDialog(page, async (dialog) => {
    for (const key of ['summaryFa', 'summaryEn', 'keyFigures']) await dialog.getByTestId(`export-include-${key}`).uncheck()
    await dialog.getByTestId('export-order').selectOption('colour')
    await dialog.getByTestId('export-paper').selectOption('Letter')
  })
  expect(run.dialogs.confirms).toEqual([])
  expect(pagesOf(pdf)).toBe(3)
  expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+612 x 792/)

  const md = join(dir, 'notes.md')
  run.dialogs.savePaths.push(md)
  await exportFromDialog(page, async (dialog) => {
    await dialog.getByTestId('export-format').selectOption('markdown')
    await dialog.getByTestId('export-lang').selectOption('en')
  })
  const markdown = readFileSync(md, 'utf8')
  expect(markdown).toContain(`> ${QUOTE_QUESTION}`)
  expect(markdown).toContain('## Contents')
  expect(markdown).not.toContain('<script>')

  const json = join(dir, 'notes.jsonld')
  run.dialogs.savePaths.push(json)
  await exportFromDialog(page, async (dialog) => {
    await dialog.getByTestId('export-format').selectOption('json')
  })
  const collection = JSON.parse(readFileSync(json, 'utf8')) as { type: string; total: number }
  expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3 })
})
