/**
 * Chromium writes a bookmark's title from the heading's glyph runs in visual order, so a Persian
 * heading comes out with its words reversed («پژوهشی های‌یادداشت» for «یادداشت‌های پژوهشی»), and a
 * heading broken across lines or pages can repeat. Markup cannot change that (aria-label, bdo and
 * non-breaking spaces were tried). The export knows its headings, in order, so it puts their
 * real text back: an incremental update (PDF 32000-1 §7.5.6) rewrites only the bookmark objects,
 * leaving everything Chromium wrote (pages, fonts, structure tree) untouched.
 */

/** The text of the h1–h6 headings of our own export HTML, in document order (the order of the bookmarks). */
export function headingTexts(html: string): string[] {
  const unescape = (s: string): string =>
    s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '')
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => unescape((m[2] ?? '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim())
}

interface PdfObject {
  num: number
  body: string
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')

/** A PDF text string in UTF-16BE with its byte order mark, as hex. */
function pdfTextString(text: string): string {
  const be = Buffer.from(text, 'utf16le').swap16()
  return `<FEFF${be.toString('hex').toUpperCase()}>`
}

/**
 * The PDF with its bookmark titles replaced by `titles` (document order: each item, then its
 * children, then its next sibling). Returns the PDF unchanged when its shape is not the one
 * Chromium writes (a classic xref table, plain outline objects) or the counts differ: then the
 * bookmarks still work, only their titles keep Chromium's order.
 */
export function fixOutlineTitles(pdf: Uint8Array, titles: readonly string[]): Uint8Array {
  const text = latin1(pdf)
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].pop()?.[1]
  if (!startxref || !trailer || !/\bxref\s/.test(text.slice(Number(startxref[1]), Number(startxref[1]) + 10))) return pdf
  const objects = new Map<number, PdfObject>()
  for (const m of text.matchAll(/(?:^|\s)(\d+) 0 obj\s*<<([^<>]*(?:<[0-9A-Fa-f]*>[^<>]*)*)>>\s*endobj/g)) {
    objects.set(Number(m[1]), { num: Number(m[1]), body: m[2] ?? '' })
  }
  // The catalog holds nested dictionaries (MarkInfo, ViewerPreferences), so it is read on its own.
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1]
  const catalog = root ? new RegExp(`(?:^|\\s)${root} 0 obj([\\s\\S]*?)endobj`).exec(text)?.[1] : undefined
  const outlines = catalog ? /\/Outlines (\d+) 0 R/.exec(catalog)?.[1] : undefined
  return outlines ? rewrite(pdf, objects, Number(outlines), titles, trailer, Number(startxref[1])) : pdf
}

function rewrite(pdf: Uint8Array, objects: Map<number, PdfObject>, outlines: number, titles: readonly string[], trailer: string, prevXref: number): Uint8Array {
  const order: PdfObject[] = []
  const ref = (body: string, key: string): number | undefined => {
    const m = new RegExp(`/${key} (\\d+) 0 R`).exec(body)
    return m ? Number(m[1]) : undefined
  }
  const seen = new Set<number>()
  const visit = (num: number | undefined): boolean => {
    for (let n = num; n !== undefined; ) {
      const item = objects.get(n)
      if (!item || seen.has(n) || !/\/Title\s*[<(]/.test(item.body)) return false
      seen.add(n)
      order.push(item)
      if (!visit(ref(item.body, 'First')) && ref(item.body, 'First') !== undefined) return false
      n = ref(item.body, 'Next')
    }
    return true
  }
  const top = objects.get(outlines)
  if (!top || !visit(ref(top.body, 'First')) || order.length !== titles.length) return pdf
  const size = /\/Size (\d+)/.exec(trailer)?.[1]
  if (!size) return pdf
  let offset = pdf.byteLength + 1
  const parts: string[] = ['\n']
  const xref: string[] = []
  order.forEach((item, i) => {
    const body = item.body.replace(/\/Title\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))/, `/Title ${pdfTextString(titles[i] ?? '')}`)
    const obj = `${item.num} 0 obj\n<<${body}>>\nendobj\n`
    xref.push(`${item.num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`)
    parts.push(obj)
    offset += obj.length
  })
  const keep = ['Root', 'Info', 'ID'].flatMap((k) => {
    const m = new RegExp(`/${k}\\s*(\\d+ 0 R|\\[[^\\]]*\\])`).exec(trailer)
    return m ? [`/${k} ${m[1]}`] : []
  })
  parts.push(`xref\n0 1\n0000000000 65535 f \n${xref.join('')}trailer\n<</Size ${size}\n${keep.join('\n')}\n/Prev ${prevXref}>>\nstartxref\n${offset}\n%%EOF\n`)
  const tail = Buffer.from(parts.join(''), 'latin1')
  const out = new Uint8Array(pdf.byteLength + tail.byteLength)
  out.set(pdf, 0)
  out.set(tail, pdf.byteLength)
  return out
}
