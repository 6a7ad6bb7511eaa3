// @ts-check
/**
 * The layering rules of DESIGN.md §2 as one lint rule. Each import is resolved to a repository
 * path (relative specifiers against the importing file, `@shared/` and `@renderer/` through the
 * same aliases as tsconfig and Vite), so `../../../main/x` and `@shared/x` are judged by where
 * they land, not by how they are spelled. Core `no-restricted-imports` only sees the spelling.
 */
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever folder ESLint runs from. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {{ name: string, from: string, except?: string[], packages?: string[], targets?: string[], tests: boolean }} Boundary
 * `from`: folder (repository-relative, trailing slash) the rule applies to; `except`: files (or folders, with a trailing slash) in it exempt;
 * `packages`: bare package names (and their subpaths) it must not import; `targets`: repository folders
 * (ending in '/') or files (without extension) it must not import; `tests`: whether its test files are held to it too.
 */

/** @type {Boundary[]} */
export const BOUNDARIES = [
  {
    name: 'src/shared is pure TypeScript: no Electron, DOM-only libraries, Dexie or React',
    from: 'src/shared/',
    packages: [
      'electron',
      'dexie',
      'dexie-react-hooks',
      'react',
      'react-dom',
      'react-i18next',
      'dompurify',
      '@tanstack/react-virtual',
      '@fontsource/vazirmatn'
    ],
    targets: ['src/main/', 'src/preload/', 'src/renderer/'],
    tests: true
  },
  {
    name: 'the renderer never imports the main process or Electron',
    from: 'src/renderer/',
    packages: ['electron'],
    targets: ['src/main/', 'src/preload/'],
    // Tests may wire the real main-process handlers behind the bridge, as the e2e host does.
    tests: false
  },
  {
    name: 'features read and write through repositories (useAppServices, app/liveData): no Dexie, no db internals',
    from: 'src/renderer/src/features/',
    packages: ['dexie', 'dexie-react-hooks'],
    // The schema, the tables and the change feed; repositories' types and db/records.ts are the public face.
    targets: ['src/renderer/src/db/database', 'src/renderer/src/db/articleStore', 'src/renderer/src/db/changeFeed'],
    tests: false
  },
  {
    name: 'src/main takes its platform as arguments: only the shell (index.ts and src/main/shell/) imports Electron',
    from: 'src/main/',
    // The shell: index.ts wires Electron to the small modules in shell/, each tested against the fake electron.
    except: ['src/main/index.ts', 'src/main/shell/'],
    packages: ['electron'],
    targets: ['src/renderer/', 'src/preload/'],
    tests: true
  },
  {
    name: 'the preload is the bridge only: no main-process or renderer code',
    from: 'src/preload/',
    targets: ['src/main/', 'src/renderer/'],
    tests: true
  }
]

export const ALIASES = { '@shared/': 'src/shared/', '@renderer/': 'src/renderer/src/' }

const toPosix = (path) => path.split('\\').join('/')

/** Where a specifier lands, repository-relative; a bare package name stays as it is, marked. */
function resolveSpecifier(root, file, specifier) {
  for (const [alias, folder] of Object.entries(ALIASES)) {
    if (specifier.startsWith(alias)) return { path: folder + specifier.slice(alias.length) }
  }
  if (specifier.startsWith('.')) return { path: toPosix(relative(root, resolve(dirname(file), specifier))) }
  return { pkg: specifier }
}

const TS_EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx']
/** A folder target holds the path; a file target is the path give or take its extension. */
const hits = (path, target) => (target.endsWith('/') ? (path + '/').startsWith(target) : TS_EXTENSIONS.some((ext) => path === target + ext))
const isTest = (file) => /\.test\.tsx?$/.test(file)
const isPackage = (spec, name) => spec === name || spec.startsWith(name + '/')

/** @returns {string | null} the broken boundary's name */
export function brokenBoundary(root, file, specifier, boundaries = BOUNDARIES) {
  const from = toPosix(relative(root, file))
  const target = resolveSpecifier(root, file, specifier)
  for (const b of boundaries) {
    const exempt = b.except?.some((e) => (e.endsWith('/') ? from.startsWith(e) : from === e))
    if (!from.startsWith(b.from) || exempt || (isTest(from) && !b.tests)) continue
    if (target.pkg && b.packages?.some((p) => isPackage(target.pkg, p))) return b.name
    const path = target.path
    if (path && b.targets?.some((t) => hits(path, t))) return b.name
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each process and layer to what DESIGN.md lets it import' },
    messages: { broken: '"{{specifier}}" breaks a boundary: {{boundary}}' },
    schema: []
  },
  create(context) {
    const root = ROOT
    const check = (node) => {
      const source = node.source
      if (!source || typeof source.value !== 'string') return
      const boundary = brokenBoundary(root, context.filename, source.value)
      if (boundary) context.report({ node: source, messageId: 'broken', data: { specifier: source.value, boundary } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check
    }
  }
}
