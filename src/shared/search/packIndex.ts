import type { Pack } from '../archive/schema'
import { articleSearchDoc } from './articleDoc'
import { INDEX_FILE_SUFFIX } from './indexFile'
import { writeIndexFile } from './indexFileWriter'
import { SearchIndex } from './searchIndex'

/** The prebuilt index of a pack's articles (with their texts, for snippets), as shipped beside it. */
export function buildPackIndexFile(pack: Pack): Uint8Array {
  const index = SearchIndex.build(pack.items.map((item) => articleSearchDoc(item)), { keepText: true })
  return writeIndexFile(index.serialize(), { packId: pack.manifest.id, packContentHash: pack.manifest.contentHash })
}

/** `elecomp.pack.json` → `elecomp.index.bin`, in the same folder. */
export function indexFileNameFor(packFileName: string): string {
  return packFileName.replace(/\.pack\.json$/i, '') + INDEX_FILE_SUFFIX
}
