// npm run archive:originality -- <folder of source texts> [--archive archive] [--all] [--list-missing]
// For each digest in the archive sources, compares its words with <folder>/<item-id>.txt (the
// report as read, kept outside the repository) and prints the longest run of shared words.
// Exit 1 when a run reaches MAX_RUN words or a digest has no source text; 2 on usage errors.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildPack, type SourceFile } from '../src/shared/archive/buildPack'
import { longestSharedRun, itemSegments, wordCount } from '../src/shared/archive/originality'
import type { ArchiveItem } from '../src/shared/archive/schema'
import { exitQuietlyOnClosedPipe } from './lib/quietPipe'

/** DESIGN.md §8: no run of six or more words shared with the source. */
export const MAX_RUN = 6

const USAGE = `usage: npm run archive:originality -- <folder of source texts> [--archive <folder>] [--all] [--list-missing]
  <folder>/<item-id>.txt holds the text of the report each digest was written from.
  --archive       the archive sources (default: archive)
  --all           check articles too, not only digests
  --list-missing  name every item without a source text (default: only count them)`

interface Io {
  stdout: (line: string) => void
  stderr: (line: string) => void
}

export interface Row {
  id: string
  words: number
  run: number
  text: string
}

export async function main(argv: readonly string[], io: Io = { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }): Promise<number> {
  const args = parseArgs(argv)
  if ('error' in args) {
    io.stderr(`archive:originality: ${args.error}\n${USAGE}`)
    return 2
  }
  const items = await readArchive(args.archive, io)
  if (!items) return 1
  const checked = items.filter((item) => args.all || item.kind === 'digest')
  if (checked.length === 0) {
    io.stderr(`archive:originality: no ${args.all ? 'items' : 'digests'} in ${args.archive}`)
    return 1
  }
  const rows: Row[] = []
  const missing: string[] = []
  for (const item of checked) {
    let source: string
    try {
      source = await readFile(join(args.folder, `${item.id}.txt`), 'utf8')
    } catch {
      missing.push(item.id)
      continue
    }
    const run = longestSharedRun(itemSegments(item), source)
    rows.push({ id: item.id, words: wordCount(item), run: run.length, text: run.words.join(' ') })
  }
  for (const line of formatTable(rows)) io.stdout(line)
  const tooLong = rows.filter((r) => r.run >= MAX_RUN)
  io.stdout('')
  io.stdout(`${rows.length} checked, ${tooLong.length} with a run of ${MAX_RUN}+ words, ${missing.length} without a source text in ${args.folder}`)
  if (missing.length > 0) {
    io.stdout(args.listMissing ? `missing: ${missing.join(', ')}` : 'add --list-missing to name the items without a source text')
  }
  return tooLong.length > 0 || missing.length > 0 ? 1 : 0
}

export function formatTable(rows: readonly Row[]): string[] {
  const header = ['id', 'words', 'longest run', 'run']
  const cells = rows.map((r) => [r.id, String(r.words), String(r.run), r.run >= MAX_RUN ? `${r.text}  ← ${MAX_RUN}+` : r.text])
  const width = (c: number): number => Math.max(header[c]!.length, ...cells.map((row) => row[c]!.length))
  const line = (row: string[]): string => `| ${row.map((cell, c) => (c < 3 ? cell.padEnd(width(c)) : cell)).join(' | ')} |`
  return [line(header), `|${[0, 1, 2].map((c) => '-'.repeat(width(c) + 2)).join('|')}|-----|`, ...cells.map(line)]
}

async function readArchive(folder: string, io: Io): Promise<ArchiveItem[] | undefined> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter((n) => /\.(txt|md|markdown)$/i.test(n)).sort()
  } catch (error) {
    io.stderr(`archive:originality: cannot read ${folder}: ${(error as Error).message}`)
    return undefined
  }
  const files: SourceFile[] = await Promise.all(names.map(async (n) => ({ name: join(folder, n), text: await readFile(join(folder, n), 'utf8') })))
  const result = await buildPack(files, { id: 'check', title: { fa: 'check', en: 'check' }, version: '1', createdAt: new Date(0).toISOString() })
  if (!result.ok) {
    for (const error of result.errors) io.stderr(error)
    io.stderr(`archive:originality: ${folder} does not build; fix it first (npm run archive:build)`)
    return undefined
  }
  return result.pack.items
}

function parseArgs(argv: readonly string[]): { folder: string; archive: string; all: boolean; listMissing: boolean } | { error: string } {
  const positional: string[] = []
  let archive = 'archive'
  let all = false
  let listMissing = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--all') all = true
    else if (arg === '--list-missing') listMissing = true
    else if (arg === '--archive') {
      const value = argv[++i]
      if (value === undefined) return { error: '--archive needs a folder' }
      archive = value
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` }
    else positional.push(arg)
  }
  if (positional.length !== 1) return { error: 'expected one folder of source texts' }
  return { folder: positional[0] as string, archive, all, listMissing }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitQuietlyOnClosedPipe()
  process.exitCode = await main(process.argv.slice(2))
}
