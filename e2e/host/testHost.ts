import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { dispatch } from '../../src/shared/host/dispatch'
import { createHandlers, packStoreFor } from '../../src/main/handlers'
import type { PackStore } from '../../src/main/archive/packStore'
import { packIndexResponse } from '../../src/main/archive/packIndexRoute'
import { PACK_INDEX_PREFIX } from '../../src/shared/host/packIndexPath'
import { LOOPBACK_ALLOWED_FOR_TESTS } from '../../src/main/feeds/loopbackForTests'
import type { HostPlatform, PdfOptions } from '../../src/main/platform'
import { printOnPage } from './pdfPrinter'
import { CHROMIUM_ARGS, chooseBrowser } from './browser'
import { RENDERER_ORIGIN } from './staticServer'

/**
 * Answers to native dialogs, queued by the test before the UI asks; a dialog nobody queued an
 * answer for fails the call loudly, as a missing expectation should.
 */
export interface DialogAnswers {
  savePaths: (string | null)[]
  openPaths: string[][]
  confirms: boolean[]
}

export interface AppRun {
  page: Page
  context: BrowserContext
  /** Host calls the renderer made, by channel: lets a test see that a later start did not import again. */
  calls: string[]
  dialogs: DialogAnswers
  /** URLs the app asked the system browser to open. */
  opened: string[]
  /** The app's data folder (journal and the like), kept across restarts of the same profile. */
  dataDir: string
  close(): Promise<void>
}

export interface Profile {
  /** Chromium's user data dir: holds IndexedDB, so it stands in for the app's renderer storage. */
  dir: string
  /** The main process's data folder. */
  dataDir: string
  dispose(): void
}

/** A profile reused across "restarts" of the app. */
export function newProfile(): Profile {
  const root = mkdtempSync(join(tmpdir(), 'bayegan-profile-'))
  const dir = join(root, 'chromium')
  const dataDir = join(root, 'data')
  mkdirSync(dir)
  mkdirSync(dataDir)
  return { dir, dataDir, dispose: () => rmSync(root, { recursive: true, force: true }) }
}

/** The path a benchmark's server answers bridged calls on (see `bridgeOverServer`). */
export const BRIDGE_PATH = '/__bench-bridge'

/**
 * window.bayegan as the preload exposes it. Calls on `overServer` channels go to the renderer's own
 * server as JSON (one parse in the page, as Electron's IPC hands over one structured clone); the
 * rest through Playwright's binding, which the page pays for in garbage only a memory-reducing GC
 * frees (bench/bridgeGarbage.ts).
 */
function bridgeScript(overServer: readonly string[]): string {
  return `
  const overServer = new Set(${JSON.stringify(overServer)})
  const overBinding = (channel, payload) => window.__bayeganInvoke(channel, payload)
  Object.defineProperty(window, 'bayegan', {
    value: Object.freeze({
      invoke: (channel, payload) =>
        overServer.has(channel)
          ? fetch('${BRIDGE_PATH}', { method: 'POST', body: JSON.stringify({ channel, payload }) }).then((r) => r.json())
          : overBinding(channel, payload)
    }),
    writable: false,
    configurable: false
  })
`
}

/**
 * Starts "the app": the built renderer in Chromium, wired to the real main-process handlers
 * exactly as the preload wires it to ipcMain. Only the Electron shell differs.
 */
