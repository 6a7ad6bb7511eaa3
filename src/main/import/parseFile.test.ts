import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedFile } from '../../shared/host/fileImport'
import { parseFile } from './parseFile'

const FIXTURES = join(__dirname, '../../../e2e/fixtures/import')
const read = (dir: string, name: string): Promise<ParsedFile> =>
  parseFile({ name, bytes: readFileSync(join(FIXTURES, dir, name)), lastModified: Date.UTC(2024, 9, 1) })

describe('good fixtures', () => {
  it('every good file parses', async () => {
    for (const name of readdirSync(join(FIXTURES, 'good'))) {
      const parsed = await read('good', name)
      expect(parsed.status, `${name}: ${JSON.stringify(parsed)}`).toBe('parsed')
    }
  })

  it('a Zoomit page gives title, source, canonical URL without tracking, Jalali date and tags', async () => {
    const parsed = await read('good', 'zoomit-battery.html')
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error('not parsed')
    const page = parsed.entries[0].page
    expect(page.title).toBe('باتری‌های حالت جامد تا سال ۲۰۲۷ به خودروهای ایرانی نمی‌رسند')
    expect(page.source.name).toBe('زومیت')
    expect(page.url).toBe('https://www.zoomit.ir/ev/412345-solid-state-battery-iran/')
    expect(page.published).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 8 } })
    expect(page.tags).toEqual(['خودرو برقی', 'باتری'])
    expect(page.html).toContain('الکترولیت جامد')
    expect(page.html).not.toContain('تبلیغ')
  })

  it('JSON-LD @graph gives the Digiato headline, date and URL', async () => {
    const parsed = await read('good', 'digiato-5g.htm')
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error('not parsed')
    expect(parsed.entries[0].page.url).toBe('https://digiato.com/telecom/second-operator-5g-12-cities')
    expect(parsed.entries[0].page.published.jalali).toEqual({ year: 1403, month: 4, day: 12 })
  })

  it('a Windows-1256 page is detected from its meta tag and decoded', async () => {
    const parsed = await read('good', 'legacy-windows-1256.html')
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error('not parsed')
    expect(parsed.encoding).toBe('windows-1256')
    expect(parsed.entries[0].page.title).toBe('بازگشايي دفتر فروش همراه در شيراز')
  })

  it('a Windows-1256 page without a declaration falls back and says so', async () => {
    const bytes = readFileSync(join(FIXTURES, 'good', 'legacy-windows-1256.html'))
    const stripped = Buffer.from(bytes.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1')
    const parsed = await parseFile({ name: 'x.html', bytes: stripped, lastModified: 0 })
    expect(parsed.status === 'parsed' && parsed.encoding).toBe('windows-1256')
    expect(parsed.status === 'parsed' && parsed.notes[0]).toMatch(/not valid UTF-8/)
  })

  it('feeds: each RSS item and Atom entry is an article with its own date and link', async () => {
    const rss = await read('good', 'zoomit-feed.rss')
    const atom = await read('good', 'digiato.atom')
    expect(rss.status === 'parsed' && rss.entries.length).toBe(3)
    expect(atom.status === 'parsed' && atom.entries.length).toBe(2)
  })
})

