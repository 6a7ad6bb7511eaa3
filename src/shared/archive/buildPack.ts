// Source files → validated pack, with every problem named by file and line. Pure (no file system),
// so the CLI in scripts/archive-build.ts stays a thin shell and the app could reuse it.
import { assemblePack, type PackManifestInput } from './assemblePack'
import { formatPackError } from './packErrors'
import { parsePack } from './parsePack'
import type { ArchiveItemDraft, Pack } from './schema'
import { SourceTextError, lineOfField, parseSourceArticle, type ParsedSourceArticle } from './sourceText'

export interface SourceFile {
  /** Shown in errors, e.g. `archive/000_x.txt`. */
  name: string
  text: string
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; errors: string[] }

export async function buildPack(files: readonly SourceFile[], manifest: PackManifestInput): Promise<BuildResult> {
  const errors: string[] = []
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
  const result = await parsePack(await assemblePack(drafts, manifest))
  if (result.ok) return result
  return {
    ok: false,
    errors: result.errors.map((error) => {
      if (error.itemIndex === undefined) return `pack: ${formatPackError(error)}`
      const file = files[error.itemIndex]?.name ?? `item ${error.itemIndex}`
      const line = lineOfField(parsed[error.itemIndex]?.fieldLines ?? new Map(), error.path) ?? 1
      return `${file}:${line}: ${error.path}: ${error.message}`
    })
  }
}
