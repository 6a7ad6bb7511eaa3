/**
 * The Electron shell: lifecycle, the window, security and IPC wiring. Kept thin on purpose:
 * everything it calls is a plain module tested without Electron (see DESIGN.md section 3).
 */
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHANNELS } from '../shared/host/contract'
import { dispatch } from '../shared/host/dispatch'
import { createHandlers } from './handlers'
import { rendererHeaders, resolveRendererFile } from './static/rendererFiles'
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isTrustedRendererUrl } from './security/trustedOrigin'

const here = dirname(fileURLToPath(import.meta.url))
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const rendererDir = join(here, '../renderer')
const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
}

// No window, webview or frame may open anything: links are for later issues, through the system browser.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    try {
      return new Response(await readFile(file), { headers: rendererHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })

  const handlers = createHandlers({
    archiveDir: join(resourcesDir, 'archive'),
    appVersion: app.getVersion(),
    shell: 'electron'
  })
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? ''
      if (!isTrustedRendererUrl(senderUrl, devServerUrl)) {
        return { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }
      }
      return dispatch(handlers, channel, payload)
    })
  }

  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Bayegan',
    backgroundColor: '#faf8f3',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}