describe('hostile and broken fixtures are refused with the reason and place', () => {
  const expected: Record<string, { code: string; line?: number; column?: number } | 'parsed'> = {
    'archive.zip': { code: 'unsupported' },
    'bad-front-matter.md': { code: 'invalid-text', line: 3 },
    'blank.md': { code: 'empty' },
    'deep-nesting.html': { code: 'too-deep' },
    'disguised-image.html': { code: 'binary' },
    'empty.txt': { code: 'empty' },
    'entity-expansion.rss': { code: 'unsafe-xml', line: 2, column: 1 },
    'hostile-feed.rss': 'parsed',
    'malformed-feed.xml': { code: 'malformed-xml', line: 7, column: 17 },
    'malformed-pack.json': { code: 'malformed-json', line: 3, column: 22 },
    'not-a-feed.xml': { code: 'not-a-feed' },
    'nul-bytes.txt': { code: 'binary' },
    'page-named-as.json': { code: 'malformed-json', line: 1, column: 1 },
    'script-everywhere.html': 'parsed',
    'svg-only.html': 'parsed',
    'truncated-feed.atom': { code: 'malformed-xml', line: 6 },
    'truncated-page.html': { code: 'no-article' },
    'wrong-shape.json': { code: 'invalid-pack' }
  }
  it('covers every hostile fixture', () => {
    expect(readdirSync(join(FIXTURES, 'hostile')).sort()).toEqual(Object.keys(expected).sort())
  })
  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      const parsed = await read('hostile', name)
      if (want === 'parsed') {
        expect(parsed.status).toBe('parsed')
        return
      }
      if (parsed.status !== 'failed') throw new Error(`${name} was accepted`)
      expect(parsed.failure).toMatchObject(want)
      expect(parsed.failure.message.length).toBeGreaterThan(5)
    })
  }

  it('hostile metadata never yields a javascript: URL', async () => {
    for (const name of ['script-everywhere.html', 'hostile-feed.rss']) {
      const parsed = await read('hostile', name)
      if (parsed.status !== 'parsed') throw new Error('not parsed')
      for (const entry of parsed.entries) {
        if (entry.kind !== 'page') continue
        expect(entry.page.url ?? '').not.toMatch(/javascript|data:/i)
        expect(entry.page.source.url ?? '').not.toMatch(/javascript|data:/i)
        expect(entry.page.title).not.toMatch(/</)
      }
    }
  })

  it('a file over 20 MB is refused before it is decoded', async () => {
    const parsed = await parseFile({ name: 'huge.html', bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41), lastModified: 0 })
    expect(parsed.status === 'failed' && parsed.failure.code).toBe('too-large')
  })

  it('a feed with more entries than allowed is refused', async () => {
    const items = Array.from({ length: 1001 }, (_, i) => `<item><title>t${i}</title><description>d</description></item>`).join('')
    const parsed = await parseFile({ name: 'many.rss', bytes: new TextEncoder().encode(`<rss><channel><title>x</title>${items}</channel></rss>`), lastModified: 0 })
    expect(parsed.status === 'failed' && parsed.failure.code).toBe('too-many-items')
  })
})

describe('single-file pages (MHTML)', () => {
  it('reads the page part through the page reader, with the address the browser saved it from', async () => {
    const parsed = await read('mhtml', 'micro-payments.mhtml')
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error(JSON.stringify(parsed))
    expect(parsed.kind).toBe('mhtml')
    expect(parsed.encoding).toBe('utf-8')
    const page = parsed.entries[0].page
    expect(page.title).toBe('رونمایی از سامانهٔ پرداخت خرد در الكامپ')
    expect(page.url).toBe('https://fanpars.example/news/1403/04/micro-payments-elecomp')
    expect(page.source.url).toBe('https://fanpars.example/')
    expect(page.html).toContain('بیش از 120 هزار تراکنش')
    expect(page.html).not.toContain('<script')
  })

  it('keeps the picture the file carries as a part, checked by its bytes, and names it in the page', async () => {
    const parsed = await read('mhtml', 'micro-payments.mhtml')
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error(JSON.stringify(parsed))
    const page = parsed.entries[0].page
    expect(page.images).toHaveLength(1)
    expect(page.images?.[0]?.contentType).toBe('image/png')
    expect(page.html).toContain(`#image-${page.images?.[0]?.hash}`)
    expect(page.changes).toContainEqual({ kind: 'images-kept', count: 1 })
  })

  it('refuses a file whose boundary is never used, and a renamed plain page, with MHTML codes', async () => {
    const wrong = await read('mhtml', 'wrong-boundary.mht')
    expect(wrong).toMatchObject({ status: 'failed', kind: 'mhtml', failure: { code: 'not-mhtml' } })
    const renamed = await parseFile({ name: 'page.mht', bytes: new TextEncoder().encode('<html><body><p>متن</p></body></html>'), lastModified: 0 })
    expect(renamed).toMatchObject({ status: 'failed', failure: { code: 'not-mhtml' } })
  })

  it('reports parts it did not keep as a change of the page', async () => {
    const good = readFileSync(join(FIXTURES, 'mhtml', 'micro-payments.mhtml')).toString('latin1')
    const broken = good.replace('Content-Type: image/png\r\nContent-Transfer-Encoding: base64', 'Content-Type: image/png\r\nContent-Transfer-Encoding: x-gremlin')
    const parsed = await parseFile({ name: 'broken-image.mhtml', bytes: Buffer.from(broken, 'latin1'), lastModified: 0 })
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error(JSON.stringify(parsed))
    expect(parsed.entries[0].page.changes).toContainEqual({ kind: 'saved-parts-skipped', count: 1 })
    expect(parsed.notes.join('\n')).toMatch(/part not kept \(unknown-encoding\): image\/png https:\/\/cdn\.fanpars\.example/)
  })
})
