import { beforeEach, describe, expect, it } from 'vitest'
import type { BrowserWindow, Dialog } from 'electron'
import { join } from 'node:path'
import { asElectron, fake, FakeBrowserWindow } from '../../testSupport/fakeElectron'
import { safeDefaultName } from './dialogPaths'
import { electronPlatform } from './electronPlatform'
import { openWebLink, webLinkOnly } from './externalLinks'
import { describeError, failurePageUrl, showStartupFailure } from './startupFailure'

beforeEach(() => fake.reset())

describe('openExternal takes only web links', () => {
  it('passes http and https on to the system browser', async () => {
    await openWebLink(fake.shell, 'https://www.example.org/a?b=1')
    await openWebLink(fake.shell, 'http://example.org/')
    expect(fake.shell.opened).toEqual(['https://www.example.org/a?b=1', 'http://example.org/'])
  })
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'app://bayegan/', 'data:text/html,x', 'https://user:pw@example.org/', 'not a url', ''])(
    'refuses %s',
    async (url) => {
      expect(webLinkOnly(url)).toBeNull()
      await expect(openWebLink(fake.shell, url)).rejects.toThrow(/Only web links/)
      expect(fake.shell.opened).toEqual([])
    }
  )
})

describe('dialog default names from the renderer', () => {
  it.each([
    ['گزارش الکامپ.pdf', 'گزارش الکامپ.pdf'],
    ['../../.bashrc', 'bashrc'],
    ['/etc/cron.d/job', 'job'],
    ['C:\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['..', 'bayegan-export'],
    ['', 'bayegan-export'],
    ['report\u202Efdp.exe', 'reportfdp.exe'],
    ['a\u0000b\nc.json', 'abc.json'],
    ['con:stream.pdf', 'constream.pdf']
  ])('%j becomes %j', (input, expected) => {
    expect(safeDefaultName(input)).toBe(expected)
  })
  it('keeps the extension when shortening a long name', () => {
    const name = safeDefaultName(`${'ب'.repeat(300)}.pdf`)
    expect(name.length).toBe(120)
    expect(name.endsWith('.pdf')).toBe(true)
  })

  it('the save dialog opens in the documents folder with the bare name', async () => {
    const win = new FakeBrowserWindow()
    const platform = electronPlatform({
      archiveDir: '/a',
      dataDir: '/d',
      documentsDir: '/home/r/Documents',
      appVersion: '1',
      dialog: asElectron<Dialog>(fake.dialog),
      shell: fake.shell,
      window: () => asElectron<BrowserWindow>(win),
      printToPdf: async () => new Uint8Array()
    })
    expect(await platform.chooseSavePath({ defaultName: '../../../../tmp/x/evil.json', filters: [] })).toBeNull()
    expect(fake.dialog.calls[0]?.options['defaultPath']).toBe(join('/home/r/Documents', 'evil.json'))
    fake.dialog.messageAnswers.push(0)
    expect(await platform.confirm({ message: 'm', confirmLabel: 'y', cancelLabel: 'n' })).toBe(true)
    expect(await platform.confirm({ message: 'm', confirmLabel: 'y', cancelLabel: 'n' })).toBe(false) // Escape = cancel
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow()
  })
})

describe('startup failures are shown', () => {
  it('in the window, as a script-free page naming the error', async () => {
    const win = new FakeBrowserWindow()
    await showStartupFailure(asElectron<BrowserWindow>(win), fake.dialog, new Error('EACCES: permission denied, mkdir <userData>'))
    const url = win.loaded[0] ?? ''
    expect(url.startsWith('data:text/html')).toBe(true)
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1))
    expect(html).toContain('EACCES: permission denied, mkdir &lt;userData&gt;')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('بایگان نتوانست آغاز شود')
    expect(win.shown).toBe(true)
    expect(fake.dialog.calls).toEqual([])
  })
  it('in a native box when there is no window, or the window cannot show it', async () => {
    await showStartupFailure(null, fake.dialog, new Error('boom'))
    const win = new FakeBrowserWindow()
    win.loadImpl = async () => {
      throw new Error('ERR_FAILED')
    }
    await showStartupFailure(asElectron<BrowserWindow>(win), fake.dialog, 'plain string')
    expect(fake.dialog.calls.map((c) => c.kind)).toEqual(['error', 'error'])
    expect(String(fake.dialog.calls[0]?.options['content'])).toContain('Error: boom')
    expect(String(fake.dialog.calls[1]?.options['content'])).toContain('plain string')
  })
  it('escapes what it shows', () => {
    expect(decodeURIComponent(failurePageUrl('<img src=x onerror=alert(1)>'))).not.toContain('<img')
    expect(describeError(new TypeError('x'))).toBe('TypeError: x')
  })
})
