import { describe, expect, it } from 'vitest'
import type { Session, WebContents } from 'electron'
import { asElectron, FakeSession, FakeWebContents } from '../../testSupport/fakeElectron'
import { isTrustedRendererUrl } from '../security/trustedOrigin'
import { denyAllPermissions, guardWebContents } from './contentsGuards'

function guarded(devServerUrl?: string): FakeWebContents {
  const contents = new FakeWebContents()
  guardWebContents(asElectron<WebContents>(contents), (url) => isTrustedRendererUrl(url, devServerUrl))
  return contents
}

describe('what a web-contents may do', () => {
  it('opens no window, whatever the URL', () => {
    const contents = guarded()
    for (const url of ['https://example.org/', 'app://bayegan/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it.each(['will-navigate', 'will-redirect'])('%s stays within the renderer', (name) => {
    const contents = guarded()
    expect(contents.fire(name, 'app://bayegan/index.html#/reader').defaultPrevented).toBe(false)
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://print/x.html', 'app://evil/', 'http://localhost:5173/', 'data:text/html,x']) {
      expect(contents.fire(name, url).defaultPrevented, url).toBe(true)
    }
  })

  it('a frame navigating anywhere else is stopped too', () => {
    const contents = guarded()
    const event = { url: 'https://example.org/', defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    contents.emit('will-frame-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('trusts the dev server only when the shell was given one', () => {
    expect(guarded('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/').defaultPrevented).toBe(false)
    expect(guarded().fire('will-navigate', 'http://localhost:5173/').defaultPrevented).toBe(true)
  })

  it('attaches no webview', () => {
    expect(guarded().fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true)
  })
})

describe('permissions', () => {
  it('refuses every request and reports every check as denied', () => {
    const session = new FakeSession()
    denyAllPermissions(asElectron<Session>(session))
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined
      session.permissionRequestHandler?.(null, permission, (g) => (granted = g), {})
      expect(granted, permission).toBe(false)
      expect(session.permissionCheckHandler?.(null, permission, 'app://bayegan', {}), permission).toBe(false)
    }
  })
})
