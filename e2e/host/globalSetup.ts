import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chooseBrowser } from './browser'
import { startRendererServer, RENDERER_ORIGIN } from './staticServer'
import { writeSeedArchive } from '../fixtures/packs'

/** Serves the production build for the whole run and says which browser drives it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const rendererDir = resolve('out/renderer')
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run "npm run build" first (npm run test:e2e does)')
  }
  console.log(`[e2e] browser: ${chooseBrowser().why}; renderer served at ${RENDERER_ORIGIN}`)
  await writeSeedArchive()
  const server = await startRendererServer(rendererDir)
  return () => new Promise<void>((done) => server.close(() => done()))
}
