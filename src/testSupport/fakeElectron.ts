/**
 * A small stand-in for the 'electron' module, written for tests: vitest aliases 'electron' to this
 * file (vitest.config.ts), so the shell modules and src/main/index.ts run unchanged against it.
 * It records what the shell asked for and lets a test play Electron's part (emit events, answer
 * dialogs). It is not a mock of our code: it only imitates the parts of Electron's API we use.
 */
import { EventEmitter } from 'node:events'

type Listener = (...args: never[]) => unknown

/** Events that Electron lets a listener cancel carry preventDefault(); tests read `defaultPrevented`. */
export class FakeEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null
  ) {}
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this
  }
}

export class FakeSession {
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null
  permissionCheckHandler: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
}

export interface PrintCall {
  options: unknown
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null
  mainFrame = new FakeWebFrame('')
  session = new FakeSession()
  crashedByUs = 0
  reloads = 0
  printCalls: PrintCall[] = []
  scripts: string[] = []
  /** What printToPDF / executeJavaScript do; a test replaces these to fail or hang. */
  printImpl: (options: unknown) => Promise<Buffer> = async () => Buffer.from('%PDF-fake')
  scriptImpl: (code: string) => Promise<unknown> = async () => true
  destroyed = false
  constructor(public owner: FakeBrowserWindow | null = null) {
    super()
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler
  }
  getURL(): string {
    return this.mainFrame.url
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code)
    return this.scriptImpl(code)
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.printCalls.push({ options })
    return this.printImpl(options)
  }
  forcefullyCrashRenderer(): void {
    this.crashedByUs += 1
  }
  reload(): void {
    this.reloads += 1
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Fires a cancellable event the way Electron does and returns it for inspection. */
  fire(name: string, ...args: unknown[]): FakeEvent {
    const event = new FakeEvent()
    this.emit(name, event, ...args)
    return event
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = []
  static created: FakeBrowserWindow[] = []
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed)
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null
  }
  webContents = new FakeWebContents(this)
  loaded: string[] = []
  destroyed = false
  minimized = false
  focused = 0
  restored = 0
  shown = false
  closeRequests = 0
  /** What loadURL does; a test replaces it to fail or hang. */
  loadImpl: (url: string) => Promise<void> = async () => undefined
  constructor(public options: Record<string, unknown> = {}) {
    super()
    FakeBrowserWindow.all.push(this)
    FakeBrowserWindow.created.push(this)
    fake.app.emit('web-contents-created', new FakeEvent(), this.webContents)
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    this.webContents.mainFrame.url = url
    return this.loadImpl(url)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
  /** Like Electron: 'close' can be cancelled; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return
    this.closeRequests += 1
    const event = new FakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
    this.restored += 1
  }
  focus(): void {
    this.focused += 1
  }
  show(): void {
    this.shown = true
  }
}

export interface ProtocolRegistration {
  scheme: string
  privileges?: Record<string, boolean>
}

class FakeProtocol {
  privileged: ProtocolRegistration[] = []
  handlers = new Map<string, (request: Request) => Promise<Response> | Response>()
  registerSchemesAsPrivileged(schemes: ProtocolRegistration[]): void {
    this.privileged.push(...schemes)
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler)
  }
  /** Test helper: what a request to `url` would receive. */
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.replace(/:$/, ''))
    if (!handler) throw new Error(`no handler for ${url}`)
    return handler(new Request(url))
  }
}

