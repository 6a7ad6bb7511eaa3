/**
 * Where a printed PDF's named destinations land, read straight from its bytes. Chromium writes a
 * named destination for every element an in-document link points at (the contents' links to the
 * article headings), so the export learns on which page each heading landed without a PDF library:
 * the xref table says where each object is, the catalog's page tree gives the pages in order, and
 * its /Dests (or the /Names tree's /Dests) map each name to a page. A few milliseconds, where
 * parsing the whole document with pdf.js took seconds. Only the objects on those paths are read.
 */

type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict
interface PdfName {
  name: string
}
interface PdfRef {
  ref: number
}
interface PdfDict {
  dict: Map<string, PdfValue>
}

const isName = (v: PdfValue | undefined): v is PdfName => typeof v === 'object' && v !== null && 'name' in v
const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && 'ref' in v
const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && 'dict' in v

const WHITE = /[\0\t\n\f\r ]/
const DELIM = /[()<>[\]{}/%]/

/** A reader of PDF objects (PDF 32000-1 §7.3) at an offset: enough for dictionaries, arrays, names, numbers, strings and references. */
class Parser {
  pos: number
  constructor(
    private readonly s: string,
    pos: number
  ) {
    this.pos = pos
  }

  private skip(): void {
    for (;;) {
      const c = this.s[this.pos]
      if (c === undefined) return
      if (WHITE.test(c)) this.pos++
      else if (c === '%') while (this.pos < this.s.length && this.s[this.pos] !== '\n' && this.s[this.pos] !== '\r') this.pos++
      else return
    }
  }

  private token(): string {
    this.skip()
    const start = this.pos
    while (this.pos < this.s.length && !WHITE.test(this.s[this.pos] ?? '') && !DELIM.test(this.s[this.pos] ?? '')) this.pos++
    return this.s.slice(start, this.pos)
  }

  keyword(word: string): boolean {
    const save = this.pos
    if (this.token() === word) return true
    this.pos = save
    return false
  }

  value(depth = 0): PdfValue {
    if (depth > 64) throw new Error('PDF object nested too deeply')
    this.skip()
    const c = this.s[this.pos]
    if (c === undefined) throw new Error('PDF ended inside an object')
    if (c === '<' && this.s[this.pos + 1] === '<') {
      this.pos += 2
      const dict = new Map<string, PdfValue>()
      for (;;) {
        this.skip()
        if (this.s.startsWith('>>', this.pos)) {
          this.pos += 2
          return { dict }
        }
        const key = this.value(depth + 1)
        if (!isName(key)) throw new Error('PDF dictionary key is not a name')
        dict.set(key.name, this.value(depth + 1))
      }
    }
    if (c === '[') {
      this.pos++
      const items: PdfValue[] = []
      for (;;) {
        this.skip()
        if (this.s[this.pos] === ']') {
          this.pos++
          return items
        }
        items.push(this.value(depth + 1))
      }
    }
    if (c === '/') {
      this.pos++
      const start = this.pos
      while (this.pos < this.s.length && !WHITE.test(this.s[this.pos] ?? '') && !DELIM.test(this.s[this.pos] ?? '')) this.pos++
      // #xx escapes are bytes; names are UTF-8 (§7.3.5).
      const raw = this.s.slice(start, this.pos).replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      return { name: Buffer.from(raw, 'latin1').toString('utf8') }
    }
    if (c === '(') return this.literal()
    if (c === '<') {
      const end = this.s.indexOf('>', this.pos)
      if (end < 0) throw new Error('PDF hex string not closed')
      const hex = this.s.slice(this.pos + 1, end).replace(/\s+/g, '')
      this.pos = end + 1
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1')
    }
    const word = this.token()
    if (word === 'true' || word === 'false') return word === 'true'
    if (word === 'null') return null
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new Error(`Unexpected PDF token ${JSON.stringify(word.slice(0, 20))}`)
    // An integer followed by "gen R" is a reference.
    if (/^\d+$/.test(word)) {
      const save = this.pos
      const gen = this.token()
      if (/^\d+$/.test(gen) && this.keyword('R')) return { ref: Number(word) }
      this.pos = save
    }
    return Number(word)
  }

  private literal(): string {
    let depth = 0
    let out = ''
    for (this.pos++; this.pos < this.s.length; this.pos++) {
      const c = this.s[this.pos]
      if (c === '\\') {
        this.pos++
        out += this.s[this.pos] ?? ''
      } else if (c === '(') {
        depth++
        out += c
      } else if (c === ')') {
        if (depth === 0) {
          this.pos++
          return out
        }
        depth--
        out += c
      } else out += c
    }
    throw new Error('PDF string not closed')
  }
}

