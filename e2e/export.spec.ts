import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-csl'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { pdfOutline, pdfPageTexts } from '../src/main/export/pdfText'
import type { ArchiveItemDraft } from '../src/shared/archive/schema'
import { toPersianDigits } from '../src/shared/dates'
import { ARTIFACTS, expect, test } from './host/fixtures'
import { archiveDirWith, finishItem, packOf, readBundledPack, SEED_ID, readSeedPack } from './fixtures/packs'
import { addArticleNote, annotatePhrase } from './host/annotate'
import { startFakeModelServer, type FakeModelServer } from './host/fakeModelServer'

// Mixed Persian, English and numbers: the order a Persian reader expects must survive the PDF.
const QUOTE_FACT = 'مجموع تمام تراکنش\u200cهای مرکز ملی تبادل اطلاعات'
const NOTE_FACT = 'رشد از ۲۸۶ میلیون به ۹ میلیارد؛ compare with the ITO report (2021) — حدود 32 برابر'
const QUOTE_QUESTION = 'پنجره ملی خدمات دولت هوشمند'
const NOTE_QUESTION = 'پرسش: آیا این پنجره API عمومی دارد؟ <script>alert(1)</script>\n- درگاه ملی\n- درگاه استانی'
const NOTE_ARTICLE = 'جمع‌بندی: مقاله دربارهٔ فیلترینگ ۱۴۰۱ و تسهیلات است.'

/** A second article, written for this test, as an imported page is: with its web address and a day. */
const OTHER_URL = 'https://example.org/news/1403/cloud-report?id=7'
const OTHER: ArchiveItemDraft = {
  id: 'test-cloud-1403',
  title: 'گزارش آزمایشی دربارهٔ رشد خدمات ابری در ایران',
  lead: 'به گزارش یک رسانهٔ فرضی، شمار شرکت‌های دارای مجوز خدمات ابری در سال ۱۴۰۲ به ۲۰ رسید.',
  body: [
    { kind: 'paragraph', text: 'این متن را برای آزمون نوشته‌ایم و از هیچ خبری برداشته نشده است.' },
    { kind: 'paragraph', text: 'نویسندهٔ فرضی می‌گوید تقاضای فضای ابری در شش ماه دو برابر شده است.' }
  ],
  source: { name: 'رسانهٔ آزمایشی', nameEn: 'Test Outlet' },
  url: OTHER_URL,
  published: { precision: 'day', jalali: { year: 1403, month: 4, day: 8 } },
  tags: ['خدمات ابری'],
  summaries: []
}
const QUOTE_OTHER = 'تقاضای فضای ابری در شش ماه دو برابر شده'

const DRAFT = { fa: 'پیش‌نویس مدل: تراکنش‌ها از ۲۸۶ میلیون به بیش از ۹ میلیارد رسید.', en: 'Model draft: transactions rose from 286 million to over 9 billion.', model: 'stand-in-llm:1b' }
const RESEARCHER_FA = 'نسخهٔ پژوهشگر: رشد تراکنش‌ها و کمبود تسهیلات برای کسب‌وکارها.'

let modelServer: FakeModelServer | undefined
test.afterEach(async () => {
  await modelServer?.close()
  modelServer = undefined
})

async function openArticle(page: Page, id: string): Promise<void> {
  await page.getByTestId('open-library').click()
  await page.locator(`[data-article-id="${id}"]`).click()
  await expect(page.getByTestId('article')).toBeVisible()
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
}

/** The seed's summaries: the model's draft accepted (both languages), then the researcher's own Persian version. */
async function summariseSeed(page: Page, endpoint: string): Promise<void> {
  await page.getByTestId('open-settings').click()
  await page.getByTestId('model-endpoint').fill(endpoint)
  await page.getByTestId('model-name').fill('qwen2.5:7b')
  await page.getByTestId('model-save').click()
  await expect(page.getByTestId('model-settings-status')).not.toBeEmpty()
  await page.getByTestId('settings-back').click()
  await openArticle(page, SEED_ID)
  await page.getByTestId('model-draft').click()
  await page.getByTestId('model-accept').click()
  await expect(page.getByTestId('model-accepted')).toBeVisible()
  await page.getByTestId('summary-edit-fa').click()
  await page.getByTestId('summary-editor-fa').fill(RESEARCHER_FA)
  await page.getByTestId('summary-save-fa').click()
  await expect(page.getByTestId('summary-text-fa')).toHaveText(RESEARCHER_FA)
}

