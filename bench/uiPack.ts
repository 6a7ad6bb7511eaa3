/**
 * A bundled archive of N synthetic articles for the UI benchmark: the seed pack plus one generated
 * pack, written once per size into bench/corpora/ (ignored by git) and reused by later runs.
 * Bodies are shorter than bench/corpus.ts's 600 words (three paragraphs of 60), so that a pack of
 * 100,000 stays under V8's longest string when the main process reads it.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { assemblePack } from '../src/shared/archive/assemblePack'
import type { ArchiveItemDraft, Pack } from '../src/shared/archive/schema'
import { readIndexFile } from '../src/shared/search/indexFile'
import { buildPackIndexFile, indexFileNameFor } from '../src/shared/search/packIndex'
import { CorpusGenerator, rng } from './corpus'

const LAYOUT_VERSION = 1

const packDir = (articles: number): string => resolve(`bench/corpora/ui-archive-${articles}-v${LAYOUT_VERSION}`)
const packFile = (articles: number): string => join(packDir(articles), `bench-${articles}.pack.json`)

const indexFile = (articles: number): string => join(packDir(articles), indexFileNameFor(`bench-${articles}.pack.json`))

/**
 * The folder to pass as the archive: the seed pack and `bench-<n>.pack.json`, each with its
 * prebuilt search index beside it as archive:build ships them. The pack and a missing or stale
 * index are written first, in a process of its own, so the benchmark's process (which also serves
 * the host's handlers) does not carry the assembled pack's garbage into its measurements.
 */
export async function benchArchiveDir(articles: number): Promise<string> {
  if (!existsSync(packFile(articles)) || !indexIsCurrent(articles)) {
    const child = spawnSync('npx', ['tsx', 'bench/uiPack.ts', '--write', String(articles)], { stdio: 'inherit' })
    if (child.status !== 0 || !existsSync(packFile(articles)) || !indexIsCurrent(articles)) {
      throw new Error(`could not write the benchmark pack of ${articles} articles and its index`)
    }
  }
  copyFileSync(resolve('resources/archive/elecomp.index.bin'), join(packDir(articles), 'elecomp.index.bin'))
  return packDir(articles)
}

function indexIsCurrent(articles: number): boolean {
  if (!existsSync(indexFile(articles)) || !existsSync(packFile(articles))) return false
  const pack = JSON.parse(readFileSync(packFile(articles), 'utf8')) as Pack
  return readIndexFile(new Uint8Array(readFileSync(indexFile(articles))), { packId: pack.manifest.id, packContentHash: pack.manifest.contentHash }).ok
}

/** Writes the pack's prebuilt index (as archive:build does for the bundled pack). */
function writeBenchIndex(articles: number): void {
  const started = performance.now()
  const pack = JSON.parse(readFileSync(packFile(articles), 'utf8')) as Pack
  writeFileSync(`${indexFile(articles)}.part`, buildPackIndexFile(pack))
  renameSync(`${indexFile(articles)}.part`, indexFile(articles))
  console.error(`(wrote ${indexFile(articles)} in ${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

/** Writes the pack of `articles` synthetic articles and the seed pack beside it. */
async function writeBenchPack(articles: number): Promise<void> {
  const dir = packDir(articles)
  const file = packFile(articles)
  mkdirSync(dir, { recursive: true })
  copyFileSync(resolve('resources/archive/elecomp.pack.json'), join(dir, 'elecomp.pack.json'))
  const started = performance.now()
  const pack = await assemblePack(benchDrafts(articles), {
    id: 'bench',
    title: { fa: 'آرشیو آزمایشی', en: 'Benchmark archive' },
    version: '1',
    createdAt: '2026-12-01T00:00:00Z'
  })
  writeFileSync(`${file}.part`, JSON.stringify(pack))
  renameSync(`${file}.part`, file)
  console.error(`(wrote ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

const SOURCES = ['زومیت', 'دیجیاتو', 'ایتنا', 'همشهری آنلاین', 'خبرگزاری مهر', 'ایسنا', 'دنیای اقتصاد', 'شرق', 'فارس', 'تسنیم', 'پیوست', 'آی‌تی‌ایران']
const TAGS = ['الکامپ', 'فیلترینگ', 'اقتصاد دیجیتال', 'تجارت الکترونیک', 'استارتاپ', 'بانکداری', 'امنیت', 'سیاست‌گذاری', 'نمایشگاه', 'اینترنت', 'پیام‌رسان', 'داده']

export function benchDrafts(count: number): ArchiveItemDraft[] {
  const gen = new CorpusGenerator()
  const next = rng(1234)
  const out: ArchiveItemDraft[] = []
  for (let i = 0; i < count; i++) {
    const source = SOURCES[Math.floor(next() * SOURCES.length)] as string
    const tagA = TAGS[Math.floor(next() * TAGS.length)] as string
    const tagB = TAGS[Math.floor(next() * TAGS.length)] as string
    const year = 1385 + Math.floor(next() * 20)
    const month = 1 + Math.floor(next() * 12)
    const day = 1 + Math.floor(next() * 29)
    out.push({
      id: `bench-${i}`,
      title: `${gen.words(7)} ${i}`,
      lead: gen.words(25),
      body: [0, 1, 2].map(() => ({ kind: 'paragraph' as const, text: gen.words(60) + '.' })),
      source: { name: source },
      published: { precision: 'day', jalali: { year, month, day } },
      tags: tagA === tagB ? [tagA] : [tagA, tagB],
      summaries: i % 4 === 0 ? [{ lang: 'fa', text: gen.words(30), provenance: 'curated' }] : []
    })
  }
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--write')
  const articles = Number(process.argv[i + 1])
  if (i === -1 || !Number.isInteger(articles) || articles < 1) throw new Error('usage: tsx bench/uiPack.ts --write <articles>')
  if (!existsSync(packFile(articles))) await writeBenchPack(articles)
  if (!indexIsCurrent(articles)) writeBenchIndex(articles)
}
