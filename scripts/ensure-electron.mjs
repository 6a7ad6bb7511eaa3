#!/usr/bin/env node
/**
 * `npm start` and `npm run dev` run this before electron-vite:
 *   node scripts/ensure-electron.mjs <preview|dev> [electron-vite arguments]
 *
 * Electron >= 42 has no postinstall: its binary downloads the first time `require('electron')`
 * runs, and electron-vite never does that (it reads node_modules/electron/path.txt and throws
 * "Electron uninstall"). So this script makes sure the binary is there, through Electron's own
 * install.js (which checks the download against Electron's checksums), then starts electron-vite.
 * When the binary is already there it only checks two files. When it cannot be had, it says what
 * is missing, why, and how to use an Electron that is already on the machine, and exits 1.
 * Plain JavaScript on purpose: it must start fast and run before anything is built.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the executable sits inside an Electron folder (node_modules/electron/dist or a download). */
export function executableIn(distDir, platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return join(distDir, 'Electron.app', 'Contents', 'MacOS', 'Electron')
  if (platform === 'win32') return join(distDir, 'electron.exe')
  return join(distDir, 'electron')
}

/**
 * Finds the Electron executable without downloading anything.
 * @returns {{ ok: true, execPath: string, source: string } | { ok: false, problem: string }}
 */
export function findElectron({ env, electronDir, platform = process.platform }) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { ok: true, execPath: env.ELECTRON_EXEC_PATH, source: 'ELECTRON_EXEC_PATH' }
      : { ok: false, problem: `ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist.` }
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const execPath = executableIn(env.ELECTRON_OVERRIDE_DIST_PATH, platform)
    return existsSync(execPath)
      ? { ok: true, execPath, source: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : { ok: false, problem: `ELECTRON_OVERRIDE_DIST_PATH names ${env.ELECTRON_OVERRIDE_DIST_PATH}, but there is no ${execPath}.` }
  }
  const pathFile = join(electronDir, 'path.txt')
  if (existsSync(pathFile)) {
    const execPath = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    if (existsSync(execPath)) return { ok: true, execPath, source: 'node_modules/electron' }
  }
  return { ok: false, problem: 'node_modules/electron has no Electron program yet (npm installs only its JavaScript part).' }
}

/** Runs Electron's own installer; returns a one-line reason when it fails. */
export function runElectronInstall(electronDir, env = process.env) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000
  })
  if (result.status === 0) return { ok: true }
  return { ok: false, reason: firstReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`, result.error) }
}

/** The useful line of an installer failure ("TypeError: fetch failed"), not its stack. */
export function firstReason(output, error) {
  if (error) return error.code === 'ETIMEDOUT' ? 'the download took longer than 10 minutes' : error.message
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at ') && l !== '{' && l !== '}')
  if (!line) return 'the installer failed without saying why'
  const reason = line.replace(/^(Type|Request)?Error: /, '')
  return reason === 'fetch failed' ? 'fetch failed (the download server, github.com or ELECTRON_MIRROR, could not be reached)' : reason
}

export function missingElectronMessage({ version, problem, reason }) {
  return [
    '',
    'Bayegan cannot start: the Electron program is missing.',
    '',
    `  What is missing: Electron ${version}, the program that runs Bayegan. ${problem}`,
    `  Why: it is downloaded from the internet on first start${reason ? `, and that failed: ${reason}` : ''}.`,
    '',
    '  What to do:',
    '    - with internet access, run `npm start` again (the download happens once);',
    `    - or use an Electron ${version.split('.')[0]} already on this computer:`,
    '        ELECTRON_OVERRIDE_DIST_PATH=/folder/holding/electron npm start',
    '        ELECTRON_EXEC_PATH=/path/to/electron npm start',
    ''
  ].join('\n')
}

/** Makes sure Electron is there (downloading it once if need be); the env electron-vite should run with, or null. */
export function ensureElectron({ env, electronDir, install = runElectronInstall, log = console.error }) {
  let found = findElectron({ env, electronDir })
  if (found.ok) return { ...env, ELECTRON_EXEC_PATH: found.execPath }
  const canDownload = !env.ELECTRON_EXEC_PATH && !env.ELECTRON_OVERRIDE_DIST_PATH && !env.ELECTRON_SKIP_BINARY_DOWNLOAD
  let reason = canDownload ? '' : 'the download was not attempted (an override is set, or ELECTRON_SKIP_BINARY_DOWNLOAD)'
  if (canDownload) {
    log('Fetching the Electron program (first start only)…')
    const installed = install(electronDir, env)
    if (installed.ok) {
      found = findElectron({ env, electronDir })
      if (found.ok) return { ...env, ELECTRON_EXEC_PATH: found.execPath }
      reason = 'the installer finished but left no program behind'
    } else {
      reason = installed.reason
    }
  }
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  log(missingElectronMessage({ version, problem: found.problem, reason }))
  return null
}

function main() {
  const require = createRequire(import.meta.url)
  const electronDir = dirname(require.resolve('electron/package.json'))
  const env = ensureElectron({ env: process.env, electronDir })
  if (env === null) process.exit(1)
  const args = process.argv.slice(2)
  if (args.length === 0) return // only the check was asked for
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
