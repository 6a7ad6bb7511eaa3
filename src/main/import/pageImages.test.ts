import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, cpSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffImageType } from '../../shared/archive/images'
import type { PageDraft } from '../../shared/host/fileImport'
import { parseFile } from './parseFile'
import { decodeDataUrl, folderResolver } from './resources'
import { expandChoice } from './walk'

const FIXTURES = resolve('e2e/fixtures/import/structure')
const PNG = readFileSync(join(FIXTURES, 'elecomp-hall-report_files/hall-map.png'))

/** The structure fixtures in a fresh folder, with a real picture just outside the page's folder. */
function fixtureCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'bayegan-pictures-'))
  const dir = join(root, 'saved')
  cpSync(FIXTURES, dir, { recursive: true })
  writeFileSync(join(root, 'secret-outside.png'), PNG)
  return dir
}

async function page(dir: string, file: string, withFolder = true): Promise<PageDraft> {
  const parsed = await parseFile({ name: file, bytes: readFileSync(join(dir, file)), lastModified: 0, ...(withFolder ? { resolve: folderResolver(dir) } : {}) })
  if (parsed.status !== 'parsed' || parsed.entries[0]?.kind !== 'page') throw new Error(`not parsed: ${JSON.stringify(parsed)}`)
  return parsed.entries[0].page
}

describe('a saved page, complete, with its _files folder', () => {
  it('keeps the real pictures and says what happened to every other one, and to links, scripts and forms', async () => {
    const draft = await page(fixtureCopy(), 'elecomp-hall-report.html')
    expect(draft.images?.map((i) => i.contentType).sort()).toEqual(['image/jpeg', 'image/png'])
    for (const image of draft.images ?? []) {
      expect(sniffImageType(Buffer.from(image.base64, 'base64'))).toBe(image.contentType)
      expect(draft.html).toContain(`#image-${image.hash}`)
    }
    expect(draft.changes).toEqual(
      expect.arrayContaining([
        { kind: 'images-kept', count: 2 },
        { kind: 'images-remote', count: 1 },
        // The SVG with a script and the HTML named .png are not pictures; ../ leaves the folder.
        { kind: 'images-refused', count: 3 },
        { kind: 'images-not-found', count: 1 },
        { kind: 'links-kept', count: 3 },
        { kind: 'scripts-removed', count: 1 },
        { kind: 'forms-removed', count: 1 }
      ])
    )
    // The page has two javascript: links, one in its menu: only the article's one is reported.
    expect(draft.changes?.find((c) => c.kind === 'links-unsafe')).toEqual({ kind: 'links-unsafe', count: 1 })
    expect(draft.html).toContain('این پیوند خطرناک است')
    expect(draft.html).not.toContain('data-bayegan')
    // Relative links are made absolute against the page's own address; tracking parameters go.
    expect(draft.html).toContain('href="https://elecomp.example.ir/register"')
    expect(draft.html).toContain('href="https://news.example.ir/tech/4700-elecomp-rules"')
    expect(draft.html).not.toMatch(/javascript:|cdn\.example\.ir|_files\//)
  })

  it('keeps nothing from a folder it was not given (a dropped file): local pictures are "not found"', async () => {
    const draft = await page(fixtureCopy(), 'elecomp-hall-report.html', false)
    expect(draft.images).toBeUndefined()
    expect(draft.changes).toEqual(expect.arrayContaining([{ kind: 'images-not-found', count: 6 }, { kind: 'images-remote', count: 1 }]))
  })

  it('keeps data: pictures of a SingleFile page and refuses an SVG one', async () => {
    const draft = await page(fixtureCopy(), 'singlefile-press-note.html')
    expect(draft.images).toHaveLength(1)
    expect(draft.images?.[0]?.contentType).toBe('image/png')
    expect(draft.changes).toEqual(expect.arrayContaining([{ kind: 'images-kept', count: 1 }, { kind: 'images-refused', count: 1 }, { kind: 'links-dropped', count: 1 }]))
  })

  it('does not offer the _files folder as files of its own', async () => {
    const dir = fixtureCopy()
    const { files, skipped } = await expandChoice([dir])
    expect(files.map((f) => f.name).sort()).toEqual(['elecomp-hall-report.html', 'singlefile-press-note.html'])
    expect(skipped).toEqual([{ name: 'elecomp-hall-report_files', reason: 'page-files' }])
  })
})

describe('folderResolver and data: URLs', () => {
  it('reads files below the folder only: no ../, no absolute path, no scheme, no symbolic link out', () => {
    const dir = fixtureCopy()
    const resolveIn = folderResolver(dir)
    expect(resolveIn('elecomp-hall-report_files/hall-map.png')).toMatchObject({ bytes: expect.any(Uint8Array) })
    expect(resolveIn('elecomp-hall-report_files/hall%2Dmap.png?v=2#x')).toMatchObject({ bytes: expect.any(Uint8Array) })
    expect(resolveIn('../secret-outside.png')).toEqual({ refused: 'outside the page’s folder' })
    expect(resolveIn('elecomp-hall-report_files/..%2F..%2Fsecret-outside.png')).toEqual({ refused: 'outside the page’s folder' })
    expect(resolveIn(join(dir, '..', 'secret-outside.png'))).toEqual({ refused: 'an absolute path' })
    expect(resolveIn('file:///etc/passwd')).toBeUndefined()
    expect(resolveIn('https://example.ir/a.png')).toBeUndefined()
    mkdirSync(join(dir, 'links'))
    symlinkSync(join(dir, '..', 'secret-outside.png'), join(dir, 'links', 'escape.png'))
    expect(resolveIn('links/escape.png')).toEqual({ refused: 'not a regular file' })
  })

  it('refuses a picture over the size limit without reading it all', () => {
    const dir = fixtureCopy()
    writeFileSync(join(dir, 'huge.png'), Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(6 * 1024 * 1024)]))
    expect(folderResolver(dir)('huge.png')).toEqual({ tooLarge: 6 * 1024 * 1024 + 8 })
    expect(decodeDataUrl(`data:image/png;base64,${'A'.repeat(8 * 1024 * 1024)}`)).toMatchObject({ tooLarge: expect.any(Number) })
  })

  it('decodes base64 and percent-encoded data: URLs to their bytes', () => {
    expect(decodeDataUrl(`data:image/png;base64,${PNG.toString('base64')}`)).toMatchObject({ contentType: 'image/png' })
    const decoded = decodeDataUrl('data:image/gif,GIF89a%01%00%FF')
    expect(decoded && 'bytes' in decoded ? [...decoded.bytes] : []).toEqual([71, 73, 70, 56, 57, 97, 1, 0, 255])
    expect(decodeDataUrl('data:image/png;base64,@@@')).toEqual({ refused: 'broken base64' })
    expect(decodeDataUrl('not-data')).toBeUndefined()
  })
})
