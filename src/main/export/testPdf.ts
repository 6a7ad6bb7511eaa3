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

/**
 * A PDF of `pages` empty pages with named destinations, shaped as Chromium writes one: a page tree
 * of nested /Pages nodes (at most `fanOut` kids each) and a /Dests dictionary in the catalog, or,
 * with `nameTree`, the PDF 1.2 /Names tree instead. `dests` maps a name to its page (1-based).
 */
export function pdfWithDestinations(pages: number, dests: Record<string, number>, options: { fanOut?: number; nameTree?: boolean } = {}): Uint8Array {
  const fanOut = options.fanOut ?? 3
  const objs: string[] = []
  const alloc = (body: string): number => objs.push(body)
  const pageNums = Array.from({ length: pages }, () => alloc('')) // filled in once their parent is known
  // Build the tree bottom-up, as Skia does.
  let level = pageNums
  const parents = new Map<number, number>()
  while (level.length > 1 || level === pageNums) {
    const next: number[] = []
    for (let i = 0; i < level.length; i += fanOut) {
      const kids = level.slice(i, i + fanOut)
      const count = (n: number): number => (pageNums.includes(n) ? 1 : Number(/\/Count (\d+)/.exec(objs[n - 1] ?? '')?.[1]))
      const node = alloc(`<</Type /Pages\n/Count ${kids.reduce((s, k) => s + count(k), 0)}\n/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]>>`)
      kids.forEach((k) => parents.set(k, node))
      next.push(node)
    }
    level = next
  }
  const root = level[0] as number
  for (const n of parents.keys()) if (!pageNums.includes(n)) objs[n - 1] = (objs[n - 1] ?? '').replace(/>>$/, `\n/Parent ${parents.get(n)} 0 R>>`)
  pageNums.forEach((n) => (objs[n - 1] = `<</Type /Page\n/Parent ${parents.get(n)} 0 R\n/MediaBox [0 0 200 200]>>`))
  const entries = Object.entries(dests).map(([name, page]) => [name, `[${pageNums[page - 1]} 0 R /XYZ 0 200 0]`] as const)
  const destsObj = options.nameTree
    ? alloc(`<</Names [${entries.map(([name, d]) => `(${name}) ${d}`).join(' ')}]>>`)
    : alloc(`<<${entries.map(([name, d]) => `/${name.replace(/[^A-Za-z0-9-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)} ${d}`).join('\n')}>>`)
  const catalog = alloc(
    `<</Type /Catalog\n/Pages ${root} 0 R\n${options.nameTree ? `/Names <</Dests ${destsObj} 0 R>>` : `/Dests ${destsObj} 0 R`}\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>>>`
  )
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objs.forEach((body, i) => {
    offsets[i + 1] = out.length
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<</Size ${objs.length + 1}\n/Root ${catalog} 0 R>>\nstartxref\n${xref}\n%%EOF`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
