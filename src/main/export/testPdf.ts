// For tests: a PDF built by hand, so the outline code can be tested without a browser.

/** A small PDF laid out as Chromium writes one: classic xref table, outline items with hex UTF-16 titles. */
export function pdfWithOutline(titles: { title: string; depth: 0 | 1 }[]): Uint8Array {
  const hex = (s: string): string => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`
  const objs: string[] = []
  // 1 catalog, 2 pages, 3 page, 4 outlines, 5.. items (item 5 is the top, the rest its children)
  objs[1] = '<</Type /Catalog\n/Pages 2 0 R\n/MarkInfo <</Marked true>>\n/Outlines 4 0 R>>'
  objs[2] = '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>'
  objs[3] = '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 200 200]>>'
  const kids = titles.slice(1).map((_, i) => 6 + i)
  objs[4] = '<</Type /Outlines\n/First 5 0 R\n/Last 5 0 R\n/Count 1>>'
  objs[5] = `<</Title ${hex(titles[0]?.title ?? '')}\n/Dest [3 0 R /XYZ 0 200 0]\n/Parent 4 0 R${kids.length ? `\n/First ${kids[0]} 0 R\n/Last ${kids[kids.length - 1]} 0 R\n/Count ${kids.length}` : ''}>>`
  kids.forEach((n, i) => {
    objs[n] = `<</Title ${hex(titles[i + 1]?.title ?? '')}\n/Dest [3 0 R /XYZ 0 100 0]\n/Parent 5 0 R${i > 0 ? `\n/Prev ${n - 1} 0 R` : ''}${i < kids.length - 1 ? `\n/Next ${n + 1} 0 R` : ''}>>`
  })
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (let n = 1; n < objs.length; n++) {
    offsets[n] = out.length
    out += `${n} 0 obj\n${objs[n]}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<</Size ${objs.length}\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
