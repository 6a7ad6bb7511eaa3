/**
 * The Electron shell: it only wires Electron to plain modules (src/main/shell/*, the handler map),
 * each executed in unit tests against a fake 'electron'; index.test.ts runs this file itself.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHandlers, packStoreFor } from './handlers'
import { packIndexResponse } from './archive/packIndexRoute'
import { APP_ORIGIN, APP_SCHEME, isTrustedRendererUrl } from './security/trustedOrigin'
import { createAppRequestHandler } from './shell/appProtocol'
import { appPaths } from './shell/appPaths'
import { drainBeforeClose } from './shell/closeDrain'
import { denyAllPermissions, guardWebContents } from './shell/contentsGuards'
import { trustedDevServerUrl } from './shell/devOrigin'
import { electronPlatform } from './shell/electronPlatform'
import { wireIpc } from './shell/ipcWiring'
import { createPrintDocuments } from './shell/printDocuments'
import { createPdfPrinter } from './shell/printToPdf'
import { installRecovery } from './shell/recovery'
import { focusExistingWindow } from './shell/singleInstance'
import { failurePageUrl, showStartupFailure, STARTUP_FAILURE_TEXT, describeError } from './shell/startupFailure'

const paths = appPaths({
  mainDir: dirname(fileURLToPath(import.meta.url)),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath()
})
const devServerUrl = trustedDevServerUrl({ builtForDev: import.meta.env.DEV, isPackaged: app.isPackaged, env: process.env })
const isTrustedUrl = (url: string): boolean => isTrustedRendererUrl(url, devServerUrl)
const rendererUrl = (query = ''): string => `${devServerUrl ?? APP_ORIGIN}/index.html${query}`
const printDocuments = createPrintDocuments()
let mainWindow: BrowserWindow | null = null

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

// Every web-contents, whoever creates it: no new windows, no navigation away, no webviews.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isTrustedUrl))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => focusExistingWindow(BrowserWindow.getAllWindows()))
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch(async (err: unknown) => {
      await showStartupFailure(mainWindow, dialog, err)
      if (!mainWindow) app.quit() // the native box was the only window; nothing left to show
    })
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  const dataDir = app.getPath('userData')
  // One view of the packs (nothing read yet) for the IPC handlers and for the protocol that streams their prebuilt indexes.
  const packStore = packStoreFor({ archiveDir: paths.archiveDir, dataDir })
  protocol.handle(APP_SCHEME, createAppRequestHandler({ rendererDir: paths.rendererDir, printDocuments, packIndex: (path) => packIndexResponse(packStore, path) }))
  const win = createMainWindow()
  mainWindow = win

  await mkdir(dataDir, { recursive: true })
  const platform = electronPlatform({
    archiveDir: paths.archiveDir,
    dataDir,
    documentsDir: app.getPath('documents'),
    appVersion: app.getVersion(),
    dialog,
    shell,
    window: () => mainWindow,
    // Electronegativity AUXCLICK_JS_CHECK: explained in scripts/security-scan.ts (hidden print window, opens denied app-wide).
    printToPdf: createPdfPrinter({ documents: printDocuments, createWindow: (options) => new BrowserWindow(options) })
  })
  const ipc = wireIpc(ipcMain, createHandlers(platform, { packStore }), isTrustedUrl)

  drainBeforeClose(win, ipc)
  installRecovery(win, {
    reload: (reason) => void win.loadURL(rendererUrl(`?recovered=${reason}`)).catch(() => undefined),
    giveUp: (reason) => void win.loadURL(failurePageUrl(`render process: ${reason}`, STARTUP_FAILURE_TEXT.crashLoop)).catch(() => undefined)
  })
  win.once('ready-to-show', () => win.show())
  try {
    await win.loadURL(rendererUrl())
  } catch (err) {
    throw new Error(`The window could not load ${rendererUrl()}: ${describeError(err)}`)
  }
}

function createMainWindow(): BrowserWindow {
  // Electronegativity AUXCLICK/PRELOAD checks: explained in scripts/security-scan.ts (opens denied, minimal preload).
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Bayegan',
    backgroundColor: '#faf8f3',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  return win
}
