import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { electronPrintOptions, fillTextsScript, playwrightPdfOptions } from './printOptions'

describe('print options', () => {
  const options = { pageSize: 'Letter' as const, margins: { top: 0.5, bottom: 1, left: 0.25, right: 0.75 } }

  it('ask Electron for bookmarks and a tagged PDF, with the page and margins given', () => {
    expect(electronPrintOptions(options)).toEqual({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: false,
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
      margins: options.margins,
      generateTaggedPDF: true,
      generateDocumentOutline: true
    })
  })

  it('say the same to Playwright, margins in inches', () => {
    expect(playwrightPdfOptions(options)).toMatchObject({ format: 'Letter', outline: true, tagged: true, margin: { top: '0.5in', bottom: '1in', left: '0.25in', right: '0.75in' } })
  })

  it('turn tags and bookmarks off for a draft print, and only those', () => {
    expect(electronPrintOptions({ ...options, draft: true })).toEqual({ ...electronPrintOptions(options), generateTaggedPDF: false, generateDocumentOutline: false })
    expect(playwrightPdfOptions({ ...options, draft: true })).toEqual({ ...playwrightPdfOptions(options), tagged: false, outline: false })
  })

  it('fill the contents’ slots as text, whatever the text holds', () => {
    const { document } = parseHTML('<html><body><span id="toc-page-1">x</span></body></html>')
    const hostile = '<img src=x onerror=alert(1)>"); alert(2); ("'
    new Function('document', fillTextsScript({ 'toc-page-1': hostile, missing: '۱' }))(document)
    expect(document.getElementById('toc-page-1')?.textContent).toBe(hostile)
    expect(document.querySelectorAll('img')).toHaveLength(0)
  })
})
