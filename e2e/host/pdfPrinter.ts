import type { Page } from '@playwright/test'
import { fillTextsScript, FONTS_READY_SCRIPT, playwrightPdfOptions } from '../../src/main/export/printOptions'
import type { PdfOptions } from '../../src/main/platform'

/**
 * The PDF printer port served by Chromium's page.pdf(), with the shell's print options (bookmarks,
 * tagged PDF): load the document, wait for its fonts, print; with `between`, print a draft first,
 * then print again on the same page after replacing the text of the elements it names (by id), as
 * printToPdfTwice promises (the Electron shell's printToPdf.ts does the same steps).
 */
export async function printOnPage(
  page: Page,
  html: string,
  options: PdfOptions,
  between?: (first: Uint8Array) => Promise<Record<string, string> | null>,
  /** Called after each step with its name, for the benchmark's timings. */
  step: (name: 'load' | 'fonts' | 'draft print' | 'read pages' | 'fill' | 'final print') => void = () => undefined
): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' })
  step('load')
  await page.evaluate(FONTS_READY_SCRIPT) // a string: bench/ is type-checked without the DOM lib
  step('fonts')
  if (!between) {
    const pdf = new Uint8Array(await page.pdf(playwrightPdfOptions(options)))
    step('final print')
    return pdf
  }
  const draft = new Uint8Array(await page.pdf(playwrightPdfOptions({ ...options, draft: true })))
  step('draft print')
  const texts = await between(draft)
  step('read pages')
  if (!texts) return draft
  await page.evaluate(fillTextsScript(texts))
  step('fill')
  const pdf = new Uint8Array(await page.pdf(playwrightPdfOptions(options)))
  step('final print')
  return pdf
}
