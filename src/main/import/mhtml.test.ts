// MHTML files written here, in the shape Chrome's "save as single file" gives, then broken on purpose.
import { describe, expect, it } from 'vitest'
import { decodeQuotedPrintable, MHTML_LIMITS, MhtmlProblem, parseMediaType, readMhtml } from './mhtml'

const B = '----MultipartBoundary--Xq7Lr2aTzP0wKc9vYb3NdE----'
const PAGE = `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>افتتاح نمايشگاه الكامپ - عصر فناوری</title></head><body><article><h1>افتتاح نمایشگاه الکامپ</h1><p>نمایشگاه بیست و هفتم الکامپ صبح امروز با حضور ۴۵۰ شرکت‌ افتتاح شد و تا سه‌شنبه ادامه دارد.</p><img src="https://news.example.ir/img/hall.png" alt="سالن اصلی"></article></body></html>`
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8, 9])

/** Quoted-printable as Chrome writes it: lines of at most 76, `=` soft breaks, every non-ASCII byte escaped. */
function qp(text: string | Uint8Array, eol = '\r\n'): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  let out = ''
  let line = ''
  for (const b of bytes) {
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    if (line.length + piece.length > 75) {
      out += `${line}=${eol}`
      line = ''
    }
    line += piece
  }
  return out + line
}