/** The offsets of the objects from the classic xref tables, newest update first; null for a cross-reference stream. */
function xrefOffsets(s: string): { offsets: Map<number, number>; trailer: Map<string, PdfValue> } | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s.slice(-64))
  if (!start) return null
  const offsets = new Map<number, number>()
  let trailer: Map<string, PdfValue> | null = null
  const seen = new Set<number>()
  for (let at: number | undefined = Number(start[1]); at !== undefined && !seen.has(at); ) {
    seen.add(at)
    const p: Parser = new Parser(s, at)
    if (!p.keyword('xref')) return null
    for (;;) {
      const save = p.pos
      if (p.keyword('trailer')) break
      p.pos = save
      const first = p.value()
      const count = p.value()
      if (typeof first !== 'number' || typeof count !== 'number') return null
      const m = /\S/.exec(s.slice(p.pos, p.pos + 64))
      let entry = p.pos + (m?.index ?? 0)
      for (let i = 0; i < count; i++, entry += 20) {
        const line = s.slice(entry, entry + 18)
        const n = first + i
        if (line[17] === 'n' && !offsets.has(n)) offsets.set(n, Number(line.slice(0, 10)))
      }
      p.pos = entry
    }
    const dict: PdfValue = p.value()
    if (!isDict(dict)) return null
    trailer ??= dict.dict
    const prev: PdfValue | undefined = dict.dict.get('Prev')
    at = typeof prev === 'number' ? prev : undefined
  }
  return trailer ? { offsets, trailer } : null
}

/**
 * Each named destination's page (1-based), by name, or null when the PDF is not laid out the way
 * Chromium writes one (classic xref tables) or cannot be read: the caller then falls back to a full parser.
 */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> | null {
  try {
    return readDestinations(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'))
  } catch {
    return null
  }
}

function readDestinations(s: string): Map<string, number> | null {
  const xref = xrefOffsets(s)
  if (!xref) return null
  const cache = new Map<number, PdfValue>()
  const object = (num: number): PdfValue => {
    const hit = cache.get(num)
    if (hit !== undefined || cache.has(num)) return hit ?? null
    const at = xref.offsets.get(num)
    if (at === undefined) return null
    const p = new Parser(s, at)
    if (p.value() !== num) throw new Error(`Object ${num} is not where the xref says`)
    p.value() // generation
    if (!p.keyword('obj')) throw new Error(`Object ${num} has no "obj"`)
    const value = p.value()
    cache.set(num, value)
    return value
  }
  const resolve = (v: PdfValue | undefined, hops = 0): PdfValue | undefined => (isRef(v) && hops < 32 ? resolve(object(v.ref), hops + 1) : v)
  const dictOf = (v: PdfValue | undefined): Map<string, PdfValue> | undefined => {
    const r = resolve(v)
    return isDict(r) ? r.dict : undefined
  }

  const catalog = dictOf(xref.trailer.get('Root'))
  if (!catalog) return null
  // The pages in order: a depth-first walk of the page tree.
  const pageIndex = new Map<number, number>()
  const visited = new Set<number>()
  const walk = (node: PdfValue | undefined): void => {
    if (!isRef(node) || visited.has(node.ref)) return
    visited.add(node.ref)
    const dict = dictOf(node)
    const kids = resolve(dict?.get('Kids'))
    if (Array.isArray(kids)) kids.forEach(walk)
    else if (dict && isName(dict.get('Type')) && (dict.get('Type') as PdfName).name === 'Page') pageIndex.set(node.ref, pageIndex.size + 1)
  }
  walk(catalog.get('Pages'))

  const out = new Map<string, number>()
  const add = (name: string, dest: PdfValue | undefined): void => {
    const d = resolve(dest)
    const array = isDict(d) ? resolve(d.dict.get('D')) : d
    const page = Array.isArray(array) ? array[0] : undefined
    if (isRef(page) && pageIndex.has(page.ref) && !out.has(name)) out.set(name, pageIndex.get(page.ref) as number)
  }
  // PDF 1.1 style: a dictionary from name to destination (what Chromium writes).
  for (const [name, dest] of dictOf(catalog.get('Dests')) ?? []) add(name, dest)
  // PDF 1.2 style: the /Names tree's /Dests, keys are strings.
  const seenNodes = new Set<PdfValue>()
  const tree = (node: PdfValue | undefined, depth: number): void => {
    const dict = dictOf(node)
    if (!dict || depth > 32 || seenNodes.has(dict as unknown as PdfValue)) return
    seenNodes.add(dict as unknown as PdfValue)
    const names = resolve(dict.get('Names'))
    if (Array.isArray(names)) for (let i = 0; i + 1 < names.length; i += 2) if (typeof names[i] === 'string') add(names[i] as string, names[i + 1])
    const kids = resolve(dict.get('Kids'))
    if (Array.isArray(kids)) kids.forEach((k) => tree(k, depth + 1))
  }
  tree(dictOf(catalog.get('Names'))?.get('Dests'), 0)
  return out
}
