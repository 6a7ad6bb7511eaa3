import type { Page } from '@playwright/test'
import { fillTextsScript, playwrightPdfOptions } from '../../src/main/export/printOptions'
import type { PdfOptions } from '../../src/main/platform'

/**
 * The PDF printer port served by Chromium's page.pdf(), with the shell's print options (bookmarks,
 * tagged PDF): load the document, wait for its fonts, print; with `between`, print again on the same
 * page after replacing the text of the elements it names (by id), as printToPdfTwice promises.
 */
export async function printOnPage(
  page: Page,
  html: string,
  options: PdfOptions,
  between?: (first: Uint8Array) => Promise<Record<string, string> | null>
): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' })
  await page.evaluate('document.fonts.ready.then(() => true)') // a string: bench/ is type-checked without the DOM lib
  const first = new Uint8Array(await page.pdf(playwrightPdfOptions(options)))
  const texts = between ? await between(first) : null
  if (!texts) return first
  await page.evaluate(fillTextsScript(texts))
  return new Uint8Array(await page.pdf(playwrightPdfOptions(options)))
}
