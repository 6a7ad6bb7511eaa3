// Source files → validated pack, with every problem named by file and line. Pure (no file system),
// so the CLI in scripts/archive-build.ts stays a thin shell and the app could reuse it.
import { assemblePack, type PackManifestInput } from './assemblePack'
import { editionSchema, type Edition } from './editions'
import { formatPackError, formatPath, plainEnglishIssue } from './packErrors'
import { parsePack } from './parsePack'
import type { ArchiveItemDraft, Pack } from './schema'
import { SourceTextError, lineOfField, parseSourceArticle, type ParsedSourceArticle } from './sourceText'

export interface SourceFile {
  /** Shown in errors, e.g. `archive/000_x.txt`. */
  name: string
  text: string
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; errors: string[] }

/**
 * `editionFiles` (archive/editions/*.json) are included in the pack's `editions` when given, even
 * as an empty list; without them the pack has no `editions` field, exactly as before editions.
 */
export async function buildPack(
  files: readonly SourceFile[],
  manifest: PackManifestInput,
  editionFiles?: readonly SourceFile[]
): Promise<BuildResult> {
  const errors: string[] = []
  const editions = editionFiles === undefined ? undefined : readEditionFiles(editionFiles, errors)
  const parsed: ParsedSourceArticle[] = []
  for (const file of files) {
    try {
      parsed.push(parseSourceArticle(file.text, file.name))
    } catch (error) {
      if (!(error instanceof SourceTextError)) throw error
      errors.push(`${file.name}:${error.line}: ${error.message}`)
    }
  }
  if (errors.length > 0) return { ok: false, errors }

  const firstFileOfId = new Map<string, string>()
  parsed.forEach(({ item, fieldLines }, i) => {
    const file = (files[i] as SourceFile).name
    const earlier = firstFileOfId.get(item.id)
    if (earlier) errors.push(`${file}:${fieldLines.get('id') ?? 1}: id "${item.id}" is already used by ${earlier}`)
    else firstFileOfId.set(item.id, file)
  })
  if (errors.length > 0) return { ok: false, errors }

  const drafts: ArchiveItemDraft[] = parsed.map((p) => p.item)
  const result = await parsePack(await assemblePack(drafts, manifest, editions?.map((e) => e.edition)))
  if (result.ok) return result
  return {
    ok: false,
    errors: result.errors.map((error) => {
      const edition = /^editions\[(\d+)\]\.?(.*)$/.exec(error.path)
      if (edition && editions) return `${editions[Number(edition[1])]?.file ?? 'editions'}: ${edition[2] || '(edition)'}: ${error.message}`
      if (error.itemIndex === undefined) return `pack: ${formatPackError(error)}`
      const file = files[error.itemIndex]?.name ?? `item ${error.itemIndex}`
      const line = lineOfField(parsed[error.itemIndex]?.fieldLines ?? new Map(), error.path) ?? 1
      return `${file}:${line}: ${error.path}: ${error.message}`
    })
  }
}

/** Validates each edition file on its own (so errors name the file), ordered by edition number. */
function readEditionFiles(files: readonly SourceFile[], errors: string[]): { file: string; edition: Edition }[] {
  const editions: { file: string; edition: Edition }[] = []
  for (const file of files) {
    let json: unknown
    try {
      json = JSON.parse(file.text)
    } catch (error) {
      errors.push(`${file.name}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    const parsed = editionSchema.safeParse(json, { error: plainEnglishIssue })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${file.name}: ${formatPath(issue.path) || '(edition)'}: ${issue.message}`)
      continue
    }
    const expected = file.name.replace(/^.*[\\/]/, '').replace(/\.json$/i, '')
    if (parsed.data.id !== expected) {
      errors.push(`${file.name}: id: is "${parsed.data.id}" but the file name says "${expected}"`)
      continue
    }
    editions.push({ file: file.name, edition: parsed.data })
  }
  return editions.sort((a, b) => a.edition.number - b.edition.number)
}
