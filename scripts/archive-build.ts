// npm run archive:build -- <folder> <out.pack.json> [options]
// Reads every .txt/.md in <folder> (sorted by name) and <folder>/editions/*.json, builds and validates the pack, and writes it
// atomically. Manifest defaults come from <folder>/pack.json when present; flags override them.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { buildPack, type SourceFile } from '../src/shared/archive/buildPack'
import type { PackManifestInput } from '../src/shared/archive/assemblePack'
import { parsePackText } from '../src/shared/archive/parsePack'
import type { Pack } from '../src/shared/archive/schema'
import { buildPackIndexFile, indexFileNameFor } from '../src/shared/search/packIndex'

const USAGE = `usage: npm run archive:build -- <folder> <out.pack.json> [--id ID] [--title-fa TEXT] [--title-en TEXT]
                                  [--version V] [--created-at ISO-DATE-TIME]
Defaults: <folder>/pack.json ({ "id", "title": { "fa", "en" }, "version" }), else id from the output
file name, version "1". createdAt is kept from an existing output with the same content, else now.`

const SOURCE_FILE = /\.(txt|md|markdown)$/i
/** `<folder>/editions/*.json`: one file per edition; without the folder the pack has no editions. */
const EDITIONS_FOLDER = 'editions'

const packDefaultsSchema = z.strictObject({
  id: z.string().optional(),
  title: z.strictObject({ fa: z.string(), en: z.string() }).optional(),
  version: z.string().optional()
})

interface Io {
  stdout: (line: string) => void
  stderr: (line: string) => void
}

const consoleIo: Io = { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }

/** Runs the build; returns the process exit code. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const args = parseArgs(argv)
  if ('error' in args) {
    io.stderr(`archive:build: ${args.error}\n${USAGE}`)
    return 2
  }
  const [folder, out] = args.positional as [string, string]
  try {
    const names = (await readdir(folder)).filter((n) => SOURCE_FILE.test(n)).sort()
    if (names.length === 0) {
      io.stderr(`archive:build: no .txt or .md files in ${folder}`)
      return 1
    }
    const files: SourceFile[] = await Promise.all(
      names.map(async (n) => ({ name: join(folder, n), text: await readFile(join(folder, n), 'utf8') }))
    )
    const manifest = await resolveManifest(folder, out, args.flags)
    const editionFiles = await readEditionFiles(join(folder, EDITIONS_FOLDER))
    const result = await buildPack(files, manifest, editionFiles)
    if (!result.ok) {
      for (const error of result.errors) io.stderr(error)
      io.stderr(`archive:build: ${result.errors.length} error(s); ${out} was not written`)
      return 1
    }
    const pack = args.flags['created-at'] ? result.pack : await keepCreatedAtIfUnchanged(result.pack, out)
    await writeAtomically(out, `${JSON.stringify(pack, null, 2)}\n`)
    const editionCount = pack.editions ? `, ${pack.editions.length} edition(s)` : ''
    io.stdout(`archive:build: wrote ${out}: ${pack.manifest.itemCount} item(s)${editionCount}, contentHash ${pack.manifest.contentHash}`)
    // The prebuilt search index beside it, so a first start loads instead of building.
    const indexFile = join(dirname(out), indexFileNameFor(basename(out)))
    const index = buildPackIndexFile(pack)
    await writeAtomically(indexFile, index)
    io.stdout(`archive:build: wrote ${indexFile}: ${index.length} bytes`)
    return 0
  } catch (error) {
    io.stderr(`archive:build: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

type Flag = 'id' | 'title-fa' | 'title-en' | 'version' | 'created-at'
const FLAGS: readonly Flag[] = ['id', 'title-fa', 'title-en', 'version', 'created-at']

function parseArgs(argv: readonly string[]): { positional: string[]; flags: Partial<Record<Flag, string>> } | { error: string } {
  const positional: string[] = []
  const flags: Partial<Record<Flag, string>> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined]
    if (!(FLAGS as readonly string[]).includes(name)) return { error: `unknown option --${name}` }
    const value = inline ?? argv[++i]
    if (value === undefined) return { error: `--${name} needs a value` }
    flags[name as Flag] = value
  }
  if (positional.length !== 2) return { error: 'expected a source folder and an output file' }
  return { positional, flags }
}

async function readEditionFiles(dir: string): Promise<SourceFile[] | undefined> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json')).sort()
  } catch {
    return undefined
  }
  return Promise.all(names.map(async (n) => ({ name: join(dir, n), text: await readFile(join(dir, n), 'utf8') })))
}

async function resolveManifest(folder: string, out: string, flags: Partial<Record<Flag, string>>): Promise<PackManifestInput> {
  const defaults = await readPackDefaults(join(folder, 'pack.json'))
  const id = flags.id ?? defaults.id ?? basename(out).replace(/(\.pack)?\.json$/i, '')
  return {
    id,
    title: {
      fa: flags['title-fa'] ?? defaults.title?.fa ?? id,
      en: flags['title-en'] ?? defaults.title?.en ?? id
    },
    version: flags.version ?? defaults.version ?? '1',
    createdAt: flags['created-at'] ?? new Date().toISOString()
  }
}

async function readPackDefaults(path: string): Promise<z.infer<typeof packDefaultsSchema>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return {}
  }
  const parsed = packDefaultsSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data
}

/** Rebuilding unchanged sources should give an identical file, so reuse the old timestamp. */
async function keepCreatedAtIfUnchanged(pack: Pack, out: string): Promise<Pack> {
  let previous: Pack
  try {
    const result = await parsePackText(await readFile(out, 'utf8'))
    if (!result.ok) return pack
    previous = result.pack
  } catch {
    return pack
  }
  const same = JSON.stringify({ ...previous.manifest, createdAt: '' }) === JSON.stringify({ ...pack.manifest, createdAt: '' })
  return same ? { ...pack, manifest: { ...pack.manifest, createdAt: previous.manifest.createdAt } } : pack
}

/** Write beside the target, then rename: readers never see a half-written pack. */
async function writeAtomically(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temp, text, typeof text === 'string' ? 'utf8' : undefined)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
