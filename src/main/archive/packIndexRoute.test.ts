import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packIdFromIndexPath, packIndexPath } from '../../shared/host/packIndexPath'
import { buildPackIndexFile } from '../../shared/search/packIndex'
import { draft, testPack } from '../../testSupport/packs'
import { testPlatform } from '../../testSupport/platform'
import { packStoreFor } from '../handlers'
import { packIndexResponse } from './packIndexRoute'

function storeWith(files: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-pack-index-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), Buffer.isBuffer(content) ? content : JSON.stringify(content))
  return packStoreFor(testPlatform({ archiveDir: dir }))
}

describe('the pack index route', () => {
  it("serves a pack's prebuilt index, byte for byte, only when its header names this very pack", async () => {
    const pack = await testPack('p', [draft('a', 'نمایشگاه الکامپ')])
    const older = await testPack('p', [draft('a', 'نمایشگاه الکامپ'), draft('b', 'تراکنش')])
    const file = Buffer.from(buildPackIndexFile(pack))
    const served = await packIndexResponse(storeWith({ 'p.pack.json': pack, 'p.index.bin': file }), packIndexPath('p'))
    expect(served.status).toBe(200)
    expect(served.headers.get('Content-Type')).toBe('application/octet-stream')
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(Buffer.from(await served.arrayBuffer()).equals(file)).toBe(true)
    // Stale (another version of the pack), truncated, absent, unknown pack: 404, so the renderer builds.
    const notFound = async (files: Record<string, unknown>, path = packIndexPath('p')): Promise<number> => (await packIndexResponse(storeWith(files), path)).status
    expect(await notFound({ 'p.pack.json': pack, 'p.index.bin': Buffer.from(buildPackIndexFile(older)) })).toBe(404)
    expect(await notFound({ 'p.pack.json': pack, 'p.index.bin': file.subarray(0, file.length - 5) })).toBe(404)
    expect(await notFound({ 'p.pack.json': pack })).toBe(404)
    expect(await notFound({ 'p.pack.json': pack, 'p.index.bin': file }, packIndexPath('other'))).toBe(404)
    expect(await notFound({ 'p.pack.json': pack, 'p.index.bin': file }, '/pack-index/..%2Fp')).toBe(404)
  })

  it('reads a pack id only from an exact, well-formed path', () => {
    expect(packIdFromIndexPath(packIndexPath('elecomp'))).toBe('elecomp')
    expect(packIdFromIndexPath('/pack-index/elecomp-2')).toBe('elecomp-2')
    for (const bad of ['/pack-index/', '/pack-index/../x', '/pack-index/a%2Fb', '/pack-index/%E0%A4%A', '/pack-index/Elecomp', '/index.html', '/pack-index/a/b', `/pack-index/${'a'.repeat(500)}`]) {
      expect(packIdFromIndexPath(bad), bad).toBeNull()
    }
  })
})
