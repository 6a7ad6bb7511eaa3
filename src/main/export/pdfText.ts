import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'

/**
 * Reading back a PDF we printed, with Mozilla's pdf.js (the legacy build runs in Node and in
 * Electron's main process). The export reads its draft print's destinations with pdfDestinations.ts
 * and comes here only when that fails; the tests read bookmarks and page texts here.
 */
async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js may detach the buffer it is given: hand it a copy so the caller's bytes stay whole.
  return pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise
}

/** A bookmark with the page (1-based) its destination points at. */
export interface OutlineEntry {
  title: string
  page: number | null
  depth: number
}

/** Every bookmark in document order, flattened, with the page it opens. */
export async function pdfOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await open(bytes)
  try {
    const out: OutlineEntry[] = []
    type Node = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number]
    const walk = async (nodes: Node[], depth: number): Promise<void> => {
      for (const node of nodes) {
        out.push({ title: node.title, page: await pageOf(doc, node.dest), depth })
        await walk(node.items, depth + 1)
      }
    }
    await walk((await doc.getOutline()) ?? [], 0)
    return out
  } finally {
    await doc.destroy()
  }
}

async function pageOf(doc: PDFDocumentProxy, dest: string | unknown[] | null): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest
  const ref = explicit?.[0]
  if (ref === undefined || ref === null) return null
  if (typeof ref === 'number') return ref + 1
  if (typeof ref === 'object' && 'num' in ref && 'gen' in ref) return (await doc.getPageIndex(ref as { num: number; gen: number })) + 1
  return null
}

/** The text of each page, a line per text run that pdf.js ends with a line break. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes)
  try {
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

/**
 * The page of each named destination, with pdf.js: the slow way, for a PDF whose bytes
 * namedDestinationPages (pdfDestinations.ts) cannot read. Names it does not find are left out.
 */
export async function pdfDestinationPages(bytes: Uint8Array, names: readonly string[]): Promise<Map<string, number>> {
  const doc = await open(bytes)
  try {
    const out = new Map<string, number>()
    for (const name of names) {
      const page = await pageOf(doc, name).catch(() => null)
      if (page !== null) out.set(name, page)
    }
    return out
  } finally {
    await doc.destroy()
  }
}
