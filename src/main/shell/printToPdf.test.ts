import { describe, expect, it } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import { FakeBrowserWindow, asElectron, fake } from '../../testSupport/fakeElectron'
import { createAppRequestHandler } from './appProtocol'
import { createPrintDocuments } from './printDocuments'
import { FONTS_READY_SCRIPT } from '../export/printOptions'
import { createPdfPrinter, PrintTimeoutError, type PrintWindow } from './printToPdf'

const A4 = { pageSize: 'A4' as const, margins: { top: 0.5, bottom: 0.7, left: 0.5, right: 0.5 } }

function setup(timeoutMs = 1_000, configure: (w: FakeBrowserWindow) => void = () => undefined) {
  fake.reset()
  const documents = createPrintDocuments()
  const windows: FakeBrowserWindow[] = []
  const served: string[] = []
  const handler = createAppRequestHandler({ rendererDir: '/nonexistent', printDocuments: documents })
  const print = createPdfPrinter({
    documents,
    timeoutMs,
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const w = new FakeBrowserWindow(options as Record<string, unknown>)
      // The fake window "loads" through the real app:// handler, as Electron would.
      w.loadImpl = async (url) => {
        const res = await handler(new Request(url))
        if (!res.ok) throw new Error(`ERR_FILE_NOT_FOUND ${url}`)
        served.push(await res.text())
      }
      configure(w)
      windows.push(w)
      return asElectron<PrintWindow>(w)
    }
  })
  return { documents, windows, served, print }
}

describe('printing without file://', () => {
  it('serves the document from memory at a random app://print path, prints, then removes both', async () => {
    const { documents, windows, served, print } = setup()
    const pdf = await print('<!doctype html><p>گزارش</p>', { ...A4, footerTemplate: '<span class="pageNumber"></span>' })
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-fake')
    const [w] = windows
    expect(w?.loaded[0]).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/)
    expect(served).toEqual(['<!doctype html><p>گزارش</p>'])
    expect(w?.webContents.scripts).toEqual([FONTS_READY_SCRIPT])
    expect(w?.webContents.printCalls[0]?.options).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true })
    expect(w?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })

  it('uses a new path for every print', async () => {
    const { windows, print } = setup()
    await print('<p>1</p>', A4)
    await print('<p>2</p>', A4)
    expect(windows[0]?.loaded[0]).not.toBe(windows[1]?.loaded[0])
  })

  it('opens a hidden, sandboxed window without preload or Node', async () => {
    const { windows, print } = setup()
    await print('<p>x</p>', A4)
    const options = windows[0]?.options as { show: boolean; webPreferences: Record<string, unknown> }
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(options.webPreferences['preload']).toBeUndefined()
  })

  it('cleans up when printing fails', async () => {
    const { documents, windows, print } = setup(1_000, (w) => {
      w.webContents.printImpl = async () => {
        throw new Error('printing failed')
      }
    })
    await expect(print('<p>x</p>', A4)).rejects.toThrow('printing failed')
    expect(windows[0]?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })

  it('cleans up when the page cannot load', async () => {
    const { documents, windows, print } = setup(1_000, (w) => {
      w.loadImpl = async () => {
        throw new Error('ERR_ABORTED')
      }
    })
    await expect(print('<p>x</p>', A4)).rejects.toThrow('ERR_ABORTED')
    expect(windows[0]?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })

  it('gives up after the timeout: the window is destroyed (cancelling it) and the document removed', async () => {
    const { documents, windows, print } = setup(50, (w) => {
      w.webContents.scriptImpl = () => new Promise(() => undefined) // fonts never ready
    })
    await expect(print('<p>x</p>', A4)).rejects.toBeInstanceOf(PrintTimeoutError)
    expect(windows[0]?.destroyed).toBe(true)
    expect(documents.size).toBe(0)
  })
})

describe('the export print options and the second print', () => {
  it('prints tagged with the document outline, as the export model asks', async () => {
    const { windows, print } = setup()
    await print('<p>x</p>', A4)
    expect(windows[0]?.webContents.printCalls[0]?.options).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true })
  })

  it('prints a draft (untagged, no outline), fills the texts read from it into the same page and prints the final', async () => {
    const { windows, print } = setup()
    const seen: number[] = []
    await print('<p id="toc-1">…</p>', A4, async (first) => {
      seen.push(first.length)
      return { 'toc-1': '۳' }
    })
    const w = windows[0]
    expect(windows).toHaveLength(1)
    expect(seen).toHaveLength(1)
    expect(w?.webContents.printCalls.map((c) => c.options)).toMatchObject([
      { generateTaggedPDF: false, generateDocumentOutline: false },
      { generateTaggedPDF: true, generateDocumentOutline: true }
    ])
    expect(w?.webContents.scripts[1]).toContain('"toc-1":"۳"')
  })

  it('stops after the draft when the reader of the draft asks for nothing (a cancelled export)', async () => {
    const { windows, print } = setup()
    await print('<p>x</p>', A4, async () => null)
    expect(windows[0]?.webContents.printCalls.map((c) => c.options)).toMatchObject([{ generateTaggedPDF: false }])
  })
})
