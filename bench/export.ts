/**
 * npx tsx bench/export.ts [--articles 100] [--per-article 10] [--paper A4] [--notes-only] [--lang fa|en] [--out notes.pdf]
 * Exports N annotations over M articles to PDF the way the app does (document model, HTML with
 * the embedded Vazirmatn, then Chromium's page.pdf() as the printer port, as in the e2e test host)
 * and prints the time of each step (wall clock and CPU time of Node and Chromium together, with the
 * load average: on a shared machine the CPU time is the steadier figure) and the peak memory of
 * Node and of Chromium.
 */
import { readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chooseBrowser } from '../e2e/host/browser'
import { printExportPdf } from '../src/main/export/exportService'
import { loadExportFonts } from '../src/main/export/fonts'
import { printOnPage } from '../e2e/host/pdfPrinter'
import { cpuMsOfTree } from './cpuTime'
import { readingTextOf } from '../src/shared/article/readingText'
import type { ArchiveItem, Pack } from '../src/shared/archive/schema'
import type { Annotation, Colour } from '../src/shared/domain/annotation'
import { buildExportDocument, type ExportSource } from '../src/shared/export/buildDocument'
import { renderHtml } from '../src/shared/export/html'
import type { HostPlatform, PdfOptions } from '../src/main/platform'
import { INCLUDE_ALL, type PaperSize } from '../src/shared/export/options'

export interface ExportBenchResult {
  articles: number
  annotations: number
  buildMs: number
  htmlMs: number
  htmlMb: number
  pdfMs: number
  /** How many times Chromium printed (twice when the contents need page numbers). */
  prints: number
  totalMs: number
  pdfMb: number
  pages: number
  nodePeakMb: number
  chromiumPeakMb: number
  /** Each step in order: wall clock and CPU time (Node and every Chromium process) in ms. */
  phases: { name: string; wallMs: number; cpuMs: number }[]
  loadBefore: string
  loadAfter: string
}

/** Records the wall clock and CPU time between marks. */
function phaseClock() {
  const phases: { name: string; wallMs: number; cpuMs: number }[] = []
  let wall = performance.now()
  let cpu = cpuMsOfTree()
  return {
    phases,
    mark(name: string): void {
      const w = performance.now()
      const c = cpuMsOfTree()
      phases.push({ name, wallMs: w - wall, cpuMs: c - cpu })
      wall = performance.now()
      cpu = cpuMsOfTree()
    }
  }
}

const loadavg = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return 'n/a'
  }
}

const COLOURS: Colour[] = ['yellow', 'blue', 'green', 'red']

