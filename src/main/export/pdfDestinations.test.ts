import { describe, expect, it } from 'vitest'
import { fixOutlineTitles } from './outlineTitles'
import { namedDestinationPages } from './pdfDestinations'
import { pdfDestinationPages } from './pdfText'
import { pdfWithDestinations, pdfWithOutline } from './testPdf'

describe('namedDestinationPages', () => {
  const dests = { 'article-1-heading': 3, 'article-2-heading': 7, 'article-3-heading': 20, 'a b': 1 }

  it('reads each destination’s page through a nested page tree, as pdf.js does', async () => {
    const pdf = pdfWithDestinations(20, dests, { fanOut: 3 })
    expect(Object.fromEntries(namedDestinationPages(pdf) ?? [])).toEqual(dests)
    expect(Object.fromEntries(await pdfDestinationPages(pdf, Object.keys(dests)))).toEqual(dests)
  })

  it('reads the PDF 1.2 name tree too', () => {
    expect(Object.fromEntries(namedDestinationPages(pdfWithDestinations(8, { x: 8, y: 2 }, { nameTree: true })) ?? [])).toEqual({ x: 8, y: 2 })
  })

  it('follows an incremental update back to the first xref table', () => {
    // The export appends one (the bookmark titles); the objects it does not rewrite are found through /Prev.
    const base = pdfWithOutline([
      { title: 'a', depth: 0 },
      { title: 'b', depth: 1 }
    ])
    const updated = fixOutlineTitles(base, ['A', 'B'])
    expect(updated.byteLength).toBeGreaterThan(base.byteLength)
    expect(namedDestinationPages(updated)).toEqual(new Map())
  })

  it('gives null, not a guess, for what it cannot read', () => {
    expect(namedDestinationPages(new Uint8Array(Buffer.from('not a pdf')))).toBeNull()
    const pdf = pdfWithDestinations(4, { x: 2 })
    // An xref offset that points at the wrong place.
    const broken = Buffer.from(pdf).toString('latin1').replace(/startxref\n(\d+)/, (_, n: string) => `startxref\n${Number(n) - 5}`)
    expect(namedDestinationPages(new Uint8Array(Buffer.from(broken, 'latin1')))).toBeNull()
    // A cross-reference stream (PDF 1.5) is not read here; the caller falls back to pdf.js.
    const stream = Buffer.from(pdf).toString('latin1').replace(/xref\n0 /, 'XREF\n0 ')
    expect(namedDestinationPages(new Uint8Array(Buffer.from(stream, 'latin1')))).toBeNull()
  })
})
