import { describe, expect, it } from 'vitest'
import { assemblePack } from './assemblePack'
import type { Edition } from './editions'
import { itemContentHash, packContentHash, sha256Hex } from './hash'
import { parsePack } from './parsePack'
import type { ArchiveItemDraft, Pack } from './schema'
import { PackRefusedError, startPackCheck, type StagedPack } from './stagedPack'

const manifest = { id: 'staged', title: { fa: 'آزمون', en: 'Test' }, version: '1', createdAt: '2026-11-30T12:00:00Z' }

const draft = (id: string): ArchiveItemDraft => ({
  id,
  title: `تیتر ${id}`,
  body: [{ kind: 'paragraph', text: 'نمایشگاه الکامپ امروز آغاز شد.' }],
  source: { name: 'منبع آزمون' },
  event: { id: 'elecomp-27', fa: 'الکامپ ۲۷', en: 'Elecomp 27' },
  published: { precision: 'event' },
  tags: [],
  summaries: [{ lang: 'en', text: 'The exhibition opened.', provenance: 'curated' }]
})

const edition: Edition = { id: 'elecomp-27', number: 27, facts: [{ kind: 'venue', fa: 'شهر آفتاب', en: 'Shahr-e Aftab', cite: ['item-1'] }] }

async function packJson(count = 5, editions?: Edition[]): Promise<Pack> {
  return structuredClone(await assemblePack(Array.from({ length: count }, (_, i) => draft(`item-${i}`)), manifest, editions))
}

async function started(json: unknown, options = {}): Promise<StagedPack> {
  const start = await startPackCheck(json, options)
  if (!start.ok) throw new Error(`refused: ${JSON.stringify(start.errors)}`)
  return start.pack
}

/** What the two stages together say of a pack: its items, or the errors. */
async function stagedVerdict(json: unknown): Promise<Awaited<ReturnType<typeof parsePack>>> {
  const start = await startPackCheck(json)
  return start.ok ? start.pack.done : start
}

/** A gate the check waits at between chunks, opened by the test. */
function gate(): { pause: () => Promise<void>; open: () => void } {
  let open = false
  let releases: (() => void)[] = []
  return {
    pause: () => (open ? Promise.resolve() : new Promise<void>((resolve) => releases.push(resolve))),
    open: () => {
      open = true
      for (const release of releases) release()
      releases = []
    }
  }
}

/** Whether the promise settles within a while (hashing is real asynchronous work). */
const settlesSoon = (promise: Promise<unknown>): Promise<boolean> =>
  Promise.race([promise.then(() => true, () => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))])

