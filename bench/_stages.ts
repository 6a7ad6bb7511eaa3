import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chooseBrowser } from '../e2e/host/browser'
import { loadExportFonts } from '../src/main/export/fonts'
import { fixOutlineTitles, headingTexts } from '../src/main/export/outlineTitles'
import { pdfOutline } from '../src/main/export/pdfText'
import { buildExportDocument } from '../src/shared/export/buildDocument'
import { renderHtml } from '../src/shared/export/html'
import { INCLUDE_ALL } from '../src/shared/export/options'
import { benchSource } from './export'
const b = await chromium.launch({ executablePath: chooseBrowser().executablePath, args: CHROMIUM_ARGS, headless: true })
const page = await b.newPage()
const doc = await buildExportDocument(benchSource(100, 10), { scope: { kind: 'all' }, include: INCLUDE_ALL, order: 'reading', lang: 'fa' }, new Date())
const html = renderHtml(doc, { fonts: await loadExportFonts(), pageSize: 'A4' })
const t = async (name: string, f: () => Promise<unknown>) => { const s = performance.now(); const r = await f(); console.log(name, Math.round(performance.now() - s), 'ms'); return r }
await t('setContent', async () => { await page.setContent(html); await page.evaluate('document.fonts.ready') })
for (const [tagged, outline] of [[false, false], [false, true], [true, true], [true, false]] as const) {
  const pdf = (await t(`pdf tagged=${tagged} outline=${outline}`, () => page.pdf({ format: 'A4', printBackground: true, tagged, outline }))) as Buffer
  if (outline) {
    const o = (await t('  pdfjs outline', () => pdfOutline(new Uint8Array(pdf)))) as unknown[]
    console.log('  outline entries', o.length, 'size MB', (pdf.byteLength / 1e6).toFixed(1))
    await t('  fix titles', async () => fixOutlineTitles(new Uint8Array(pdf), headingTexts(html)))
  }
}
await b.close()
