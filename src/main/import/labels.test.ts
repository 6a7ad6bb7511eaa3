import { describe, expect, it } from 'vitest'
import { parseFile } from './parseFile'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const article = '<p>به گزارش خبرنگار ما، ثبت‌نام غرفه‌داران الکامپ از شنبه آغاز شد و تا پایان ماه ادامه دارد. ' + 'این نمایشگاه در محل دائمی برگزار می‌شود. '.repeat(12) + '</p>'

describe('titles, tags and file names with invisible characters', () => {
  it('a page title with a right-to-left override is shown with the override made visible, and the report says so', async () => {
    const html = `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>فهرست غرفه‌ها \u202Efdp.exe</title>
      <meta property="og:site_name" content="خبرگزاری نمونه"></head><body><article><h1>فهرست غرفه‌ها \u202Efdp.exe</h1>${article}</article></body></html>`
    const parsed = await parseFile({ name: 'list.html', bytes: bytes(html), lastModified: 0 })
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error(JSON.stringify(parsed))
    expect(parsed.entries[0].page.title).toContain('⟨RLO⟩fdp.exe')
    expect(parsed.entries[0].page.title).not.toContain('\u202E')
    expect(parsed.notes.join(' ')).toMatch(/direction-override/)
  })

  it('a file name with an override is reported with it visible', async () => {
    const parsed = await parseFile({ name: 'gnp.\u202Etxt', bytes: bytes('عنوان\nمتن خبر.'), lastModified: 0 })
    expect(parsed.file).toBe('gnp.⟨RLO⟩txt')
  })

  it('a text article whose title is only zero-width characters is refused with a clear reason', async () => {
    const parsed = await parseFile({ name: 'blank.txt', bytes: bytes('\u200c\u200b\u200c\nمتن خبر درباره الکامپ.\n'), lastModified: 0 })
    expect(parsed.status).toBe('failed')
    if (parsed.status !== 'failed') return
    expect(parsed.failure.message).toMatch(/visible text/)
  })
})

describe('long articles', () => {
  it('a text file longer than the block limit keeps its first 500 paragraphs and the report says so, like a saved page', async () => {
    const lines = Array.from({ length: 620 }, (_, i) => `بند ${i + 1} از گزارش بلند دربارهٔ الکامپ.`)
    const parsed = await parseFile({ name: 'long.txt', bytes: bytes(`گزارش بلند\n${lines.join('\n')}\n`), lastModified: 0 })
    if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'item') throw new Error(JSON.stringify(parsed).slice(0, 300))
    expect(parsed.entries[0].item.body).toHaveLength(500)
    expect(parsed.notes.join(' ')).toMatch(/has 620 paragraphs; only the first 500 were kept \(120 paragraphs/)
  })
})
