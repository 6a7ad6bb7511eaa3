import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parsePackText } from '../src/shared/archive/parsePack'
import { readIndexFile } from '../src/shared/search/indexFile'
import { SearchIndex } from '../src/shared/search/searchIndex'
import { main } from './archive-build'

const article = (id: string, title: string): string => `---\nid: ${id}\nsource: زومیت\ndate: 1403-04-08\n---\n${title}\nمتن.\n`

let dir: string
let out: string
let stdout: string[]
let stderr: string[]
const io = { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l) }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-build-'))
  await mkdir(join(dir, 'src'))
  out = join(dir, 'out', 'demo.pack.json')
  stdout = []
  stderr = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function readPack(path = out) {
  const result = await parsePackText(await readFile(path, 'utf8'))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.pack
}

describe('archive-build main', () => {
  it('builds a valid pack from every .txt/.md file in name order, and nothing else', async () => {
    await writeFile(join(dir, 'src', '02_b.md'), article('b', '# تیتر ب'))
    await writeFile(join(dir, 'src', '01_a.txt'), article('a', 'تیتر الف'))
    await writeFile(join(dir, 'src', 'notes.json'), '{}')

    expect(await main([join(dir, 'src'), out, '--title-en', 'Demo'], io)).toBe(0)
    const pack = await readPack()
    expect(pack.items.map((i) => [i.id, i.title])).toEqual([['a', 'تیتر الف'], ['b', 'تیتر ب']])
    expect(pack.manifest).toMatchObject({ id: 'demo', title: { fa: 'demo', en: 'Demo' }, version: '1', itemCount: 2 })
    expect(stdout.join('\n')).toContain('2 item(s)')
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['demo.index.bin', 'demo.pack.json']) // no temp file left behind
  })

  it('writes the prebuilt search index beside the pack, tied to its hash and finding its articles', async () => {
    await writeFile(join(dir, 'src', '01_a.txt'), article('a', 'نمایشگاه الکامپ'))
    await writeFile(join(dir, 'src', '02_b.txt'), article('b', 'تراکنش‌های بانکی'))
    expect(await main([join(dir, 'src'), out], io)).toBe(0)
    const pack = await readPack()
    const bytes = new Uint8Array(await readFile(join(dir, 'out', 'demo.index.bin')))
    const read = readIndexFile(bytes, { packId: 'demo', packContentHash: pack.manifest.contentHash })
    if (!read.ok) throw new Error(read.message)
    const index = SearchIndex.load(read.snapshot)
    expect(index.search('تراکنش').hits.map((h) => h.id)).toEqual(['b'])
    expect(index.text('a', 'title')).toBe('نمایشگاه الکامپ')
    expect(stdout.join('\n')).toContain('demo.index.bin')
    // The same sources give the same index, byte for byte.
    expect(await main([join(dir, 'src'), out], io)).toBe(0)
    expect(Buffer.from(await readFile(join(dir, 'out', 'demo.index.bin'))).equals(Buffer.from(bytes))).toBe(true)
  })

  it('takes manifest defaults from pack.json in the source folder', async () => {
    await writeFile(join(dir, 'src', 'a.txt'), article('a', 'تیتر'))
    await writeFile(join(dir, 'src', 'pack.json'), JSON.stringify({ id: 'elecomp', title: { fa: 'الکامپ', en: 'Elecomp' }, version: '2.1' }))
    expect(await main([join(dir, 'src'), out, '--created-at', '2026-01-02T03:04:05Z'], io)).toBe(0)
    expect((await readPack()).manifest).toMatchObject({
      id: 'elecomp', title: { fa: 'الکامپ', en: 'Elecomp' }, version: '2.1', createdAt: '2026-01-02T03:04:05Z'
    })
  })

  it('rebuilds unchanged sources byte for byte (createdAt is kept)', async () => {
    await writeFile(join(dir, 'src', 'a.txt'), article('a', 'تیتر'))
    expect(await main([join(dir, 'src'), out], io)).toBe(0)
    const first = await readFile(out, 'utf8')
    expect(await main([join(dir, 'src'), out], io)).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(first)
    await writeFile(join(dir, 'src', 'a.txt'), article('a', 'تیتر تازه'))
    expect(await main([join(dir, 'src'), out, '--created-at', '2030-01-01T00:00:00Z'], io)).toBe(0)
    expect((await readPack()).manifest.createdAt).toBe('2030-01-01T00:00:00Z')
  })

  it('fails with file and line on bad input and leaves the old output alone', async () => {
    await writeFile(join(dir, 'src', 'a.txt'), article('a', 'تیتر'))
    expect(await main([join(dir, 'src'), out], io)).toBe(0)
    const before = await readFile(out, 'utf8')
    await writeFile(join(dir, 'src', 'b.txt'), '---\nsource: s\ndate: 1403-13-01\n---\nt\nb.')
    expect(await main([join(dir, 'src'), out], io)).toBe(1)
    expect(stderr[0]).toBe(`${join(dir, 'src', 'b.txt')}:3: date: "1403-13-01": Jalali date 1403-13-1 does not exist`)
    expect(await readFile(out, 'utf8')).toBe(before)
  })

  it('explains usage errors', async () => {
    expect(await main([join(dir, 'src')], io)).toBe(2)
    expect(await main([join(dir, 'src'), out, '--colour', 'x'], io)).toBe(2)
    expect(stderr.join('\n')).toContain('unknown option --colour')
    expect(await main([join(dir, 'src'), out], io)).toBe(1) // empty folder
    expect(stderr.at(-1)).toContain('no .txt or .md files')
  })
})

describe('archive-build CLI', () => {
  it('runs under tsx and sets the exit code', async () => {
    await writeFile(join(dir, 'src', 'a.txt'), article('a', 'تیتر'))
    const run = promisify(execFile)
    const ok = await run('npx', ['tsx', 'scripts/archive-build.ts', join(dir, 'src'), out])
    expect(ok.stdout).toContain('1 item(s)')
    await expect(run('npx', ['tsx', 'scripts/archive-build.ts', join(dir, 'missing'), out])).rejects.toMatchObject({ code: 1 })
  }, 90_000) // two tsx start-ups that also load the analyser's lexicon, on a shared machine
})
