import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The Electron runtime cannot run in tests (nor on this machine): 'electron' is a small fake
  // written for tests, so the shell and src/main/index.ts execute against it.
  resolve: { alias: [{ find: /^electron$/, replacement: resolve('src/testSupport/fakeElectron.ts') }] },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