describe('startPackCheck', () => {
  it('hands out the same items parsePack accepts, and ends with the same pack', async () => {
    const json = await packJson(7, [edition])
    expect((await parsePack(json)).ok).toBe(true)
    const pack = await started(json, { chunk: 2 })
    expect(pack.manifest).toEqual(json.manifest)
    expect(pack.editions).toEqual([edition])
    expect(await pack.items(2, 3)).toEqual(json.items.slice(2, 5))
    expect(await pack.items(5, 500)).toEqual(json.items.slice(5))
    expect(await pack.done).toEqual(await parsePack(json))
    expect(pack.failed()).toBe(false)
  })

  it('gives no item out before it is checked: a page waits for its last item', async () => {
    const json = await packJson(5)
    const checks = gate()
    const pack = await started(json, { chunk: 2, pause: checks.pause })
    const page = pack.items(0, 3)
    expect(await settlesSoon(page)).toBe(false) // two checked, the third not yet
    checks.open()
    expect(await page).toEqual(json.items.slice(0, 3))
  })

  it('serves the pack from the claimed hashes at once, and refuses it when an item turns out edited', async () => {
    const json = await packJson(6)
    json.items[4]!.title = 'تیتر دستکاری‌شده' // its own hash no longer matches it; the manifest's hash still matches the claims
    const checks = gate()
    const pack = await started(json, { chunk: 2, pause: checks.pause })
    expect(await pack.items(0, 2)).toEqual(json.items.slice(0, 2))
    const page = pack.items(2, 4)
    checks.open()
    await expect(page).rejects.toBeInstanceOf(PackRefusedError)
    await expect(pack.items(0, 1)).rejects.toThrow(/"staged" was refused/)
    expect(pack.failed()).toBe(true)
    expect(await pack.done).toEqual(await parsePack(json))
  })

  it('checks at full speed only a little past the furthest page asked for, and the rest slowly', async () => {
    const json = await packJson(40)
    const slow = await started(json, { chunk: 2, lookahead: 4, idleMs: 60_000 })
    expect(await slow.items(0, 4)).toEqual(json.items.slice(0, 4))
    // Nothing asked past item 26: the check waits (a minute between chunks here) short of the end...
    expect(await slow.items(20, 2)).toEqual(json.items.slice(20, 22))
    expect(await settlesSoon(slow.done)).toBe(false)
    // ...and a page asked for further on is checked at once, without waiting out the pause.
    expect(await settlesSoon(slow.items(36, 4))).toBe(true)
    expect(await settlesSoon(slow.done)).toBe(true)
    // With nothing asked at all, the check still reaches the end on its own.
    const background = await started(json, { chunk: 2, lookahead: 4, idleMs: 1 })
    expect(await background.done).toEqual(await parsePack(json))
  })

  it('uses the hash it is given', async () => {
    const json = await packJson(3, [edition])
    let calls = 0
    const counted = (text: string): Promise<string> => {
      calls++
      return sha256Hex(text)
    }
    const pack = await started(json, { sha: counted })
    expect((await pack.done).ok).toBe(true)
    expect(calls).toBe(2 + 3) // the editions and the pack at once, then each item
  })

  // Every way a pack can be wrong that parsePack's own tests cover: the two stages together must
  // refuse each one with exactly parsePack's errors (and accept what it accepts).
  const breakages: [string, (json: Pack) => void | Promise<void>][] = [
    ['nothing (valid)', () => {}],
    ['a field of the wrong type in an item', (json) => void ((json.items[3] as unknown as { title: number }).title = 1)],
    ['an unknown field in an item', (json) => void ((json.items[1] as unknown as Record<string, unknown>).colour = 'red')],
    ['an item without an id', (json) => void delete (json.items[2] as Partial<Pack['items'][number]>).id],
    ['an item that is not an object', (json) => void ((json.items as unknown[])[2] = 'item')],
    ['a duplicate id (hashes redone)', async (json) => {
      json.items[2]!.id = 'item-1'
      json.items[2]!.contentHash = await itemContentHash(json.items[2]!)
    }],
    ['a wrong item count', (json) => void (json.manifest.itemCount = 9)],
    ['edited content whose hash was not updated', (json) => void (json.items[0]!.title = 'دیگر')],
    ['a re-hashed item the manifest does not cover', async (json) => {
      json.items[0]!.title = 'دیگر'
      json.items[0]!.contentHash = await itemContentHash(json.items[0]!)
    }],
    ['an item its schema refuses, with every hash made to match', async (json) => {
      json.items[3]!.title = ' '
      json.items[3]!.contentHash = await itemContentHash(json.items[3]!)
      json.manifest.contentHash = await packContentHash(json.items, json.editions)
    }],
    ['a tampered manifest hash', (json) => void (json.manifest.contentHash = '0'.repeat(64))],
    ['a malformed item hash', (json) => void (json.items[1]!.contentHash = 'abc')],
    ['an edition citing no item of the pack', (json) => void (json.editions![0]!.facts[0]!.cite = ['elsewhere'])],
    ['two editions with one id', (json) => void json.editions!.push(structuredClone(json.editions![0]!))],
    ['an edited edition', (json) => void (json.editions![0]!.facts[0]!.en = 'Elsewhere')],
    ['an unknown format', (json) => void ((json as unknown as { format: string }).format = 'other')],
    ['an unknown top-level field', (json) => void ((json as unknown as Record<string, unknown>).extra = 1)]
  ]
  it.each(breakages)('accepts and refuses exactly as parsePack does: %s', async (_, breakIt) => {
    const json = await packJson(5, [edition])
    await breakIt(json)
    const expected = await parsePack(json)
    expect(await stagedVerdict(json)).toEqual(expected)
  })

  it('refuses what is not a pack at all with parsePack’s errors', async () => {
    for (const json of [null, 'pack', [], 42]) expect(await stagedVerdict(json)).toEqual(await parsePack(json))
  })
})
