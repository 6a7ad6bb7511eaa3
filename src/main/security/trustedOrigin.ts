/** The renderer's own origin under the Electron shell: a privileged, secure custom scheme. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bayegan'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * True only for a URL of the renderer itself: the app origin, or the dev server during `npm run dev`.
 * IPC senders, navigations and permission requests are all judged by this.
 */
export function isTrustedRendererUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  try {
    return parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}
