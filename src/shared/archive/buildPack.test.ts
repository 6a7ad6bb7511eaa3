import { describe, expect, it } from 'vitest'
import { buildPack } from './buildPack'
import { parsePack } from './parsePack'

const manifest = { id: 'demo', title: { fa: 'نمونه', en: 'Demo' }, version: '1', createdAt: '2026-11-30T00:00:00Z' }
const article = (id: string, extra = ''): string =>
  `---\nid: ${id}\nsource: زومیت\ndate: 1403-04-08\n${extra}---\nتیتر\nمتن.\n`

describe('buildPack', () => {
  it('builds files with Persian names and no id into distinct ids, the same on every build', async () => {
    const noId = '---\nsource: زومیت\ndate: 1403-04-08\n---\nتیتر\nمتن.\n'
    const files = [{ name: 'archive/الکامپ ۲۴.txt', text: noId }, { name: 'archive/الکامپ ۲۵.txt', text: noId }]
    const first = await buildPack(files, manifest)
    const again = await buildPack(files, manifest)
    if (!first.ok || !again.ok) throw new Error('expected both builds to succeed')
    const ids = first.pack.items.map((i) => i.id)
    expect(ids[0]).not.toBe(ids[1])
    expect(again.pack.items.map((i) => i.id)).toEqual(ids)
    expect(again.pack.manifest.contentHash).toBe(first.pack.manifest.contentHash)
  })

  it('builds a pack that parsePack accepts, items in file order', async () => {
    const result = await buildPack([{ name: 'b.txt', text: article('b') }, { name: 'a.txt', text: article('a') }], manifest)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.pack.items.map((i) => i.id)).toEqual(['b', 'a'])
    expect(result.pack.manifest).toMatchObject({ id: 'demo', itemCount: 2, language: 'fa' })
    expect(await parsePack(JSON.parse(JSON.stringify(result.pack)))).toMatchObject({ ok: true })
  })

  it('names file and line for source errors, collecting all files', async () => {
    const result = await buildPack([
      { name: 'one.txt', text: '---\nsource: s\ndate: soon\n---\nt\nb.' },
      { name: 'two.txt', text: '---\nsource: s\n---\nt\nb.' }
    ], manifest)
    expect(result).toEqual({
      ok: false,
      errors: [
        'one.txt:3: date: "soon" is not a date; write 1403-04-08, 1403-04, 1403 or 2024-06-28',
        'two.txt:1: front matter needs "date:" (e.g. 1403-04-08, 1403-04, 1403) or an event'
      ]
    })
  })

  it('maps schema errors back to the source line', async () => {
    const result = await buildPack([{ name: 'x.txt', text: article('x', 'url: ftp://example.com/a\n') }], manifest)
    expect(result).toEqual({ ok: false, errors: ['x.txt:5: url: must be an http:// or https:// address'] })
    const badId = await buildPack([{ name: 'y.txt', text: article('Not_A_Slug') }], manifest)
    expect(badId).toMatchObject({ ok: false, errors: [expect.stringMatching(/^y\.txt:2: id: must be a slug/)] })
  })

  it('reports a duplicate id with both files', async () => {
    const result = await buildPack([{ name: 'a.txt', text: article('same') }, { name: 'b.txt', text: article('same') }], manifest)
    expect(result).toEqual({ ok: false, errors: ['b.txt:2: id "same" is already used by a.txt'] })
  })
})
