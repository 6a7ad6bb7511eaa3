import type { Session, WebContents } from 'electron'

/**
 * What every web-contents (the window, the print window, anything a bug might create) may do:
 * open no windows, navigate or be redirected only within the renderer itself, attach no webviews.
 * Links go to the system browser through the `link:open` channel, never through navigation.
 */
export function guardWebContents(contents: WebContents, isTrustedUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** No permission (camera, notifications, clipboard-read, geolocation…) is ever granted or reported granted. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
