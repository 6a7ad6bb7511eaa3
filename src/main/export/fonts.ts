import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { EmbeddedFont } from '../../shared/export/html'

// The ranges @fontsource/vazirmatn gives its Arabic and Latin subsets (see its 400.css).
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC'
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'

const FACES: { file: string; weight: 400 | 700; unicodeRange: string }[] = [
  { file: 'vazirmatn-arabic-400-normal.woff2', weight: 400, unicodeRange: ARABIC },
  { file: 'vazirmatn-latin-400-normal.woff2', weight: 400, unicodeRange: LATIN },
  { file: 'vazirmatn-arabic-700-normal.woff2', weight: 700, unicodeRange: ARABIC },
  { file: 'vazirmatn-latin-700-normal.woff2', weight: 700, unicodeRange: LATIN }
]

let cached: Promise<EmbeddedFont[]> | null = null

/**
 * The bundled Vazirmatn faces (regular and bold, so headings are never synthesised) found by Node's
 * module resolution, as base64 for the export page's @font-face rules. Read once per process.
 */
export function loadExportFonts(): Promise<EmbeddedFont[]> {
  cached ??= readFaces().catch((err: unknown) => {
    cached = null
    throw err
  })
  return cached
}

async function readFaces(): Promise<EmbeddedFont[]> {
  const require = createRequire(import.meta.url)
  return Promise.all(
    FACES.map(async (face) => ({
      weight: face.weight,
      unicodeRange: face.unicodeRange,
      woff2Base64: (await readFile(require.resolve(`@fontsource/vazirmatn/files/${face.file}`))).toString('base64')
    }))
  )
}
