/**
 * A bundled archive of N synthetic articles for the UI benchmark: the seed pack plus one generated
 * pack, written once per size into bench/corpora/ (ignored by git) and reused by later runs.
 * Bodies are shorter than bench/corpus.ts's 600 words (three paragraphs of 60), so that a pack of
 * 100,000 stays under V8's longest string when the main process reads it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { assemblePack } from '../src/shared/archive/assemblePack'
import type { ArchiveItemDraft, Pack } from '../src/shared/archive/schema'
import { readIndexFile } from '../src/shared/search/indexFile'
import { buildPackIndexFile, indexFileNameFor } from '../src/shared/search/packIndex'
import { CorpusGenerator, rng } from './corpus'

const LAYOUT_VERSION = 1

/**
 * The folder to pass as the archive: the seed pack and `bench-<n>.pack.json`, each with its
 * prebuilt search index beside it as archive:build ships them (rewritten when stale).
 */
export async function benchArchiveDir(articles: number): Promise<string> {
  const dir = resolve(`bench/corpora/ui-archive-${articles}-v${LAYOUT_VERSION}`)
  const file = join(dir, `bench-${articles}.pack.json`)
  if (!existsSync(file)) await writeBenchPack(dir, file, articles)
  copyFileSync(resolve('resources/archive/elecomp.index.bin'), join(dir, 'elecomp.index.bin'))
  const index = join(dir, indexFileNameFor(`bench-${articles}.pack.json`))
  const pack = JSON.parse(readFileSync(file, 'utf8')) as Pack
  const info = { packId: pack.manifest.id, packContentHash: pack.manifest.contentHash }
  if (!existsSync(index) || !readIndexFile(new Uint8Array(readFileSync(index)), info).ok) {
    const started = performance.now()
    writeFileSync(`${index}.part`, buildPackIndexFile(pack))
    renameSync(`${index}.part`, index)
    console.error(`(wrote ${index} in ${((performance.now() - started) / 1000).toFixed(1)} s)`)
  }
  return dir
}

async function writeBenchPack(dir: string, file: string, articles: number): Promise<void> {
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
