import { join } from 'node:path'

/** Where the bundled archive packs sit under the resources folder; electron-builder.json copies them there. */
export const ARCHIVE_RESOURCE_DIR = 'archive'

export interface AppPaths {
  rendererDir: string
  preload: string
  archiveDir: string
}

/**
 * The files the shell loads. The main bundle is out/main/index.js (inside app.asar once packaged),
 * so the renderer and preload are its siblings; the archive is an extra resource outside the asar
 * (process.resourcesPath/archive) when packaged, and the repository's resources/archive otherwise.
 */
export function appPaths(o: { mainDir: string; isPackaged: boolean; resourcesPath: string; appPath: string }): AppPaths {
  const resources = o.isPackaged ? o.resourcesPath : join(o.appPath, 'resources')
  return {
    rendererDir: join(o.mainDir, '..', 'renderer'),
    preload: join(o.mainDir, '..', 'preload', 'index.cjs'),
    archiveDir: join(resources, ARCHIVE_RESOURCE_DIR)
  }
}
