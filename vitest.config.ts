import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The same aliases as tsconfig.base.json's "paths" and electron.vite.config.ts. The Electron runtime
  // cannot run in tests (nor on this machine): 'electron' is a small fake written for tests, so the
  // shell and src/main/index.ts execute against it.
  resolve: {
    alias: [
      { find: /^electron$/, replacement: resolve('src/testSupport/fakeElectron.ts') },
      { find: '@shared', replacement: resolve('src/shared') },
      { find: '@renderer', replacement: resolve('src/renderer/src') }
    ]
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
