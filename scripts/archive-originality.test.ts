import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from './archive-originality'

const digest = (id: string, paragraph: string): string =>
  `---\nid: ${id}\nkind: digest\nsource: خبرگزاری آزمون\nurl: https://example.org/${id}\ndate: 1397-05\n` +
  `summary_fa: خلاصهٔ کوتاه ما.\nsummary_en: Our short summary.\n---\nتیتر خود ما\n${paragraph}\n`

// The "source" texts are written for this test, shaped like a news page (byline, boilerplate).
const SOURCE = 'سرویس فناوری — نمايشگاه الكامپ امسال در شهر آفتاب برگزار مي‌شود و ۵۰۰ شرکت در آن حضور دارند. انتهای پیام'

let dir: string
let out: string[]
const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => out.push(l) }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'originality-'))
  await mkdir(join(dir, 'archive'))
  await mkdir(join(dir, 'sources'))
  out = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const run = (...flags: string[]): Promise<number> => main([join(dir, 'sources'), '--archive', join(dir, 'archive'), ...flags], io)

describe('archive:originality', () => {
  it('passes digests in their own words and prints the table', async () => {
    await writeFile(join(dir, 'archive', 'a.txt'), digest('d-e24-own', 'به نوشتهٔ این خبرگزاری، محل برپایی الکامپ امسال به شهر آفتاب منتقل شده است.'))
    await writeFile(join(dir, 'sources', 'd-e24-own.txt'), SOURCE)
    expect(await run()).toBe(0)
    expect(out[0]).toMatch(/^\| id\s+\| words \| longest run \| run \|$/)
    expect(out.find((l) => l.startsWith('| d-e24-own'))).toMatch(/^\| d-e24-own \| 23\s+\| 2\s+\| الکامپ امسال \|$/)
    expect(out.at(-1)).toBe(`1 checked, 0 with a run of 6+ words, 0 without a source text in ${join(dir, 'sources')}`)
  })

  it('fails on a run of six or more words, even with other letters, digits and spacing', async () => {
    await writeFile(join(dir, 'archive', 'a.txt'), digest('d-e24-copy', 'به گزارش این رسانه، نمایشگاه الکامپ امسال در شهر آفتاب برپا خواهد شد و 500 شرکت در آن حضور دارند.'))
    await writeFile(join(dir, 'sources', 'd-e24-copy.txt'), SOURCE)
    expect(await run()).toBe(1)
    expect(out.join('\n')).toMatch(/\| 7\s+\| و 500 شرکت در آن حضور دارند  ← 6\+ \|/)
  })

  it('fails when a digest has no source text, and names it on request; articles are skipped unless --all', async () => {
    await writeFile(join(dir, 'archive', 'a.txt'), digest('d-e24-missing', 'به نوشتهٔ این خبرگزاری، متنی تازه.'))
    await writeFile(join(dir, 'archive', 'b.txt'), '---\nid: seed\nsource: s\ndate: 1403\n---\nتیتر\nمتن مقاله.\n')
    expect(await run()).toBe(1)
    expect(out.join('\n')).toContain('add --list-missing')
    out = []
    expect(await run('--list-missing', '--all')).toBe(1)
    expect(out.join('\n')).toContain('missing: d-e24-missing, seed')
  })

  it('explains usage errors', async () => {
    expect(await main([], io)).toBe(2)
    expect(await main(['x', '--colour'], io)).toBe(2)
    expect(out.join('\n')).toContain('unknown option --colour')
  })
})
