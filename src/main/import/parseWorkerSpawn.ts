// Where the parse worker's code is. In the built app it is out/main/parseWorker.js, a separate
// entry of the main build beside index.js (electron.vite.config.ts); when the main-process code
// runs from source (unit tests, the e2e host) it is the TypeScript file, loaded through tsx.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export function spawnParseWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64 }
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    const source = pathToFileURL(join(dirname(here), 'parseWorker.ts')).href
    // A worker's own --import hooks do not apply to its entry in Node 20: register tsx first.
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`
    return new Worker(boot, { eval: true, resourceLimits })
  }
  return new Worker(builtWorkerPath(dirname(here)), { resourceLimits })
}

/** The built worker sits beside index.js; this code may be in a chunk one folder below. */
function builtWorkerPath(dir: string): string {
  for (const candidate of [join(dir, 'parseWorker.js'), join(dir, '..', 'parseWorker.js')]) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`the file reader (parseWorker.js) is missing beside ${dir}`)
}