const b64 = (bytes: Uint8Array, eol = '\r\n'): string => (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join(eol)

interface Part {
  headers: string[]
  body: string
}

function mhtml(parts: Part[], options: { eol?: string; boundary?: string; topHeaders?: string[]; close?: boolean } = {}): Uint8Array {
  const eol = options.eol ?? '\r\n'
  const boundary = options.boundary ?? B
  const top = options.topHeaders ?? [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example.ir/tech/1403/elecomp-opens',
    'Subject: =?utf-8?Q?=D8=A7=D9=81=D8=AA=D8=AA=D8=A7=D8=AD?=',
    'Date: Thu, 27 Jun 2024 10:12:40 +0330',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`
  ]
  let text = `${top.join(eol)}${eol}${eol}`
  for (const part of parts) text += `--${boundary}${eol}${part.headers.join(eol)}${eol}${eol}${part.body}${eol}`
  if (options.close !== false) text += `--${boundary}--${eol}`
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

const pagePart = (eol = '\r\n', html = PAGE): Part => ({
  headers: ['Content-Type: text/html', 'Content-ID: <frame-7F3A@mhtml.blink>', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://news.example.ir/tech/1403/elecomp-opens'],
  body: qp(html, eol)
})
const imagePart = (eol = '\r\n', bytes = PNG, location = 'https://news.example.ir/img/hall.png'): Part => ({
  headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', `Content-Location: ${location}`],
  body: b64(bytes, eol)
})
const cssPart = (eol = '\r\n'): Part => ({
  headers: ['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: cid:css-2b1f@mhtml.blink'],
  body: qp('@charset "utf-8";\nbody { font-family: Vazirmatn; }', eol)
})

function problem(run: () => unknown): MhtmlProblem {
  try {
    run()
  } catch (error) {
    if (error instanceof MhtmlProblem) return error
    throw error
  }
  throw new Error('expected an MhtmlProblem')
}

describe('readMhtml', () => {
  it('reads a Chrome-shaped file: the page decoded as UTF-8, its address, and its resources by location', () => {
    const read = readMhtml(mhtml([pagePart(), imagePart(), cssPart()]))
    expect(read.html).toBe(PAGE)
    expect(read.html).toContain('نمايشگاه الكامپ') // Arabic ي/ك kept as written
    expect(read.encoding).toBe('utf-8')
    expect(read.baseUrl).toBe('https://news.example.ir/tech/1403/elecomp-opens')
    expect(read.resources.get('https://news.example.ir/img/hall.png')).toEqual({ contentType: 'image/png', bytes: PNG })
    expect(read.resources.get('cid:css-2b1f@mhtml.blink')?.contentType).toBe('text/css')
    expect([...read.resources.keys()]).not.toContain('https://news.example.ir/tech/1403/elecomp-opens')
    expect(read.skipped).toEqual([])
    expect(read.notes).toEqual([])
  })

  it('reads the same file with bare LF line ends', () => {
    const read = readMhtml(mhtml([pagePart('\n'), imagePart('\n')], { eol: '\n' }))
    expect(read.html).toBe(PAGE)
    expect(read.resources.get('https://news.example.ir/img/hall.png')?.bytes).toEqual(PNG)
  })

  it('unfolds folded headers and reads resources by Content-ID as cid: addresses', () => {
    const image = imagePart()
    image.headers = ['Content-Type: image/png;', '   name="hall.png"', 'Content-Transfer-Encoding:', '\tbase64', 'Content-ID: <img-1@example>']
    const read = readMhtml(mhtml([pagePart(), image]))
    expect(read.resources.get('cid:img-1@example')).toEqual({ contentType: 'image/png', bytes: PNG })
  })

  it('picks the page named by start, else the stated type, else the first text/html', () => {
    const other = { ...pagePart(undefined, '<html><body><p>صفحهٔ فرعی</p></body></html>'), headers: ['Content-Type: text/html', 'Content-ID: <second@x>', 'Content-Transfer-Encoding: quoted-printable'] }
    const named = mhtml([pagePart(), other], { topHeaders: ['MIME-Version: 1.0', `Content-Type: multipart/related; type="text/html"; start="<second@x>"; boundary="${B}"`] })
    expect(readMhtml(named).html).toContain('صفحهٔ فرعی')
    const imageFirst = mhtml([imagePart(), pagePart()], { topHeaders: [`Content-Type: multipart/related; boundary=${B.replace(/-/g, 'x')}`], boundary: B.replace(/-/g, 'x') })
    expect(readMhtml(imageFirst).html).toBe(PAGE)
  })

  it('decodes the page in the charset its part declares (Windows-1256), and by the page meta when it declares none', () => {
    const win1256 = Uint8Array.from([0x3c, 0x70, 0x3e, 0xd3, 0xe1, 0xc7, 0xe3, 0x3c, 0x2f, 0x70, 0x3e]) // <p>سلام</p>
    const part = { headers: ['Content-Type: text/html; charset=windows-1256', 'Content-Transfer-Encoding: quoted-printable'], body: qp(win1256) }
    const read = readMhtml(mhtml([part]))
    expect(read.html).toBe('<p>سلام</p>')
    expect(read.encoding).toBe('windows-1256')
    const metaOnly = { headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable'], body: qp(Uint8Array.from([...Buffer.from('<meta charset="windows-1256">', 'latin1'), ...win1256])) }
    expect(readMhtml(mhtml([metaOnly])).html).toContain('سلام')
  })

  it('keeps the boundary text inside a part when it is not a whole delimiter line', () => {
    const html = `<html><body><p>متن پیش از --${B} در میان سطر</p><pre>\n--${B}tail\n</pre><p>پایان</p></body></html>`
    const part = { headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit'], body: Buffer.from(html, 'utf8').toString('latin1') }
    const read = readMhtml(mhtml([part, imagePart()]))
    expect(read.html).toBe(html)
    expect(read.resources.size).toBe(1)
  })

  it('passes over a repeated delimiter (an empty part) and reads a file without its closing boundary, saying so', () => {
    const bytes = Buffer.from(mhtml([pagePart(), imagePart()], { close: false })).toString('latin1')
    const doubled = bytes.replace(`--${B}\r\nContent-Type: image/png`, `--${B}\r\n--${B}\r\nContent-Type: image/png`)
    const read = readMhtml(new Uint8Array(Buffer.from(doubled, 'latin1')))
    expect(read.html).toBe(PAGE)
    expect(read.resources.size).toBe(1)
    expect(read.notes.join(' ')).toMatch(/no closing boundary/)
  })

  it('refuses a file with no boundary, two boundaries, a boundary that never appears, or an invalid one', () => {
    const top = (ct: string): string[] => ['MIME-Version: 1.0', ct]
    expect(problem(() => readMhtml(mhtml([pagePart()], { topHeaders: top('Content-Type: multipart/related; type="text/html"') }))).code).toBe('not-mhtml')
    const two = problem(() => readMhtml(mhtml([pagePart()], { topHeaders: top(`Content-Type: multipart/related; boundary="${B}"; boundary="other"`) })))
    expect(two.message).toMatch(/two boundaries/)
    expect(problem(() => readMhtml(mhtml([pagePart()], { topHeaders: top('Content-Type: multipart/related; boundary="not-in-the-file"') }))).message).toMatch(/never appears/)
    expect(problem(() => readMhtml(mhtml([pagePart()], { topHeaders: top(`Content-Type: multipart/related; boundary="${'b'.repeat(71)}"`) }))).message).toMatch(/not a valid MIME boundary/)
    const twoTypes = mhtml([pagePart()], { topHeaders: [`Content-Type: multipart/related; boundary="${B}"`, 'Content-Type: text/plain'] })
    expect(problem(() => readMhtml(twoTypes)).message).toMatch(/two different Content-Types/)
  })

  it('refuses a file that is not MIME at all and one with no page in it', () => {
    expect(problem(() => readMhtml(new TextEncoder().encode(PAGE))).code).toBe('not-mhtml')
    expect(problem(() => readMhtml(mhtml([imagePart(), cssPart()]))).code).toBe('no-html-part')
  })

  it('reads at most the part limit: later resources are reported, and a page past the limit refuses the file', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ headers: ['Content-Type: image/gif', 'Content-Transfer-Encoding: base64', `Content-Location: https://news.example.ir/px/${i}.gif`], body: 'R0lGODlhAQABAAAAACw=' }))
    const first = readMhtml(mhtml([pagePart(), ...many]))
    expect(first.resources.size).toBe(MHTML_LIMITS.parts - 1)
    expect(first.skipped).toContainEqual({ reason: 'too-many', what: `parts after the first ${MHTML_LIMITS.parts}` })
    expect(problem(() => readMhtml(mhtml([...many, pagePart()]))).code).toBe('too-many-parts')
  })

  it('skips a resource larger than the part limit or past the total, and refuses a page part that is too large', () => {
    const limits = { ...MHTML_LIMITS, partBytes: 4096, totalBytes: 3000 }
    const big = imagePart(undefined, new Uint8Array(5000).fill(7), 'https://news.example.ir/img/big.png')
    const mid = imagePart(undefined, new Uint8Array(3000).fill(8), 'https://news.example.ir/img/mid.png')
    const read = readMhtml(mhtml([pagePart(), big, imagePart(), mid]), limits)
    expect(read.resources.has('https://news.example.ir/img/hall.png')).toBe(true)
    expect(read.skipped.map((s) => s.reason)).toEqual(['too-large', 'over-total'])
    const hugePage = pagePart(undefined, `<html><body><p>${'الکامپ '.repeat(1000)}</p></body></html>`)
    expect(problem(() => readMhtml(mhtml([hugePage]), limits)).code).toBe('too-large')
  })

  it('skips a resource with broken base64 or an unknown transfer encoding, and refuses a page that cannot be decoded', () => {
    const broken = { headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://news.example.ir/img/broken.png'], body: 'iVBORw0KGgo*&^%$not base64' }
    const uu = { headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: x-uuencode', 'Content-Location: https://news.example.ir/img/uu.png'], body: 'begin 644 x' }
    const read = readMhtml(mhtml([pagePart(), broken, uu, imagePart()]))
    expect(read.skipped.map((s) => s.reason)).toEqual(['undecodable', 'unknown-encoding'])
    expect(read.resources.size).toBe(1)
    const badPage = { headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: base64'], body: '!!!!' }
    expect(problem(() => readMhtml(mhtml([badPage]))).message).toMatch(/broken base64/)
  })

  it('reads a page inside nested multipart, and skips multipart nested past the limit', () => {
    const inner = '----inner-alt-boundary'
    const alternative = {
      headers: [`Content-Type: multipart/alternative; boundary="${inner}"`],
      body: `--${inner}\r\nContent-Type: text/plain\r\n\r\nمتن ساده\r\n--${inner}\r\n${pagePart().headers.join('\r\n')}\r\n\r\n${pagePart().body}\r\n--${inner}--`
    }
    const read = readMhtml(mhtml([alternative, imagePart()]))
    expect(read.html).toBe(PAGE)
    expect(read.resources.has('https://news.example.ir/img/hall.png')).toBe(true)
    const deep = readMhtml(mhtml([pagePart(), alternative]), { ...MHTML_LIMITS, nesting: 0 })
    expect(deep.skipped.map((s) => s.reason)).toEqual(['too-deep'])
  })

  it('skips a part with an absurd header and refuses a file whose own header is absurd', () => {
    const absurd = { headers: ['Content-Type: image/png', `X-Padding: ${'a'.repeat(20_000)}`, 'Content-Transfer-Encoding: base64'], body: b64(PNG) }
    const manyFields = { headers: ['Content-Type: image/png', ...Array.from({ length: 150 }, (_, i) => `X-F${i}: ${i}`)], body: '' }
    const read = readMhtml(mhtml([pagePart(), absurd, manyFields, imagePart()]))
    expect(read.skipped.map((s) => s.reason)).toEqual(['bad-headers', 'bad-headers'])
    expect(read.resources.size).toBe(1)
    const top = [`X-Junk: ${'z'.repeat(20_000)}`, `Content-Type: multipart/related; boundary="${B}"`]
    expect(problem(() => readMhtml(mhtml([pagePart()], { topHeaders: top }))).message).toMatch(/MIME header is longer/)
  })
})

describe('MHTML helpers', () => {
  it('decodes quoted-printable: escapes, soft breaks with trailing space, and a stray = kept', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('=D8=A7=D9=84=\r\n=DA=A9=  \nx=ZZy='))).toBe('الک' + 'x=ZZy')
  })
  it('parses media-type parameters, quoted and escaped', () => {
    const m = parseMediaType('Multipart/Related; type="text/html"; boundary="a\\"b;c"; start=<x@y>')
    expect(m.type).toBe('multipart/related')
    expect(m.params.get('boundary')).toBe('a"b;c')
    expect(m.params.get('start')).toBe('<x@y>')
  })
})
