// Checks the real archive in archive/, whatever items it holds at the time: every source file and
// edition builds into a valid pack, every digest is cited properly, and ids do not move.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack, type SourceFile } from '../src/shared/archive/buildPack'
import { parsePackText } from '../src/shared/archive/parsePack'
import type { ArchiveItem, Pack } from '../src/shared/archive/schema'

const ARCHIVE = 'archive'
const BUNDLED = 'resources/archive/elecomp.pack.json'
const manifest = { id: 'elecomp', title: { fa: 'الکامپ', en: 'Elecomp' }, version: '1', createdAt: '2026-01-01T00:00:00Z' }

async function filesIn(dir: string, pattern: RegExp): Promise<SourceFile[] | undefined> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => pattern.test(n)).sort()
  } catch {
    return undefined
  }
  return Promise.all(names.map(async (n) => ({ name: join(dir, n), text: await readFile(join(dir, n), 'utf8') })))
}

async function buildArchive(): Promise<Pack> {
  const sources = (await filesIn(ARCHIVE, /\.(txt|md|markdown)$/i)) ?? []
  const editions = await filesIn(join(ARCHIVE, 'editions'), /\.json$/i)
  const result = await buildPack(sources, manifest, editions)
  if (!result.ok) throw new Error(`archive/ does not build:\n${result.errors.join('\n')}`)
  return result.pack
}

const digests = (pack: Pack): ArchiveItem[] => pack.items.filter((i) => i.kind === 'digest')

describe('the archive in archive/', () => {
  it('builds into a valid pack (every item and edition validates, every citation resolves)', async () => {
    const pack = await buildArchive()
    expect(pack.items.length).toBeGreaterThan(0)
  })

  it('has digests that name the outlet, the original address, a date or event, and fa and en summaries', async () => {
    for (const item of digests(await buildArchive())) {
      const where = `digest ${item.id}`
      expect(item.id, where).toMatch(/^d-[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(item.source.name.trim(), where).not.toBe('')
      expect(item.source.nameEn, `${where}: sourceEn`).toBeTruthy()
      expect(item.url, `${where}: url`).toMatch(/^https?:\/\/[^/]+/)
      expect(item.published.precision !== 'event' || item.event !== undefined, `${where}: a date or an event`).toBe(true)
      for (const lang of ['fa', 'en'] as const) {
        expect(item.summaries.find((s) => s.lang === lang)?.text.trim(), `${where}: summary_${lang}`).toBeTruthy()
      }
      const paragraphs = item.body.filter((b) => b.kind === 'paragraph').length
      expect(paragraphs, `${where}: 3–8 paragraphs`).toBeGreaterThanOrEqual(3)
      expect(paragraphs, `${where}: 3–8 paragraphs`).toBeLessThanOrEqual(8)
    }
  })

  it('has editions whose facts cite digests about them, each edition with at least one item', async () => {
    const pack = await buildArchive()
    const byId = new Map(pack.items.map((i) => [i.id, i]))
    for (const edition of pack.editions ?? []) {
      for (const fact of edition.facts) {
        for (const id of fact.cite) expect(byId.has(id), `${edition.id} cites ${id}`).toBe(true)
      }
      expect(pack.items.some((i) => i.event?.id === edition.id), `${edition.id} has items`).toBe(true)
    }
  })

  it('gives the same ids and hashes on every build, and keeps every id the bundled pack already has', async () => {
    const [first, second] = [await buildArchive(), await buildArchive()]
    expect(second.items.map((i) => [i.id, i.contentHash])).toEqual(first.items.map((i) => [i.id, i.contentHash]))
    expect(second.manifest.contentHash).toBe(first.manifest.contentHash)
    // Annotations and citations hold ids: an id in the shipped pack must not disappear from the sources.
    const bundled = await parsePackText(await readFile(BUNDLED, 'utf8'))
    if (!bundled.ok) throw new Error('the bundled pack is invalid')
    const ids = new Set(first.items.map((i) => i.id))
    for (const item of bundled.pack.items) expect(ids.has(item.id), `${item.id} is still in archive/`).toBe(true)
  })
})