async function exportFromDialog(page: Page, choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await page.getByTestId('open-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await choose(dialog)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-status')).toHaveAttribute('data-phase', 'saved', { timeout: 90_000 })
  await dialog.getByTestId('export-close').click()
}

const poppler = (tool: string, ...args: string[]): string => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' })
/**
 * pdftotext wraps runs in bidi controls, spaces them its own way, reverses lam-alef and moves a
 * combining hamza (دربارهٔ → دربارٔه; see bench/pdfText.ts): compare without any of those, and ZWNJ,
 * and choose words without لا.
 */
// eslint-disable-next-line no-misleading-character-class -- each mark is its own member of the class, on purpose: a class of marks to drop, not a composed character
const squeeze = (text: string): string => text.replace(/[\u202a-\u202e\u2066-\u2069\u200c\u200e\u200f\u0654]/g, '').replace(/\s+/g, '')
/** Also without punctuation, which pdftotext moves about around digits and Latin runs. */
const bare = (text: string): string => squeeze(text).replace(/[،,:;()«»“”.؛]/g, '')
const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1])
const pageText = (pdf: string, n: number): string => squeeze(poppler('pdftotext', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-'))

/** Every page as an image in the artifacts, to be looked at. */
function pageImages(pdf: string, name: string): void {
  copyFileSync(pdf, `${ARTIFACTS}/${name}.pdf`)
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}-page`)) execFileSync('rm', ['-f', join(ARTIFACTS, f)])
  poppler('pdftoppm', '-png', '-r', '60', pdf, `${ARTIFACTS}/${name}-page`)
}

test('notes on several articles export to a navigable, tagged PDF with provenance, locators and citations, and to Markdown, JSON, CSL-JSON, BibTeX and RIS', async ({ app }) => {
  test.skip(!existsSync('/usr/bin/pdftotext'), 'poppler-utils is not installed')
  test.setTimeout(300_000)
  modelServer = await startFakeModelServer({ kind: 'answer', ...DRAFT })
  const pack = await packOf([...readSeedPack().items, await finishItem(OTHER)])
  const run = await app.start(archiveDirWith(pack))
  const { page } = run
  await expect(page.locator(`[data-article-id="${OTHER.id}"]`)).toBeVisible()
  await summariseSeed(page, modelServer.url)

  await annotatePhrase(page, QUOTE_FACT, { colourKey: '1', note: NOTE_FACT, tags: ['آمار'] })
  await annotatePhrase(page, QUOTE_QUESTION, { colourKey: '2', note: NOTE_QUESTION, tags: ['دولت هوشمند', 'API'] })
  await addArticleNote(page, NOTE_ARTICLE)
  await expect(page.getByTestId('annotation-count')).toContainText('۳')
  await openArticle(page, OTHER.id)
  await annotatePhrase(page, QUOTE_OTHER, { colourKey: '3', note: 'با آمار سازمان بسنجم' })

  const dir = mkdtempSync(join(tmpdir(), 'bayegan-export-e2e-'))
  const exportAs = async (file: string, format: string, lang: 'fa' | 'en' = 'fa'): Promise<string> => {
    const path = join(dir, file)
    run.dialogs.savePaths.push(path)
    await exportFromDialog(page, async (dialog) => {
      await dialog.getByTestId('export-scope').selectOption('all')
      await dialog.getByTestId('export-format').selectOption(format)
      await dialog.getByTestId('export-lang').selectOption(lang)
    })
    return path
  }

  // ---- PDF, Persian headings ----
  const pdf = await exportAs('notes-fa.pdf', 'pdf')
  const info = poppler('pdfinfo', pdf)
  expect(info).toMatch(/Tagged:\s+yes/)
  expect(poppler('pdffonts', pdf)).toMatch(/Vazirmatn-Regular\s+CID TrueType\s+Identity-H\s+yes/)
  // The structure tree: headings, paragraphs, lists and quotes are tagged.
  const struct = poppler('pdfinfo', '-struct', pdf)
  for (const tag of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'BlockQuote']) expect(struct).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'))
  // Bookmarks: the title, each article under it (titles in their real word order), its sections below.
  const outline = await pdfOutline(new Uint8Array(readFileSync(pdf)))
  const seedTitle = readBundledPack().items[0]?.display?.title ?? ''
  expect(outline.filter((o) => o.depth <= 1).map((o) => o.title)).toEqual(['یادداشت‌های پژوهشی', seedTitle, OTHER.title])
  expect(outline.filter((o) => o.depth === 2).map((o) => o.title)).toEqual(expect.arrayContaining(['خلاصهٔ فارسی', 'خلاصهٔ انگلیسی', 'یادداشت‌ها']))
  const articlePages = outline.filter((o) => o.depth === 1).map((o) => o.page ?? 0)
  // The contents (page 2) give each article's page, in Persian digits, and those are where the bookmarks go.
  const contents = pageText(pdf, 2)
  expect(contents).toContain(squeeze('فهرست'))
  const pageTexts = await pdfPageTexts(new Uint8Array(readFileSync(pdf)))
  expect(pageTexts[1]).toMatch(new RegExp(`${toPersianDigits(articlePages[0] ?? 0)}[\\s\\S]*${toPersianDigits(articlePages[1] ?? 0)}`))
  expect(pageText(pdf, articlePages[0] ?? 0)).toContain(squeeze('معاون سازمان فناوری'))
  expect(pageText(pdf, articlePages[1] ?? 0)).toContain(squeeze('گزارش آزمایشی دربارهٔ رشد خدمات ابری'))
  const text = bare(poppler('pdftotext', '-enc', 'UTF-8', pdf, '-'))
  // Provenance of each summary: the researcher's Persian version, the model's English draft with its name.
  expect(text).toContain(bare('خاستگاه: نوشتهٔ پژوهشگر، نسخهٔ'))
  expect(text).toContain(bare('خاستگاه: پیش‌نویس مدل'))
  expect(text).toContain(bare(`${DRAFT.model} پذیرفته در`))
  expect(text).toContain(bare(DRAFT.en))
  expect(text).toContain(bare('نسخهٔ پژوهشگر: رشد تراکنش‌ها'))
  // Locators: the paragraph, the date made or edited, and the original's address for the imported article.
  expect(text).toContain(bare('بند ۱، ویرایش'))
  expect(text).toContain(bare('بند ۴، ویرایش'))
  expect(text).toContain(bare('کل مقاله، ویرایش'))
  expect(text).toContain(bare('بند ۳، ویرایش'))
  expect(text).toContain(bare(OTHER_URL))
  // Citations in both languages, with both calendars (pdftotext shuffles Persian digit runs about: parts only).
  expect(text).toContain(bare('۸ تیر'))
  expect(text).toContain(bare('ژوئن ۲۰۲۴'))
  expect(text).toContain(bare('28 Jun 2024 (8 Tir 1403)'))
  // The note's Markdown list prints as a list, not as "- " lines.
  expect(squeeze(poppler('pdftotext', '-enc', 'UTF-8', pdf, '-'))).not.toContain(squeeze('- درگاه ملی'))
  expect(struct).toMatch(/LI/)
  pageImages(pdf, 'export-fa')

  // ---- PDF, English headings ----
  const pdfEn = await exportAs('notes-en.pdf', 'pdf', 'en')
  const outlineEn = await pdfOutline(new Uint8Array(readFileSync(pdfEn)))
  expect(outlineEn.filter((o) => o.depth <= 1).map((o) => o.title)).toEqual(['Research notes', seedTitle, OTHER.title])
  const textEn = bare(poppler('pdftotext', '-enc', 'UTF-8', pdfEn, '-'))
  expect(textEn).toContain(bare(`drafted by model ${DRAFT.model}, accepted`))
  expect(textEn).toContain(bare('written by the researcher, version of'))
  expect(textEn).toContain(bare('para. 4, edited'))
  pageImages(pdfEn, 'export-en')

  // ---- Markdown ----
  const markdown = readFileSync(await exportAs('notes.md', 'markdown', 'en'), 'utf8')
  expect(markdown).toContain(`> ${QUOTE_QUESTION}`)
  expect(markdown).toContain('## Contents')
  expect(markdown).not.toContain('<script>')
  expect(markdown).toMatch(/\*Source of this summary: drafted by model stand-in-llm:1b, accepted .*\*/)
  expect(markdown).toMatch(/\*Where: para\. 4, edited .*\*/)
  expect(markdown).toContain(OTHER_URL.replace(/_/g, '\\_'))
  expect(markdown).toContain('- درگاه ملی\n- درگاه استانی')

  // ---- W3C JSON ----
  const collection = JSON.parse(readFileSync(await exportAs('notes.jsonld', 'json'), 'utf8')) as {
    type: string
    total: number
    first: { items: { target: { source: string }; bayegan: { articleId: string; locator: { paragraph?: number } | null } }[] }
    bayegan: { articles: { id: string; summaries: { provenance: string; model?: string; createdAt?: string }[]; citation: { fa: string; en: string } }[] }
  }
  expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 4 })
  const other = collection.first.items.find((a) => a.bayegan.articleId === OTHER.id)
  expect(other?.target.source).toBe(OTHER_URL)
  expect(other?.bayegan.locator?.paragraph).toBe(3)
  expect(collection.first.items.find((a) => a.bayegan.articleId === SEED_ID)?.target.source).toBe(`urn:bayegan:elecomp:${SEED_ID}`)
  const seedSummaries = collection.bayegan.articles.find((a) => a.id === SEED_ID)?.summaries ?? []
  expect(seedSummaries.map((s) => [s.provenance, s.model ?? null])).toEqual([['researcher', null], ['model', DRAFT.model]])
  expect(seedSummaries.every((s) => s.createdAt)).toBe(true)

  // ---- CSL-JSON, BibTeX, RIS: read back with maintained parsers ----
  const csl = new Cite(JSON.parse(readFileSync(await exportAs('notes.csl.json', 'csl-json'), 'utf8'))).data
  expect(csl.map((c) => c.title)).toEqual([seedTitle, OTHER.title])
  expect(csl[1]).toMatchObject({ URL: OTHER_URL, issued: { 'date-parts': [[2024, 6, 28]] }, 'container-title': 'رسانهٔ آزمایشی' })
  expect(csl[0]?.annote).toContain(`«${QUOTE_QUESTION}»`)

  const bibText = readFileSync(await exportAs('notes.bib', 'bibtex'), 'utf8')
  const bib = parseBibtex(bibText, { english: false })
  expect(bib.errors).toEqual([])
  expect(bib.entries.map((e) => e.fields.title)).toEqual([seedTitle, OTHER.title])
  expect(bib.entries[1]?.fields).toMatchObject({ year: '2024', month: '6', url: OTHER_URL })
  expect(bib.entries[0]?.fields.annote).toContain('<script>alert(1)</script>')

  const risText = readFileSync(await exportAs('notes.ris', 'ris'), 'utf8')
  expect(risText.startsWith('TY  - NEWS\r\n')).toBe(true)
  expect(risText.trimEnd().endsWith('ER  -')).toBe(true)
  expect(risText).toContain('DA  - 2024/06/28/\r\n')
  expect(risText.match(/^N1 {2}- «/gm)).toHaveLength(3) // the three highlights; the article note has no quote
  const ris = new Cite(risText, { forceType: '@ris/file' }).data
  expect(ris.map((r) => r.title)).toEqual([seedTitle, OTHER.title])
  expect(ris[1]?.URL).toBe(OTHER_URL)
})

test('one article exports without a contents page; replacing a file asks first', async ({ app }) => {
  test.skip(!existsSync('/usr/bin/pdftotext'), 'poppler-utils is not installed')
  const run = await app.start()
  const { page } = run
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible()
  await annotatePhrase(page, QUOTE_FACT, { colourKey: '1', note: NOTE_FACT })
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-export-e2e-'))
  const pdf = join(dir, 'one.pdf')
  run.dialogs.savePaths.push(pdf)
  await exportFromDialog(page, async (dialog) => {
    await expect(dialog.getByTestId('export-scope')).toHaveValue('article')
    for (const key of ['summaryFa', 'summaryEn', 'keyFigures']) await dialog.getByTestId(`export-include-${key}`).uncheck()
  })
  // Title page, then the article straight away: no page for a one-line contents.
  expect(pagesOf(pdf)).toBe(2)
  expect(pageText(pdf, 2)).toContain(squeeze('معاون سازمان فناوری'))
  expect(squeeze(poppler('pdftotext', '-enc', 'UTF-8', pdf, '-'))).not.toContain(squeeze('فهرست'))
  expect(pageText(pdf, 2)).toContain(squeeze(`${toPersianDigits(2)} از ${toPersianDigits(2)}`))
  pageImages(pdf, 'export-one-fa')

  run.dialogs.savePaths.push(pdf)
  run.dialogs.confirms.push(true)
  await exportFromDialog(page, async (dialog) => {
    await dialog.getByTestId('export-paper').selectOption('Letter')
  })
  expect(run.dialogs.confirms).toEqual([])
  expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+612 x 792/)
})
