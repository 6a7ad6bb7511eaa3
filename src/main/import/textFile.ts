// Plain text and Markdown laid out like the seed (first line the title, then paragraphs), with
// or without front matter. Without it the source and date are not known, and the item says so.
import { parseSourceArticle, slugFromFileName, SourceTextError } from '../../shared/archive/sourceText'
import type { ArchiveItemDraft } from '../../shared/archive/schema'
import { fallbackPublished, importedId } from './metadata'
import { blockText } from '../../shared/archive/plainText'

export async function readTextArticle(text: string, fileName: string, lastModified: number): Promise<ArchiveItemDraft> {
  const hasFrontMatter = /^\uFEFF?---[ \t]*\r?\n/.test(text)
  if (hasFrontMatter) {
    const { item } = parseSourceArticle(text, fileName)
    // Without an `id:` the parser names the item after the file, which collides across folders.
    return item.id === slugFromFileName(fileName) ? withImportedId(item) : item
  }
  // No front matter: the parser needs a source and a date, so give it the honest defaults.
  const fallback = fallbackPublished(lastModified)
  const j = fallback.jalali
  const date = `${j?.year}-${String(j?.month).padStart(2, '0')}-${String(j?.day).padStart(2, '0')}`
  const header = `---\nsource: منبع نامعلوم\nsourceEn: Unknown source\ndate: ${date}\ndateNote: ${fallback.note}\n---\n`
  try {
    const { item } = parseSourceArticle(header + text, fileName)
    return withImportedId(item)
  } catch (error) {
    // Lines of the file, not of the header added above.
    if (error instanceof SourceTextError) throw new SourceTextError(error.message, Math.max(1, error.line - 6))
    throw error
  }
}

async function withImportedId(item: ArchiveItemDraft): Promise<ArchiveItemDraft> {
  const body = item.body.map(blockText).join('\n')
  return { ...item, id: await importedId(item.url, item.title, body) }
}
