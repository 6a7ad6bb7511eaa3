import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aliasFor, rewriteSource } from './useAliases'

const ROOT = '/repo'
const at = (path: string): string => join(ROOT, path)

describe('useAliases codemod', () => {
  it('aliases imports that climb into src/shared or src/renderer/src from outside them', () => {
    expect(aliasFor(ROOT, at('src/renderer/src/features/reader/ReaderView.tsx'), '../../../../shared/article/readingText')).toBe('@shared/article/readingText')
    expect(aliasFor(ROOT, at('src/main/journal/handlers.ts'), '../../shared/host/dispatch')).toBe('@shared/host/dispatch')
    expect(aliasFor(ROOT, at('src/main/handlers.test.ts'), '../renderer/src/db/database')).toBe('@renderer/db/database')
    expect(aliasFor(ROOT, at('e2e/host/testHost.ts'), '../../src/shared/dates')).toBe('@shared/dates')
  })

  it('leaves imports inside one layer, sideways ones, packages and other folders alone', () => {
    expect(aliasFor(ROOT, at('src/shared/export/html.ts'), '../dates/digits')).toBeNull()
    expect(aliasFor(ROOT, at('src/renderer/src/features/reader/ReaderView.tsx'), '../../db/records')).toBeNull()
    expect(aliasFor(ROOT, at('src/renderer/src/features/reader/ReaderView.tsx'), './ArticleBody')).toBeNull()
    expect(aliasFor(ROOT, at('src/renderer/src/db/annotations.test.ts'), '../../../main/handlers')).toBeNull()
    expect(aliasFor(ROOT, at('src/main/index.ts'), 'electron')).toBeNull()
  })

  it('rewrites every kind of specifier and nothing else, quotes kept', () => {
    const file = at('src/renderer/src/features/x/View.tsx')
    const before = [
      "import { a } from '../../../../shared/a'",
      'import type { B } from "../../../../shared/b/index"',
      "export { c } from '../../../../shared/c'",
      "export * from '../../../../shared/d'",
      "import { e } from './e'",
      "const f = await import('../../../../shared/f')",
      "type G = import('../../../../shared/g').G",
      "const text = '../../../../shared/not-an-import'",
      "// import { h } from '../../../../shared/h'"
    ].join('\n')
    const { text, changed } = rewriteSource(ROOT, file, before)
    expect(changed).toBe(6)
    expect(text.split('\n')).toEqual([
      "import { a } from '@shared/a'",
      'import type { B } from "@shared/b/index"',
      "export { c } from '@shared/c'",
      "export * from '@shared/d'",
      "import { e } from './e'",
      "const f = await import('@shared/f')",
      "type G = import('@shared/g').G",
      "const text = '../../../../shared/not-an-import'",
      "// import { h } from '../../../../shared/h'"
    ])
  })
})
