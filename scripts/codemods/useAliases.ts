/**
 * Rewrites relative imports that climb into src/shared or src/renderer/src from outside them into
 * the path aliases (`@shared/…`, `@renderer/…`; see tsconfig.base.json). Imports inside one of
 * those folders stay relative: siblings are near, aliases name a crossing between layers.
 *
 *   npm run codemod:aliases -- [--check] [folder or file …]    (default: src)
 *
 * Only the specifier's text changes (quotes and everything else kept), found with the TypeScript
 * parser rather than a regular expression: import and export declarations, `import()` and
 * `import('…')` types. --check lists what would change and exits 1 if anything would.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

export const ALIAS_ROOTS: readonly { alias: string; folder: string }[] = [
  { alias: '@renderer', folder: 'src/renderer/src' },
  { alias: '@shared', folder: 'src/shared' }
]

const toPosix = (p: string): string => p.split(sep).join('/')

/** The alias for `specifier` imported from `file`, or null to leave it as it is. */
export function aliasFor(root: string, file: string, specifier: string): string | null {
  if (!specifier.startsWith('../')) return null
  const from = toPosix(relative(root, file))
  const target = toPosix(relative(root, resolve(dirname(file), specifier)))
  for (const { alias, folder } of ALIAS_ROOTS) {
    const inside = (p: string): boolean => p === folder || p.startsWith(folder + '/')
    if (inside(target) && !inside(from)) return target === folder ? alias : `${alias}/${target.slice(folder.length + 1)}`
  }
  return null
}

/** The file's text with its climbing imports aliased, and how many were changed. */
export function rewriteSource(root: string, file: string, text: string): { text: string; changed: number } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const edits: { start: number; end: number; value: string }[] = []
  const consider = (literal: ts.Node | undefined): void => {
    if (!literal || !ts.isStringLiteral(literal)) return
    const alias = aliasFor(root, file, literal.text)
    // +1/-1: keep the quotes as they are.
    if (alias) edits.push({ start: literal.getStart(source) + 1, end: literal.getEnd() - 1, value: alias })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) consider(node.moduleSpecifier)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) consider(node.arguments[0])
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) consider(node.argument.literal)
    ts.forEachChild(node, visit)
  }
  visit(source)
  let out = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.value + out.slice(edit.end)
  return { text: out, changed: edits.length }
}

function* sourceFiles(path: string): Generator<string> {
  if (statSync(path).isFile()) {
    if (/\.(ts|tsx|mts)$/.test(path) && !path.endsWith('.d.ts')) yield path
    return
  }
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'out' || entry.startsWith('.')) continue
    yield* sourceFiles(join(path, entry))
  }
}

function main(args: string[]): number {
  const check = args.includes('--check')
  const targets = args.filter((a) => a !== '--check')
  const root = process.cwd()
  let files = 0
  let imports = 0
  for (const target of targets.length > 0 ? targets : ['src']) {
    for (const file of sourceFiles(resolve(root, target))) {
      const text = readFileSync(file, 'utf8')
      const result = rewriteSource(root, file, text)
      if (result.changed === 0) continue
      files++
      imports += result.changed
      if (check) console.log(`${toPosix(relative(root, file))}: ${result.changed}`)
      else writeFileSync(file, result.text)
    }
  }
  console.log(`${check ? 'would rewrite' : 'rewrote'} ${imports} imports in ${files} files`)
  return check && imports > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) process.exitCode = main(process.argv.slice(2))
