import type { Shell } from 'electron'

/** Only web links leave the app, and only to the system browser. */
export function webLinkOnly(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  if (parsed.username || parsed.password) return null
  return parsed.href
}

export async function openWebLink(shell: Pick<Shell, 'openExternal'>, url: string): Promise<void> {
  const href = webLinkOnly(url)
  if (href === null) throw new Error('Only web links (http, https) open outside the app')
  // Electronegativity OPEN_EXTERNAL_JS_CHECK: explained in scripts/security-scan.ts (http(s) only, checked above).
  await shell.openExternal(href)
}
