/**
 * The Electron shell: lifecycle, the window, security and IPC wiring. Kept thin on purpose:
 * everything it calls is a plain module tested without Electron (see DESIGN.md section 3).
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHANNELS } from '../shared/host/contract'
import { dispatch } from '../shared/host/dispatch'
import { createHandlers } from './handlers'
import type { HostPlatform, PdfOptions } from './platform'
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

  const dataDir = app.getPath('userData')
  await mkdir(dataDir, { recursive: true })
  let win: BrowserWindow | null = null
  const handlers = createHandlers(electronPlatform(dataDir, () => win))
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? ''
      if (!isTrustedRendererUrl(senderUrl, devServerUrl)) {
        return { ok: false, error: { code: 'bad-channel', message: 'Untrusted sender' } }
      }
      return dispatch(handlers, channel, payload)
    })
  }

  // Electronegativity AUXCLICK/PRELOAD checks: explained in scripts/security-scan.ts (opens denied, minimal preload).
  win = new BrowserWindow({
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
  win.once('ready-to-show', () => win?.show())
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

function electronPlatform(dataDir: string, window: () => BrowserWindow | null): HostPlatform {
  const parent = (): BrowserWindow => {
    const w = window()
    if (!w) throw new Error('No window to attach a dialog to')
    return w
  }
  return {
    archiveDir: join(resourcesDir, 'archive'),
    dataDir,
    appVersion: app.getVersion(),
    shell: 'electron',
    async chooseSavePath({ defaultName, filters }) {
      const result = await dialog.showSaveDialog(parent(), { defaultPath: defaultName, filters })
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPaths({ directories, multiple, filters }) {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [directories ? 'openDirectory' : 'openFile']
      if (multiple) properties.push('multiSelections')
      const result = await dialog.showOpenDialog(parent(), { properties, filters })
      return result.canceled ? [] : result.filePaths
    },
    async confirm({ message, detail, confirmLabel, cancelLabel }) {
      const result = await dialog.showMessageBox(parent(), {
        type: 'question',
        message,
        detail,
        buttons: [confirmLabel, cancelLabel],
        defaultId: 1,
        cancelId: 1
      })
      return result.response === 0
    },
    printToPdf,
    async openExternal(url) {
      const parsed = new URL(url)
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('Only web links open outside the app')
      // Electronegativity OPEN_EXTERNAL_JS_CHECK: explained in scripts/security-scan.ts (http(s) only, checked above).
      await shell.openExternal(parsed.href)
    }
  }
}

/**
 * Joplin's way: a hidden, sandboxed window with no preload, wait for the fonts (not a timer), then
 * printToPDF. The document goes through a temporary file: a data: URL is capped at about 2 MB,
 * which a large export with its embedded font passes.
 */
async function printToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const file = join(app.getPath('temp'), `bayegan-export-${randomUUID()}.html`)
  await writeFile(file, html, 'utf8')
  // Electronegativity AUXCLICK_JS_CHECK: explained in scripts/security-scan.ts (hidden window, opens denied app-wide).
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true, webSecurity: true }
  })
  try {
    await printer.loadFile(file)
    await printer.webContents.executeJavaScript('document.fonts.ready.then(() => true)')
    const pdf = await printer.webContents.printToPDF({
      pageSize: options.pageSize,
      printBackground: true,
      displayHeaderFooter: Boolean(options.footerTemplate),
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
      margins: options.margins
    })
    return new Uint8Array(pdf)
  } finally {
    printer.destroy()
    await rm(file, { force: true })
  }
}
