/**
 * The prebuilt search index shipped beside the bundled pack must be the one archive:build makes
 * from it now: same pack hash, current analyser, same bytes. When this fails after an analyser
 * or pack change, run: npm run archive:build -- archive resources/archive/elecomp.pack.json
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parsePackText } from '../src/shared/archive/parsePack'
import { readIndexFile } from '../src/shared/search/indexFile'
import { buildPackIndexFile } from '../src/shared/search/packIndex'

const PACK = 'resources/archive/elecomp.pack.json'
const INDEX = 'resources/archive/elecomp.index.bin'
const REBUILD = 'stale: run npm run archive:build -- archive resources/archive/elecomp.pack.json'

describe('the bundled prebuilt index', () => {
  it('is current for the bundled pack and the analyser, byte for byte what archive:build writes', async () => {
    const parsed = await parsePackText(await readFile(PACK, 'utf8'))
    if (!parsed.ok) throw new Error('bundled pack is invalid')
    const bytes = new Uint8Array(await readFile(INDEX))
    const read = readIndexFile(bytes, { packId: parsed.pack.manifest.id, packContentHash: parsed.pack.manifest.contentHash })
    expect(read.ok ? 'ok' : read.message, REBUILD).toBe('ok')
    expect(Buffer.from(buildPackIndexFile(parsed.pack)).equals(Buffer.from(bytes)), REBUILD).toBe(true)
    expect(bytes.length).toBeLessThan(1024 * 1024) // small enough to ship beside a 250 KB pack
  }, 60_000)
})