export async function startApp(options: {
  profile: Profile
  archiveDir: string
  locale?: string
  initScript?: string
  /**
   * Given when the renderer's server answers the pack index route itself (a benchmark's own server,
   * which streams the file as Electron's protocol handler does) instead of a Playwright route,
   * which carries the bytes to the page as base64 over CDP (seconds for a 67 MB index): told this
   * start's packs before the page loads.
   */
  packIndexByServer?: (store: PackStore) => void
  /**
   * Channels the page calls over the renderer's server instead of Playwright's binding (a
   * benchmark's server answers BRIDGE_PATH with `invoke`, told before the page loads). Their
   * answers must be plain JSON: archive:page is.
   */
  bridgeOverServer?: { channels: readonly string[]; serve: (invoke: (channel: unknown, payload: unknown) => Promise<unknown>) => void }
}): Promise<AppRun> {
  const browser = chooseBrowser()
  const context = await chromium.launchPersistentContext(options.profile.dir, {
    executablePath: browser.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 820 },
    locale: options.locale ?? 'fa-IR'
  })
  const dialogs: DialogAnswers = { savePaths: [], openPaths: [], confirms: [] }
  const opened: string[] = []
  // The stand-in feed servers of the tests listen on 127.0.0.1, which the app refuses: allowed here, explicitly.
  const platform = testHostPlatform(context, options.archiveDir, options.profile.dataDir, dialogs, opened)
  const packStore = packStoreFor(platform)
  const handlers = createHandlers(platform, { feedAddressPolicy: LOOPBACK_ALLOWED_FOR_TESTS, packStore })
  // The app protocol's pack index route, answered by the same function as in Electron.
  if (options.packIndexByServer) options.packIndexByServer(packStore)
  else await context.route(`${RENDERER_ORIGIN}${PACK_INDEX_PREFIX}**`, async (route) => {
    const response = await packIndexResponse(packStore, new URL(route.request().url()).pathname)
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) })
  })
  const calls: string[] = []
  const call = (channel: unknown, payload: unknown): Promise<unknown> => {
    calls.push(String(channel))
    return dispatch(handlers, channel, payload)
  }
  await context.exposeBinding('__bayeganInvoke', async (source, channel: unknown, payload: unknown) => {
    // The same sender check as the Electron shell: only the renderer's own origin may call.
    if (new URL(source.frame.url()).origin !== RENDERER_ORIGIN) {
      return { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }
    }
    return call(channel, payload)
  })
  const overServer = options.bridgeOverServer?.channels ?? []
  options.bridgeOverServer?.serve(async (channel, payload) =>
    overServer.includes(String(channel)) ? call(channel, payload) : { ok: false, error: { code: 'bad-channel', message: 'Not bridged over the server' } }
  )
  await context.addInitScript({ content: bridgeScript(overServer) })
  // A benchmark's probes (long tasks from the first script on), installed before the app loads.
  if (options.initScript) await context.addInitScript({ content: options.initScript })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${RENDERER_ORIGIN}/`)
  return { page, context, calls, dialogs, opened, dataDir: options.profile.dataDir, close: () => context.close() }
}

function next<T>(queue: T[], what: string): T {
  if (queue.length === 0) throw new Error(`The app opened a ${what} dialog the test did not expect`)
  return queue.shift() as T
}

/** The platform of the test host: dialogs answered by the test, PDF printed by the same Chromium. */
function testHostPlatform(context: BrowserContext, archiveDir: string, dataDir: string, dialogs: DialogAnswers, opened: string[]): HostPlatform {
  return {
    archiveDir,
    dataDir,
    appVersion: 'e2e',
    shell: 'test-host',
    chooseSavePath: async () => next(dialogs.savePaths, 'save'),
    chooseOpenPaths: async () => next(dialogs.openPaths, 'open'),
    confirm: async () => next(dialogs.confirms, 'confirm'),
    openExternal: async (url) => {
      opened.push(url)
    },
    printToPdf: (html, options) => printWithChromium(context, html, options),
    printToPdfTwice: (html, options, between) => printWithChromium(context, html, options, between)
  }
}

/** The PDF printer port, served by Chromium's page.pdf() in a fresh page (see pdfPrinter.ts). */
async function printWithChromium(
  context: BrowserContext,
  html: string,
  options: PdfOptions,
  between?: (first: Uint8Array) => Promise<Record<string, string> | null>
): Promise<Uint8Array> {
  const page = await context.newPage()
  try {
    return await printOnPage(page, html, options, between)
  } finally {
    await page.close()
  }
}
