import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY } from './src/shared/security/csp'

/** The same aliases as tsconfig.base.json's "paths" and vitest.config.ts. */
export const ALIASES = { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') }

/** The built page carries the CSP as a meta tag too; dev mode needs Vite's inline helpers, so only builds get it. */
function cspMetaTag(): Plugin {
  return {
    name: 'bayegan-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' }
    ]
  }
}

export default defineConfig({
  main: {
    resolve: { alias: ALIASES },
    build: {
      rollupOptions: {
        // The import parser runs in a worker thread of its own (src/main/import/parseWorkerSpawn.ts).
        input: { index: resolve('src/main/index.ts'), parseWorker: resolve('src/main/import/parseWorker.ts') }
      }
    }
  },
  preload: {
    resolve: { alias: ALIASES },
    build: {
      // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { alias: ALIASES },
    build: {
      // Fonts inlined as data: URLs would be blocked by the CSP (font-src 'self'); keep every asset a file.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    worker: { format: 'es' },
    plugins: [react(), cspMetaTag()]
  }
})
