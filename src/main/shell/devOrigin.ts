import { isLoopbackHost } from '../model/endpoint'

export interface DevOriginInputs {
  /** `import.meta.env.DEV` of the main bundle: true only in the bundle `electron-vite dev` builds, a constant false in any build. */
  builtForDev: boolean
  isPackaged: boolean
  env: Record<string, string | undefined>
}

/**
 * The dev-server origin the renderer may come from, or undefined. `ELECTRON_RENDERER_URL` alone is
 * not enough: anyone can set an environment variable. It counts only when all of these hold:
 * the main bundle was built by `electron-vite dev` (a compile-time constant, false for preview and
 * packages), the app is not packaged, electron-vite's dev server set NODE_ENV_ELECTRON_VITE, and the
 * URL is plain http(s) on this computer.
 */
export function trustedDevServerUrl({ builtForDev, isPackaged, env }: DevOriginInputs): string | undefined {
  if (!builtForDev || isPackaged || env['NODE_ENV_ELECTRON_VITE'] !== 'development') return undefined
  const raw = env['ELECTRON_RENDERER_URL']
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined
  return isLoopbackHost(url.hostname) ? url.origin : undefined
}
