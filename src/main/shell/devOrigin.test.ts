import { describe, expect, it } from 'vitest'
import { trustedDevServerUrl } from './devOrigin'

const devEnv = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' }

describe('trustedDevServerUrl', () => {
  it('trusts the dev server only under electron-vite dev', () => {
    expect(trustedDevServerUrl({ builtForDev: true, isPackaged: false, env: devEnv })).toBe('http://localhost:5173')
  })
  it('ignores the variable in a preview or production build, whatever the environment says', () => {
    expect(trustedDevServerUrl({ builtForDev: false, isPackaged: false, env: devEnv })).toBeUndefined()
  })
  it('ignores it in a packaged app', () => {
    expect(trustedDevServerUrl({ builtForDev: true, isPackaged: true, env: devEnv })).toBeUndefined()
  })
  it('ignores it when electron-vite dev did not start the app', () => {
    expect(trustedDevServerUrl({ builtForDev: true, isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBeUndefined()
    expect(trustedDevServerUrl({ builtForDev: true, isPackaged: false, env: { ...devEnv, NODE_ENV_ELECTRON_VITE: 'production' } })).toBeUndefined()
  })
  it.each(['https://evil.example:5173', 'http://192.168.1.5:5173', 'file:///tmp/index.html', 'http://user:pw@localhost:5173', 'not a url'])(
    'refuses a dev URL off this computer or of another kind: %s',
    (url) => {
      expect(trustedDevServerUrl({ builtForDev: true, isPackaged: false, env: { ...devEnv, ELECTRON_RENDERER_URL: url } })).toBeUndefined()
    }
  )
  it('keeps only the origin', () => {
    expect(trustedDevServerUrl({ builtForDev: true, isPackaged: false, env: { ...devEnv, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/sub/' } })).toBe('http://127.0.0.1:5173')
  })
})
