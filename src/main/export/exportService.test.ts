import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { buildExportDocument } from '../../shared/export/buildDocument'
import { annotate, NOW, options, otherItem, seedItem, source } from '../../shared/export/testSupport'
import { writeFileAtomic } from './atomicWrite'
import { createExportService, printExportPdf, type SaveRequest } from './exportService'
import { headingTexts } from './outlineTitles'
import { pdfOutline } from './pdfText'
import { pdfWithDestinations, pdfWithOutline } from './testPdf'
import type { PdfOptions } from '../platform'
import { loadExportFonts } from './fonts'

const seed = seedItem()
const doc = await buildExportDocument(source([seed], [annotate(seed, 'پنجره ملی خدمات دولت هوشمند', { note: 'یادداشت' })]), options(), NOW)
const PROMPT = { message: 'Replace?', confirmLabel: 'Replace', cancelLabel: 'Cancel' }
const request = (extra: Partial<SaveRequest> = {}): SaveRequest => ({
  jobId: 'job-1',
  format: 'markdown',
  pageSize: 'A4',
  defaultName: 'notes.md',
  document: doc,
  replacePrompt: PROMPT,
  ...extra
})
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'bayegan-export-'))

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = tempDir()
    const path = join(dir, 'out.md')
    writeFileSync(path, 'old')
    await writeFileAtomic(path, 'new text')
    expect(readFileSync(path, 'utf8')).toBe('new text')
    expect(readdirSync(dir)).toEqual(['out.md'])
  })

  it('keeps the old file and cleans up when the write fails', async () => {
    const dir = tempDir()
    const path = join(dir, 'out.md')
    writeFileSync(path, 'old')
    mkdtempSync(join(dir, 'x')) // a stray folder must not be touched either
    await expect(writeFileAtomic(join(dir, 'missing', 'out.md'), 'new')).rejects.toThrow()
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow()
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('export service', () => {
  it('writes a new file without asking to replace', async () => {
    const path = join(tempDir(), 'notes.md')
    const confirm = vi.fn(async () => true)
    const service = createExportService({ chooseSavePath: async () => path, confirm, printToPdf: vi.fn() })
    const result = await service.save(request())
    expect(result).toMatchObject({ status: 'saved', path })
    expect(readFileSync(path, 'utf8')).toContain('> پنجره ملی خدمات دولت هوشمند')
    expect(confirm).not.toHaveBeenCalled()
  })

  it('replaces an existing file only after the researcher confirms, showing its path', async () => {
    const path = join(tempDir(), 'notes.json')
    writeFileSync(path, 'precious')
    const answers = [false, true]
    const confirm = vi.fn(async () => answers.shift() ?? false)
    const service = createExportService({ chooseSavePath: async () => path, confirm, printToPdf: vi.fn() })
    expect(await service.save(request({ format: 'json' }))).toEqual({ status: 'cancelled', reason: 'kept-existing' })
    expect(readFileSync(path, 'utf8')).toBe('precious')
    expect(confirm).toHaveBeenCalledWith({ ...PROMPT, detail: path })
    expect(await service.save(request({ format: 'json' }))).toMatchObject({ status: 'saved' })
    expect(JSON.parse(readFileSync(path, 'utf8')).type).toBe('AnnotationCollection')
  })

  it('does nothing when the save dialog is dismissed', async () => {
    const service = createExportService({ chooseSavePath: async () => null, confirm: vi.fn(), printToPdf: vi.fn() })
    expect(await service.save(request())).toEqual({ status: 'cancelled', reason: 'no-path' })
  })

  it('prints PDF through the platform with the embedded font and the chosen paper, and honours a cancel', async () => {
    const dir = tempDir()
    const path = join(dir, 'notes.pdf')
    let service: ReturnType<typeof createExportService> | null = null
    let cancelDuringPrint = false
    const printToPdf = vi.fn(async (html: string) => {
      if (cancelDuringPrint) service?.cancel('job-2')
      return new TextEncoder().encode(`%PDF ${html.length}`)
    })
    service = createExportService({ chooseSavePath: async () => path, confirm: vi.fn(), printToPdf }, async () => [
      { weight: 400, unicodeRange: 'U+0600-06FF', woff2Base64: 'AAAA' }
    ])
    expect(await service.save(request({ format: 'pdf', pageSize: 'Letter' }))).toMatchObject({ status: 'saved' })
    const [html, pdfOptions] = printToPdf.mock.calls[0] as unknown as [string, { pageSize: string }]
    expect(html).toContain('base64,AAAA')
    expect(pdfOptions.pageSize).toBe('Letter')
    cancelDuringPrint = true
    const other = join(dir, 'other.pdf')
    service = createExportService({ chooseSavePath: async () => other, confirm: vi.fn(), printToPdf })
    expect(await service.save(request({ format: 'pdf', jobId: 'job-2' }))).toEqual({ status: 'cancelled', reason: 'cancelled' })
    expect(readdirSync(dir)).toEqual(['notes.pdf'])
  })

  it('finds the bundled Vazirmatn through module resolution', async () => {
    const fonts = await loadExportFonts()
    expect(fonts.map((f) => f.weight)).toEqual([400, 400, 700, 700])
    expect(Buffer.from(fonts[0]?.woff2Base64 ?? '', 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2')
  })

  it('numbers the contents from a draft print’s destinations, then prints the final; one article prints once, with no contents', async () => {
    const other = otherItem('other', 'گزارش دوم', 1403)
    const two = await buildExportDocument(source([seed, other], [annotate(seed, 'خوانساری'), annotate(other, 'گزارش')]), options(), NOW)
    const printed: { html: string; draft: boolean }[] = []
    // A stand-in printer: a draft has the headings' destinations on pages 3 and 12; a final print has bookmarks.
    const printToPdf = vi.fn(async (html: string, pdfOptions: PdfOptions) => {
      printed.push({ html, draft: Boolean(pdfOptions.draft) })
      if (pdfOptions.draft) return pdfWithDestinations(14, { 'article-1-heading': 3, 'article-2-heading': 12 })
      return pdfWithOutline([{ title: 'x', depth: 0 as const }, ...two.articles.map(() => ({ title: 'y', depth: 1 as const }))].slice(0, headingTexts(html).length))
    })
    const fonts = [{ weight: 400 as const, unicodeRange: 'U+0600-06FF', woff2Base64: 'AAAA' }]
    await printExportPdf(two, { pageSize: 'A4', fonts, printToPdf })
    expect(printed.map((p) => p.draft)).toEqual([true, false])
    // The draft hides everything and leaves the slots blank; the final shows everything, the pages in Persian digits.
    expect(printed[0]?.html).toContain('<style id="export-draft">')
    expect(printed[0]?.html).toMatch(/class="toc__page"[^>]*>&nbsp;</)
    expect(printed[1]?.html).not.toContain('export-draft')
    expect([...(printed[1]?.html ?? '').matchAll(/class="toc__page"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['۳', '۱۲'])
    // The contents link to the headings, which is what gives the draft its destinations.
    expect(printed[1]?.html).toMatch(/<a href="#article-2-heading">[\s\S]*<h2 [^>]*id="article-2-heading"/)

    // A printer that can print the loaded page again is asked only for new texts, by id: the draft style emptied, the slots filled.
    printed.length = 0
    let filled: Record<string, string> | null = null
    await printExportPdf(two, {
      pageSize: 'A4',
      fonts,
      printToPdf,
      printToPdfTwice: async (html, pdfOptions, between) => {
        filled = await between(await printToPdf(html, { ...pdfOptions, draft: true }))
        return printToPdf(html, pdfOptions)
      }
    })
    expect(filled).toEqual({ 'export-draft': '', 'toc-page-1': '۳', 'toc-page-2': '۱۲' })

    // A draft whose destinations cannot be found still gives a visible PDF, its contents unnumbered.
    printed.length = 0
    const blind = vi.fn(async (html: string, pdfOptions: PdfOptions) => (printed.push({ html, draft: Boolean(pdfOptions.draft) }), pdfWithOutline([{ title: 'x', depth: 0 }])))
    await printExportPdf(two, { pageSize: 'A4', fonts, printToPdf: blind })
    expect(printed.map((p) => p.draft)).toEqual([true, false])
    expect(printed[1]?.html).not.toContain('export-draft')
    expect(printed[1]?.html).toMatch(/class="toc__page"[^>]*>&nbsp;</)

    const one = await buildExportDocument(source([seed], [annotate(seed, 'خوانساری')]), options({ scope: { kind: 'article', articleId: seed.id } }), NOW)
    printed.length = 0
    const pdf = await printExportPdf(one, { pageSize: 'A4', fonts, printToPdf })
    expect(printed.map((p) => p.draft)).toEqual([false])
    expect(printed[0]?.html).not.toContain('class="toc')
    expect(printed[0]?.html).not.toContain('export-draft')
    expect((await pdfOutline(pdf)).length).toBeGreaterThan(0)
  })
})
