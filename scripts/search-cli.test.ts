import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assemblePack } from '../src/shared/archive/assemblePack'
import type { ArchiveItemDraft } from '../src/shared/archive/schema'

let dir: string
let packPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-cli-'))
  packPath = join(dir, 'many.pack.json')
  // Enough hits that the output is far larger than a pipe buffer, so `head` closes it mid-write.
  const drafts: ArchiveItemDraft[] = Array.from({ length: 400 }, (_, i) => ({
    id: `item-${i}`,
    title: `نمایشگاه الكامپ شماره ${i}`,
    body: [{ kind: 'paragraph', text: 'نمایشگاه الکامپ در تهران برپا شد و غرفه‌های نمایشگاه شلوغ بود.' }],
    source: { name: 'منبع آزمون' },
    published: { precision: 'year', jalali: { year: 1397 } },
    tags: [],
    summaries: []
  }))
  const pack = await assemblePack(drafts, { id: 'many', title: { fa: 'آزمون', en: 'Test' }, version: '1', createdAt: '2026-01-01T00:00:00Z' })
  await writeFile(packPath, JSON.stringify(pack))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('search CLI in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const run = promisify(execFile)
    const { stdout, stderr } = await run('bash', [
      '-o', 'pipefail', '-c', `npx tsx scripts/search-cli.ts --pack '${packPath}' --limit 400 نمایشگاه | head -n 1`
    ])
    expect(stdout).toMatch(/^400 hit\(s\)/)
    expect(stderr).not.toMatch(/EPIPE|Error/)
  })
})
