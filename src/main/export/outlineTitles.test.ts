import { describe, expect, it } from 'vitest'
import { fixOutlineTitles, headingTexts } from './outlineTitles'
import { pdfOutline } from './pdfText'
import { pdfWithOutline } from './testPdf'

describe('headingTexts', () => {
  it('reads the headings of the export HTML in order, tags dropped and entities undone', () => {
    expect(headingTexts('<h1>یادداشت‌های پژوهشی</h1><p>x</p><h2 lang="fa" dir="rtl">A &amp; B &lt;c&gt;</h2><h3 class="group"><span class="label">پرسش</span></h3>')).toEqual([
      'یادداشت‌های پژوهشی',
      'A & B <c>',
      'پرسش'
    ])
  })
})

describe('fixOutlineTitles', () => {
  it('puts the real heading text back into the bookmarks, keeping their pages and nesting', async () => {
    // As Chromium writes them: the words of a Persian heading in reverse order.
    const pdf = pdfWithOutline([
      { title: 'پژوهشی های‌یادداشت', depth: 0 },
      { title: 'الکامپ درباره گزارش', depth: 1 },
      { title: 'Second article', depth: 1 }
    ])
    expect((await pdfOutline(pdf)).map((o) => o.title)).toEqual(['پژوهشی های‌یادداشت', 'الکامپ درباره گزارش', 'Second article'])
    const fixed = fixOutlineTitles(pdf, ['یادداشت‌های پژوهشی', 'گزارش درباره الکامپ', 'Second article'])
    expect(Buffer.from(fixed.subarray(0, pdf.byteLength)).equals(Buffer.from(pdf))).toBe(true) // an update appended, nothing rewritten
    const outline = await pdfOutline(fixed)
    expect(outline.map((o) => [o.depth, o.title, o.page])).toEqual([
      [0, 'یادداشت‌های پژوهشی', 1],
      [1, 'گزارش درباره الکامپ', 1],
      [1, 'Second article', 1]
    ])
  })

  it('leaves a PDF alone when the headings and bookmarks do not match up, or it is not a PDF it knows', () => {
    const pdf = pdfWithOutline([{ title: 'a', depth: 0 }])
    expect(fixOutlineTitles(pdf, ['a', 'b'])).toBe(pdf)
    const junk = new Uint8Array(Buffer.from('not a pdf'))
    expect(fixOutlineTitles(junk, ['a'])).toBe(junk)
  })
})
