import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The lint config itself, run as `npm run lint` runs it, on planted code: each layering rule of
 * DESIGN.md fails on a violation, and the allowed imports beside it pass.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '..', file) })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

const BOUNDARY = 'bayegan/import-boundaries'

describe('lint boundaries', () => {
  it.each([
    ['src/shared/planted.ts', "import { app } from 'electron'"],
    ['src/shared/planted.ts', "import Dexie from 'dexie'"],
    ['src/shared/planted.ts', "import { useState } from 'react'"],
    ['src/shared/planted.ts', "import DOMPurify from 'dompurify'"],
    ['src/shared/planted.ts', "import type { BayeganDb } from '../renderer/src/db/database'"],
    ['src/shared/planted.ts', "import { createHandlers } from '../main/handlers'"],
    ['src/renderer/src/features/reader/Planted.tsx', "import { createHandlers } from '../../../../main/handlers'"],
    ['src/renderer/src/search/planted.ts', "import { ipcRenderer } from 'electron'"],
    ['src/renderer/src/features/library/planted.ts', "import Dexie from 'dexie'"],
    ['src/renderer/src/features/library/planted.ts', "import { useLiveQuery } from 'dexie-react-hooks'"],
    ['src/renderer/src/features/library/planted.ts', "import type { BayeganDb } from '../../db/database'"],
    ['src/renderer/src/features/library/planted.ts', "import { watchChanges } from '@renderer/db/changeFeed'"],
    ['src/main/journal/planted.ts', "import { app } from 'electron'"],
    ['src/main/planted.ts', "export { dialog } from 'electron'"],
    ['src/preload/planted.ts', "import { createHandlers } from '../main/handlers'"]
  ])('%s fails on: %s', async (file, code) => {
    const found = await problems(file, `${code}\nexport const used = 1\n`)
    expect(
      found.some((p) => p.startsWith(BOUNDARY)),
      found.join('\n')
    ).toBe(true)
  })

  it('fails on DOM-only globals in src/shared', async () => {
    const found = await problems('src/shared/planted.ts', 'export const title = (): string => document.title\n')
    expect(found.some((p) => p.startsWith('no-restricted-globals'))).toBe(true)
  })

  it.each([
    ['src/shared/planted.ts', "import { z } from 'zod'\nimport { toPersianDigits } from './dates/digits'"],
    [
      'src/renderer/src/features/library/planted.ts',
      "import type { ArticleHead } from '../../db/records'\nimport { useAppServices } from '@renderer/app/AppServicesContext'"
    ],
    [
      'src/renderer/src/features/library/planted.ts',
      "import type { AnnotationRepository } from '../../db/annotations'\nimport { toPersianDigits } from '@shared/dates/digits'"
    ],
    ['src/renderer/src/app/planted.ts', "import { useLiveQuery } from 'dexie-react-hooks'\nimport type { BayeganDb } from '../db/database'"],
    ['src/renderer/src/db/planted.test.ts', "import { createHandlers } from '../../../main/handlers'"],
    ['src/main/index.ts', "import { app } from 'electron'"],
    ['src/preload/planted.ts', "import { contextBridge } from 'electron'"]
  ])('%s passes: %s', async (file, code) => {
    const found = await problems(file, `${code}\n`)
    expect(found.filter((p) => p.startsWith(BOUNDARY) || p.startsWith('fatal'))).toEqual([])
  })
})