class FakeIpcMain {
  handlers = new Map<string, (event: unknown, payload: unknown) => unknown>()
  handle(channel: string, handler: (event: unknown, payload: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  /** Test helper: an invoke from `frame` of `sender`. */
  async invoke(channel: string, payload: unknown, frame: FakeWebFrame | null, sender: FakeWebContents = new FakeWebContents()): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler({ senderFrame: frame, sender }, payload)
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  lockGranted = true
  quitCalls = 0
  readyResolve: (() => void) | null = null
  readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve))
  paths: Record<string, string> = { userData: '/tmp/bayegan-fake-userData', temp: '/tmp', documents: '/tmp/docs' }
  requestSingleInstanceLock(): boolean {
    return this.lockGranted
  }
  quit(): void {
    this.quitCalls += 1
  }
  exit(): void {
    this.quitCalls += 1
  }
  whenReady(): Promise<void> {
    return this.readyPromise
  }
  getPath(name: string): string {
    const path = this.paths[name]
    if (!path) throw new Error(`unknown path ${name}`)
    return path
  }
  getAppPath(): string {
    return process.cwd()
  }
  getVersion(): string {
    return '0.0.0-fake'
  }
  getLocale(): string {
    return 'fa'
  }
}

export interface DialogCall {
  kind: 'save' | 'open' | 'message' | 'error'
  options: Record<string, unknown>
}

class FakeDialog {
  calls: DialogCall[] = []
  /** Answers for showMessageBox, in order: the index of the button pressed. */
  messageAnswers: number[] = []
  async showSaveDialog(_parent: unknown, options: Record<string, unknown>): Promise<{ canceled: boolean; filePath?: string }> {
    this.calls.push({ kind: 'save', options })
    return { canceled: true }
  }
  async showOpenDialog(_parent: unknown, options: Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.calls.push({ kind: 'open', options })
    return { canceled: true, filePaths: [] }
  }
  async showMessageBox(_parent: unknown, options: Record<string, unknown>): Promise<{ response: number }> {
    this.calls.push({ kind: 'message', options })
    return { response: this.messageAnswers.shift() ?? Number(options['cancelId'] ?? 0) }
  }
  showErrorBox(title: string, content: string): void {
    this.calls.push({ kind: 'error', options: { title, content } })
  }
}

class FakeShell {
  opened: string[] = []
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  }
}

/** The renderer side, for the preload: what it exposes and what it sends. */
class FakeContextBridge {
  exposed = new Map<string, unknown>()
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api)
  }
}

class FakeIpcRenderer {
  sent: { channel: string; payload: unknown }[] = []
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    this.sent.push({ channel, payload })
    return { ok: true, value: null }
  }
}

/** Everything the fake holds, for tests to inspect; reset() gives a fresh Electron. */
export const fake = {
  app: new FakeApp(),
  protocol: new FakeProtocol(),
  ipcMain: new FakeIpcMain(),
  dialog: new FakeDialog(),
  shell: new FakeShell(),
  session: { defaultSession: new FakeSession() },
  contextBridge: new FakeContextBridge(),
  ipcRenderer: new FakeIpcRenderer(),
  reset(): void {
    fake.contextBridge = new FakeContextBridge()
    fake.ipcRenderer = new FakeIpcRenderer()
    fake.app = new FakeApp()
    fake.protocol = new FakeProtocol()
    fake.ipcMain = new FakeIpcMain()
    fake.dialog = new FakeDialog()
    fake.shell = new FakeShell()
    fake.session = { defaultSession: new FakeSession() }
    FakeBrowserWindow.all = []
    FakeBrowserWindow.created = []
  }
}

/** The names src/main and src/preload import from 'electron', delegating to the current fake. */
function delegate<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get: (_target, key) => {
      const target = get() as Record<string | symbol, unknown>
      const value = target[key]
      return typeof value === 'function' ? (value as Listener).bind(target) : value
    }
  })
}

export const app = delegate(() => fake.app)
export const protocol = delegate(() => fake.protocol)
export const ipcMain = delegate(() => fake.ipcMain)
export const dialog = delegate(() => fake.dialog)
export const shell = delegate(() => fake.shell)
export const session = delegate(() => fake.session)
export const contextBridge = delegate(() => fake.contextBridge)
export const ipcRenderer = delegate(() => fake.ipcRenderer)
export const BrowserWindow = FakeBrowserWindow

/** Electron's types for a fake object: one cast, in one place. */
export function asElectron<T>(value: unknown): T {
  return value as T
}
