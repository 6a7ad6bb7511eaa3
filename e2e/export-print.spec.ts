import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chooseBrowser } from './host/browser'
import { expect, test } from './host/fixtures'
import { printOnPage } from './host/pdfPrinter'
import { printExportPdf } from '../src/main/export/exportService'
import { loadExportFonts } from '../src/main/export/fonts'
import { namedDestinationPages } from '../src/main/export/pdfDestinations'
import { pdfDestinationPages, pdfOutline, pdfPageTexts } from '../src/main/export/pdfText'
import { toPersianDigits } from '../src/shared/dates'
import { buildExportDocument } from '../src/shared/export/buildDocument'
import { headingId } from '../src/shared/export/html'
import { annotate, NOW, options, seedItem, source } from '../src/shared/export/testSupport'

// The printer port as the test host serves it (Chromium's page.pdf), driven by the export service:
// the draft print's named destinations, read from its bytes, must be where the final print's
// headings (its bookmarks) landed, and the contents must say so.
test('the draft print’s destinations, read from its bytes, are the pages the final print’s headings land on', async () => {
  test.setTimeout(180_000)
  const browser = await chromium.launch({ executablePath: chooseBrowser().executablePath, args: CHROMIUM_ARGS, headless: true })
  try {
    const page = await browser.newPage()
    const seed = seedItem()
    const items = Array.from({ length: 6 }, (_, i) => ({ ...seed, id: `copy-${i}`, title: `${seed.title} (${i + 1})` }))
    const notes = items.flatMap((item) => [
      annotate(item, 'خوانساری', { note: 'یادداشت: رشد از ۲۸۶ میلیون به ۹ میلیارد، see the ITO report (2021).', tags: ['آمار'] }),
      annotate(item, 'پنجره ملی خدمات دولت هوشمند', { colour: 'blue' })
    ])
    const doc = await buildExportDocument(source(items, notes), options(), NOW)
    let draft: Uint8Array = new Uint8Array()
    const pdf = await printExportPdf(doc, {
      pageSize: 'A4',
      fonts: await loadExportFonts(),
      printToPdf: (html, pdfOptions) => printOnPage(page, html, pdfOptions),
      printToPdfTwice: (html, pdfOptions, between) =>
        printOnPage(page, html, pdfOptions, async (first) => {
          draft = first
          return between(first)
        })
    })
    const names = doc.articles.map((_, i) => headingId(i))
    const fromBytes = namedDestinationPages(draft)
    const pages = names.map((n) => fromBytes?.get(n) ?? 0)
    // The same pages pdf.js finds in the draft, and the articles really are spread over several pages.
    expect(Object.fromEntries(await pdfDestinationPages(draft, names))).toEqual(Object.fromEntries(names.map((n, i) => [n, pages[i]])))
    expect(new Set(pages).size).toBeGreaterThan(3)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    // The draft is drawn invisible (no article text), untagged and without bookmarks, so it is small.
    const draftTexts = await pdfPageTexts(draft)
    const finalTexts = await pdfPageTexts(pdf)
    expect(draftTexts).toHaveLength(finalTexts.length)
    expect(draftTexts.join('')).not.toMatch(/[\u0600-\u06ff]{3}/)
    expect(await pdfOutline(draft)).toEqual([])
    expect(draft.byteLength).toBeLessThan(pdf.byteLength / 5)
    // The final print's headings landed on exactly those pages, and its contents (page 2) list them in Persian digits.
    const outline = await pdfOutline(pdf)
    expect(outline.filter((o) => o.depth === 1).map((o) => o.page)).toEqual(pages)
    const contents = (finalTexts[1] ?? '').replace(/[\s\u200e\u200f\u202a-\u202e]/g, '')
    for (const p of pages) expect(contents).toContain(toPersianDigits(p))
  } finally {
    await browser.close()
  }
})