/** `articles` copies of the seed, each with `perArticle` highlights and notes spread over its text. */
export function benchSource(articles: number, perArticle: number): ExportSource {
  const pack = JSON.parse(readFileSync(new URL('../resources/archive/elecomp.pack.json', import.meta.url), 'utf8')) as Pack
  const seed = pack.items[0] as ArchiveItem
  const text = readingTextOf(seed).text
  const items = Array.from({ length: articles }, (_, i): ArchiveItem => ({ ...seed, id: `bench-${i}`, title: `${seed.title} (${i + 1})` }))
  const annotations: Annotation[] = []
  items.forEach((item, i) => {
    for (let k = 0; k < perArticle; k++) {
      const start = Math.floor(((k + 0.5) * text.length) / perArticle)
      const end = Math.min(text.length, start + 60)
      const stamp = new Date(Date.UTC(2026, 10, 1, 0, i * perArticle + k)).toISOString()
      annotations.push({
        id: `a-${i}-${k}`,
        articleId: item.id,
        target: {
          contentHash: item.contentHash,
          selectors: [
            { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
            { type: 'TextPositionSelector', start, end }
          ]
        },
        quote: text.slice(start, end),
        colour: COLOURS[k % COLOURS.length] ?? null,
        note: `یادداشت ${k + 1}: رشد از ۲۸۶ میلیون به ۹ میلیارد، see the ITO report (2021) for **details**.`,
        tags: ['آمار', `tag-${k % 5}`],
        orphan: false,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null
      })
    }
  })
  return { archive: { id: 'elecomp', title: 'اخبار الکامپ ۲۷' }, articles: items.map((item, i) => ({ item, sortKey: i })), annotations, summaries: [] }
}

export async function benchExport(options: { articles?: number; perArticle?: number; paper?: PaperSize; notesOnly?: boolean; lang?: 'fa' | 'en'; out?: string } = {}): Promise<ExportBenchResult> {
  const articles = options.articles ?? 100
  const perArticle = options.perArticle ?? 10
  const paper = options.paper ?? 'A4'
  let nodePeak = 0
  const sample = (): void => {
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss)
  }
  const sampler = setInterval(sample, 10)
  const browser = await chromium.launch({ executablePath: chooseBrowser().executablePath, args: CHROMIUM_ARGS, headless: true })
  try {
    const page = await browser.newPage()
    const source = benchSource(articles, perArticle)
    const fonts = await loadExportFonts()
    const loadBefore = loadavg()
    const clock = phaseClock()
    const t0 = performance.now()
    // Everything included by default (summaries and key figures add about one page per article); --notes-only leaves them out.
    const include = options.notesOnly ? { ...INCLUDE_ALL, summaryFa: false, summaryEn: false, keyFigures: false } : INCLUDE_ALL
    const doc = await buildExportDocument(source, { scope: { kind: 'all' }, include, order: 'reading', lang: options.lang ?? 'fa' }, new Date())
    const t1 = performance.now()
    clock.mark('model')
    const html = renderHtml(doc, { fonts, pageSize: paper })
    const t2 = performance.now()
    clock.mark('html (measured alone)')
    // Exactly what the app does: the export service's PDF path (a draft and a final print when there
    // are contents to number) with the test host's printer port and the shell's print options.
    let prints = 0
    const step = (name: string): void => clock.mark(name)
    const printToPdf = (pageHtml: string, pdfOptions: PdfOptions): Promise<Uint8Array> => {
      prints += 1
      clock.mark('html')
      return printOnPage(page, pageHtml, pdfOptions, undefined, step)
    }
    const printToPdfTwice: NonNullable<HostPlatform['printToPdfTwice']> = (pageHtml, pdfOptions, between) => {
      prints += 1
      clock.mark('html')
      return printOnPage(
        page,
        pageHtml,
        pdfOptions,
        async (first) => {
          const texts = await between(first)
          if (texts) prints += 1
          return texts
        },
        step
      )
    }
    const pdf = Buffer.from(await printExportPdf(doc, { pageSize: paper, fonts, printToPdf, printToPdfTwice }))
    clock.mark('bookmark titles')
    const t3 = performance.now()
    // Written after the clock stops, so the file can be looked at page by page (pdftoppm).
    if (options.out) await writeFile(options.out, pdf)
    sample()
    const chromiumPeak = await chromiumPeakBytes()
    return {
      articles,
      annotations: source.annotations.length,
      buildMs: t1 - t0,
      htmlMs: t2 - t1,
      htmlMb: Buffer.byteLength(html) / 1e6,
      pdfMs: t3 - t2,
      prints,
      totalMs: t3 - t0,
      pdfMb: pdf.byteLength / 1e6,
      pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
      nodePeakMb: nodePeak / 1e6,
      chromiumPeakMb: chromiumPeak / 1e6,
      phases: clock.phases,
      loadBefore,
      loadAfter: loadavg()
    }
  } finally {
    clearInterval(sampler)
    await browser.close()
  }
}

/**
 * Sum of the high-water marks (VmHWM) of every Chromium process this Node process started (the
 * browser and its descendants), from /proc: Linux only, NaN elsewhere.
 */
async function chromiumPeakBytes(): Promise<number> {
  try {
    const parents = new Map<number, number>()
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(entry), ppid)
    }
    const inTree = (pid: number): boolean => {
      for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) if (parents.get(p) === process.pid) return true
      return false
    }
    let total = 0
    for (const pid of parents.keys()) {
      if (!inTree(pid)) continue
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
      total += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
    }
    return total
  } catch {
    return NaN
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchExport({ articles: Number(arg('articles') ?? 100), perArticle: Number(arg('per-article') ?? 10), paper: (arg('paper') ?? 'A4') as PaperSize, notesOnly: process.argv.includes('--notes-only'), lang: arg('lang') === 'en' ? 'en' : 'fa', ...(arg('out') ? { out: arg('out') } : {}) })
  const f = (n: number, d = 0): string => n.toFixed(d)
  const rows = [
    ['articles', 'annotations', 'model ms', 'html ms', 'html MB', 'pdf ms', 'prints', 'total ms', 'pdf MB', 'pages', 'node peak MB', 'chromium peak MB', 'target'],
    [String(r.articles), String(r.annotations), f(r.buildMs), f(r.htmlMs), f(r.htmlMb, 2), f(r.pdfMs), String(r.prints), f(r.totalMs), f(r.pdfMb, 2), String(r.pages), f(r.nodePeakMb), f(r.chromiumPeakMb), r.totalMs < 5000 ? 'under 5 s: yes' : 'under 5 s: NO']
  ]
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? []
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '))
  console.log(`\nload average before ${r.loadBefore}, after ${r.loadAfter} (2 cores)`)
  const total = r.phases.reduce((t, p) => ({ wallMs: t.wallMs + p.wallMs, cpuMs: t.cpuMs + p.cpuMs }), { wallMs: 0, cpuMs: 0 })
  const name = Math.max(...r.phases.map((p) => p.name.length), 5)
  console.log(`${'step'.padEnd(name)}  wall ms  cpu ms`)
  for (const p of [...r.phases, { name: 'total', ...total }]) console.log(`${p.name.padEnd(name)}  ${f(p.wallMs).padStart(7)}  ${f(p.cpuMs).padStart(6)}`)
}
