import type { WebFrameMain } from 'electron'

/**
 * An IPC call is answered only when it comes from the top frame of a page of the renderer itself:
 * not from an iframe (even one of our origin), not from another origin, not when the frame is gone.
 */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, isTrustedUrl: (url: string) => boolean): boolean {
  if (!frame) return false
  if (frame.parent !== null) return false
  return isTrustedUrl(frame.url)
}
