/**
 * The real Electron shell, where the Electron binary exists (a machine that could download it).
 * Everything here is skipped on machines without it, and says why; the shell's logic is covered
 * there by the unit tests in src/main/shell and src/main/index.test.ts, against a fake 'electron'.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { SEED_ID } from './fixtures/packs'

/** The Electron binary downloads on first use; on machines without internet it is absent. */
function electronBinary(): string | null {
  if (process.env['ELECTRON_EXEC_PATH']) return existsSync(process.env['ELECTRON_EXEC_PATH']) ? process.env['ELECTRON_EXEC_PATH'] : null
  const pkg = resolve('node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** What `npm run dist` leaves for this platform, unpacked (electron-builder's *-unpacked folders). */
function packagedApp(): string | null {
  const candidates = [
    'dist/linux-unpacked/bayegan',
    'dist/win-unpacked/Bayegan.exe',
    'dist/mac/Bayegan.app/Contents/MacOS/Bayegan',
    'dist/mac-arm64/Bayegan.app/Contents/MacOS/Bayegan'
  ].map((p) => resolve(p))
  return candidates.find((p) => existsSync(p)) ?? null
}

const binary = electronBinary()
const packaged = packagedApp()
const NO_BINARY =
  'Electron binary not installed (it downloads from the internet on first run, which this machine cannot reach); the shell runs in unit tests against a fake electron instead'
const NO_PACKAGE = 'No packaged app: run `npm run dist` on a release machine first (electron-builder downloads Electron)'

if (binary === null) console.log(`[e2e] skipping the real Electron app: ${NO_BINARY}`)
if (packaged === null) console.log(`[e2e] skipping the packaged app: ${NO_PACKAGE}`)

async function expectLibrary(app: ElectronApplication): Promise<void> {
  const page = await app.firstWindow()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible({ timeout: 60_000 })
  expect(page.url()).toBe('app://bayegan/index.html')
}

test.describe('the real Electron app (npm start)', () => {
  test.skip(binary === null, NO_BINARY)

  test('opens the library from app://, with the bridge and nothing else', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'] })
    try {
      await expectLibrary(app)
      const page = await app.firstWindow()
      const world = await page.evaluate(() => ({
        bridge: Object.keys((window as unknown as { bayegan: object }).bayegan),
        node: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process
      }))
      expect(world).toEqual({ bridge: ['invoke'], node: 'undefined', process: 'undefined' })
      const escape = await page.evaluate(() => fetch('app://bayegan/%2e%2e/%2e%2e/package.json').then((r) => r.status))
      expect(escape).toBe(404)
      const opened = await page.evaluate(() => window.open('https://example.org/'))
      expect(opened).toBeNull()
      expect(app.windows()).toHaveLength(1)
    } finally {
      await app.close()
    }
  })

  test('ELECTRON_RENDERER_URL is ignored outside electron-vite dev', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, ELECTRON_RENDERER_URL: 'http://127.0.0.1:9' } as Record<string, string> })
    try {
      await expectLibrary(app)
    } finally {
      await app.close()
    }
  })
})

test.describe('the packaged app (npm run dist)', () => {
  test.skip(binary === null && packaged === null, NO_BINARY)
  test.skip(packaged === null, NO_PACKAGE)

  test('starts from its asar, reads the archive from its resources, and has its fuses set', async () => {
    const wire = await getCurrentFuseWire(packaged!)
    const DISABLE = 48
    const ENABLE = 49
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE)
    const app = await electron.launch({ executablePath: packaged! })
    try {
      await expectLibrary(app)
      const where = await app.evaluate(({ app: a }) => ({ packaged: a.isPackaged, appPath: a.getAppPath() }))
      expect(where.packaged).toBe(true)
      expect(where.appPath).toMatch(/app\.asar$/)
    } finally {
      await app.close()
    }
  })
})
