import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureElectron, executableIn, findElectron, firstReason } from './ensure-electron.mjs'

let dir: string
let electronDir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bayegan-ensure-'))
  electronDir = join(dir, 'electron')
  mkdirSync(electronDir)
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ version: '45.5.0' }))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function installBinary(into = join(electronDir, 'dist')): string {
  const exe = executableIn(into)
  mkdirSync(resolve(exe, '..'), { recursive: true })
  writeFileSync(exe, '#!/bin/sh\n')
  chmodSync(exe, 0o755)
  return exe
}

describe('finding Electron before electron-vite starts', () => {
  it('is satisfied by node_modules/electron once path.txt and the binary exist', () => {
    expect(findElectron({ env: {}, electronDir }).ok).toBe(false)
    const exe = installBinary()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(findElectron({ env: {}, electronDir, platform: 'linux' })).toEqual({ ok: true, execPath: exe, source: 'node_modules/electron' })
  })

  it('uses an existing Electron named by ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH, and says when it is not there', () => {
    const other = join(dir, 'my-electron')
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: other }, electronDir })).toMatchObject({ ok: false, problem: expect.stringContaining(other) })
    const exe = installBinary(other)
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: other }, electronDir })).toMatchObject({ ok: true, execPath: exe })
    expect(findElectron({ env: { ELECTRON_EXEC_PATH: exe }, electronDir })).toMatchObject({ ok: true, execPath: exe })
    expect(findElectron({ env: { ELECTRON_EXEC_PATH: join(dir, 'nope') }, electronDir }).ok).toBe(false)
  })

  it('hands electron-vite the executable through ELECTRON_EXEC_PATH (it ignores ELECTRON_OVERRIDE_DIST_PATH)', () => {
    const exe = installBinary(join(dir, 'my-electron'))
    const env = ensureElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'my-electron') }, electronDir, install: () => ({ ok: false, reason: 'no' }), log: () => undefined })
    expect(env?.['ELECTRON_EXEC_PATH']).toBe(exe)
  })

  it('downloads through Electron’s installer once when the binary is missing', () => {
    const calls: string[] = []
    const env = ensureElectron({
      env: {},
      electronDir,
      install: (d) => {
        calls.push(d)
        installBinary()
        writeFileSync(join(electronDir, 'path.txt'), 'electron')
        return { ok: true }
      },
      log: () => undefined
    })
    expect(calls).toEqual([electronDir])
    expect(env?.['ELECTRON_EXEC_PATH']).toBe(executableIn(join(electronDir, 'dist')))
    // Second start: no installer.
    expect(ensureElectron({ env: {}, electronDir, install: () => ({ ok: false, reason: 'called' }), log: () => undefined })).not.toBeNull()
  })

  it('when the download fails, prints what is missing, why, and how to use an existing Electron', () => {
    const lines: string[] = []
    const env = ensureElectron({ env: {}, electronDir, install: () => ({ ok: false, reason: 'fetch failed' }), log: (l) => lines.push(l) })
    expect(env).toBeNull()
    const text = lines.join('\n')
    expect(text).toContain('Electron 45.5.0')
    expect(text).toContain('fetch failed')
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH=')
    expect(text).toContain('ELECTRON_EXEC_PATH=')
    expect(text).not.toMatch(/\n\s+at /)
  })

  it('does not try to download when told not to', () => {
    let called = false
    const env = ensureElectron({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, electronDir, install: () => ((called = true), { ok: true }), log: () => undefined })
    expect(env).toBeNull()
    expect(called).toBe(false)
  })

  it('keeps the reason and drops the stack of an installer failure', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async downloadArtifact (x.js:1:1)'
    expect(firstReason(output)).toMatch(/^fetch failed \(the download server/)
    expect(firstReason('HTTPError: Response code 404 (Not Found) for https://github.com/x\n  at y')).toBe('HTTPError: Response code 404 (Not Found) for https://github.com/x')
    expect(firstReason('', Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' }))).toMatch(/10 minutes/)
  })
})

describe('the command itself', () => {
  it('exits 1 with the message and no stack trace when it is pointed at an Electron that is not there', () => {
    const result = spawnSync(process.execPath, ['scripts/ensure-electron.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: join(dir, 'missing-electron') }
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Bayegan cannot start: the Electron program is missing.')
    expect(result.stderr).toContain(join(dir, 'missing-electron'))
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('with an existing Electron, passes the check and says nothing', () => {
    const exe = installBinary(join(dir, 'my-electron'))
    const out = execFileSync(process.execPath, ['scripts/ensure-electron.mjs'], { encoding: 'utf8', env: { ...process.env, ELECTRON_EXEC_PATH: exe }, stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out).toBe('')
  })
})
