/**
 * npx tsx bench/pdfText.ts [--font <file.ttf|woff2>]...
 * What text tools get back from a fixed Persian page printed by Chromium with Vazirmatn: each
 * variant (print options, CSS ligature settings, font build) is printed with page.pdf() and read
 * back with poppler's pdftotext and with pdfjs-dist, and compared with the source text (bidi
 * controls and spacing removed). Used to investigate the lam-alef and hamza extraction problem.
 *
 * Findings (Chromium 156, poppler 22.12, pdf.js 5.4.624; 2026-12): Chromium already does what a tagged PDF
 * can: each shaped cluster sits in a /Span with its logical text as /ActualText (lam-alef as
 * U+0644 U+0627), inside /ReversedChars, and its ToUnicode maps the contextual glyphs to Arabic
 * presentation forms (U+FEFB for the lam-alef ligature). pdftotext honours ActualText but then
 * reverses the two-letter lam-alef (and a heh + hamza cluster) with the rest of the RTL word, giving
 * «اطالعات» and «خالصٔه»; pdf.js ignores ActualText and returns presentation forms in visual order.
 * No print option, CSS ligature setting or Vazirmatn build changes either: turning the ligatures
 * off ("rlig" 0) lets pdftotext read لا right but prints لا as two letters, which is wrong Persian
 * typography, so it is not used; writing هٔ as the precomposed ۀ fixes the hamza for pdftotext only
 * by changing the researcher's text, so it is not used either.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chooseBrowser } from '../e2e/host/browser'
import { loadExportFonts } from '../src/main/export/fonts'
import { pdfPageTexts } from '../src/main/export/pdfText'

/** Written for this test: lam-alef (لا) in several words, hamza above (هٔ, ۀ) and ZWNJ. */
export const FIXED_PAGE = [
  'اطلاعات تسهیلات لازم است',
  'خلاصهٔ مقالهٔ علمی',
  'سلام و الکامپ با کلاس بالا',
  'مرکز ملی تبادل اطلاعات'
]

interface Variant {
  name: string
  css?: string
  tagged?: boolean
  font?: string
  /** A change to the text before printing (the expected text stays the source). */
  text?: (line: string) => string
}

const strip = (s: string): string => s.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim()

async function fontFaces(font: string | undefined): Promise<string> {
  if (!font) {
    const faces = await loadExportFonts()
    return faces
      .filter((f) => f.weight === 400)
      .map((f) => `@font-face{font-family:'V';src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2');unicode-range:${f.unicodeRange}}`)
      .join('')
  }
  const format = extname(font) === '.woff2' ? 'woff2' : 'truetype'
  return `@font-face{font-family:'V';src:url(data:font/${format === 'woff2' ? 'woff2' : 'ttf'};base64,${readFileSync(font).toString('base64')}) format('${format}')}`
}

async function main(): Promise<void> {
  const fonts = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--font' ? [a] : []))
  const variants: Variant[] = [
    { name: 'fontsource subset (the export today), untagged' },
    { name: 'fontsource subset, tagged PDF', tagged: true },
    { name: 'font-variant-ligatures: none', css: 'font-variant-ligatures:none', tagged: true },
    { name: 'font-feature-settings: "liga" 0, "rlig" 0', css: 'font-feature-settings:"liga" 0,"rlig" 0', tagged: true },
    { name: 'text-rendering: optimizeSpeed', css: 'text-rendering:optimizeSpeed', tagged: true },
    { name: 'هٔ written as the precomposed ۀ (U+06C0)', text: (l) => l.replace(/\u0647\u0654/g, '\u06c0'), tagged: true },
    ...fonts.map((f) => ({ name: `font ${f.split('/').pop()}`, font: f, tagged: true }))
  ]
  const browser = await chromium.launch({ executablePath: chooseBrowser().executablePath, args: CHROMIUM_ARGS, headless: true })
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-pdftext-'))
  try {
    const page = await browser.newPage()
    for (const [i, v] of variants.entries()) {
      const html = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><style>${await fontFaces(v.font)}body{font-family:'V';font-size:16pt;${v.css ?? ''}}</style></head><body>${FIXED_PAGE.map((l) => `<p>${v.text ? v.text(l) : l}</p>`).join('')}</body></html>`
      await page.setContent(html)
      await page.evaluate('document.fonts.ready.then(() => true)')
      const pdf = await page.pdf({ format: 'A5', tagged: v.tagged ?? false })
      const file = join(dir, `v${i}.pdf`)
      writeFileSync(file, pdf)
      const poppler = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
        .split('\n')
        .map(strip)
        .filter(Boolean)
      const pdfjs = (await pdfPageTexts(new Uint8Array(pdf)))[0]?.split('\n').map(strip).filter(Boolean) ?? []
      const expected = FIXED_PAGE.map((l) => (v.text ? v.text(l) : l))
      const score = (lines: string[]): number => expected.filter((l) => lines.includes(l)).length
      console.log(`\n## ${v.name}`)
      console.log(`pdftotext ${score(poppler)}/${FIXED_PAGE.length} lines exact: ${poppler.join(' | ')}`)
      console.log(`pdfjs     ${score(pdfjs)}/${FIXED_PAGE.length} lines exact: ${pdfjs.join(' | ')}`)
    }
    console.log(`\nexpected: ${FIXED_PAGE.join(' | ')}\nPDFs in ${dir}`)
  } finally {
    await browser.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
