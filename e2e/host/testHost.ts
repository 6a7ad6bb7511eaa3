import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { dispatch } from '../../src/shared/host/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { CHROMIUM_ARGS, chooseBrowser } from './browser'
import { RENDERER_ORIGIN } from './staticServer'

export interface AppRun {
  page: Page
  context: BrowserContext
  /** Host calls the renderer made, by channel: lets a test see that a later start did not import again. */
  calls: string[]
  close(): Promise<void>
}

export interface Profile {
  dir: string
  dispose(): void
}

/** A browser profile standing in for the app's user data folder; reused across "restarts". */
export function newProfile(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'bayegan-profile-'))
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

const BRIDGE_SCRIPT = `
  Object.defineProperty(window, 'bayegan', {
    value: Object.freeze({ invoke: (channel, payload) => window.__bayeganInvoke(channel, payload) }),
    writable: false,
    configurable: false
  })
`

/**
 * Starts "the app": the built renderer in Chromium, wired to the real main-process handlers
 * exactly as the preload wires it to ipcMain. Only the Electron shell differs.
 */
export async function startApp(options: { profile: Profile; archiveDir: string; locale?: string }): Promise<AppRun> {
  const browser = chooseBrowser()
  const context = await chromium.launchPersistentContext(options.profile.dir, {
    executablePath: browser.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 820 },
    locale: options.locale ?? 'fa-IR'
  })
  const handlers = createHandlers({ archiveDir: options.archiveDir, appVersion: 'e2e', shell: 'test-host' })
  const calls: string[] = []
  await context.exposeBinding('__bayeganInvoke', async (source, channel: unknown, payload: unknown) => {
    // The same sender check as the Electron shell: only the renderer's own origin may call.
    if (new URL(source.frame.url()).origin !== RENDERER_ORIGIN) {
      return { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }
    }
    calls.push(String(channel))
    return dispatch(handlers, channel, payload)
  })
  await context.addInitScript({ content: BRIDGE_SCRIPT })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${RENDERER_ORIGIN}/`)
  return { page, context, calls, close: () => context.close() }
}
