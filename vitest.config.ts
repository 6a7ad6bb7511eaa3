import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The same aliases as tsconfig.base.json's "paths" and electron.vite.config.ts.
  resolve: { alias: { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
