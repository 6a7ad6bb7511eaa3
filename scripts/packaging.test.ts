/**
 * The installer configuration, checked here because electron-builder cannot download Electron on
 * this machine: what goes into the package, where the archive lands, and the fuses.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Configuration } from 'electron-builder'
import { FuseV1Options } from '@electron/fuses'
import { appPaths, ARCHIVE_RESOURCE_DIR } from '../src/main/shell/appPaths'

const root = resolve(__dirname, '..')
const raw = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as Record<string, unknown>
const config = raw as Configuration
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> }

const targetsOf = (platform: unknown): string[] => ((platform as { target: string[] }).target ?? []).map(String)

describe('electron-builder.json', () => {
  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb'])
    expect(targetsOf(config.win)).toEqual(['nsis'])
    expect(targetsOf(config.mac)).toEqual(['dmg'])
  })

  it('packs the built app into an asar, with package.json main pointing into it, without source maps', () => {
    expect(config.asar).toBe(true)
    expect(pkg.main).toBe('./out/main/index.js')
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!**/*.map']))
  })

  it('ships the archive as an extra resource exactly where the packaged main process reads it', () => {
    const [extra] = config.extraResources as { from: string; to: string; filter: string[] }[]
    expect(extra?.to).toBe(ARCHIVE_RESOURCE_DIR)
    const from = join(root, extra?.from ?? '')
    const packs = readdirSync(from).filter((f) => f.endsWith('.pack.json'))
    expect(packs.length).toBeGreaterThan(0)
    const packaged = appPaths({ mainDir: '/opt/Bayegan/resources/app.asar/out/main', isPackaged: true, resourcesPath: '/opt/Bayegan/resources', appPath: '/opt/Bayegan/resources/app.asar' })
    expect(packaged.archiveDir).toBe(join('/opt/Bayegan/resources', extra?.to ?? ''))
    expect(packaged.rendererDir).toBe(join('/opt/Bayegan/resources/app.asar/out/renderer'))
    expect(packaged.preload).toBe(join('/opt/Bayegan/resources/app.asar/out/preload/index.cjs'))
    const dev = appPaths({ mainDir: join(root, 'out/main'), isPackaged: false, resourcesPath: '', appPath: root })
    expect(dev.archiveDir).toBe(from)
  })

  it('the files the packaged shell loads are the ones electron-vite builds', () => {
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8')
    expect(vite).toMatch(/entryFileNames: '\[name\]\.cjs'/) // preload → out/preload/index.cjs
    expect(vite).toMatch(/src\/main\/index\.ts/)
    expect(vite).toMatch(/src\/renderer\/index\.html/)
  })

  it('sets the fuses: no RunAsNode, cookie encryption, ASAR integrity, app only from ASAR, no file:// privileges', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false
    })
  })

  it('decides every fuse @electron/fuses knows, so a new one is a conscious choice', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))
    const configured = Object.keys(config.electronFuses ?? {}).filter((k) => k !== 'resetAdHocDarwinSignature')
    const asFuse = (key: string): string => key[0]?.toUpperCase() + key.slice(1)
    expect(configured.map(asFuse).sort()).toEqual(known.sort())
  })

  it('npm run dist builds and then packages, and electron-builder is a pinned dev dependency', () => {
    expect(pkg.scripts['dist']).toMatch(/^electron-vite build && electron-builder --config electron-builder\.json/)
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d/)
    expect(existsSync(join(root, 'node_modules/app-builder-lib/scheme.json'))).toBe(true)
  })

  it('keeps Electron and the build tools out of the runtime dependencies', () => {
    for (const name of ['electron', 'electron-builder', 'electron-vite']) expect(pkg.dependencies[name], name).toBeUndefined()
  })
})
