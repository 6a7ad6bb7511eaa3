import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Flags headless Chromium needs on these machines (DESIGN.md section 1), in one place. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface BrowserChoice {
  executablePath: string | undefined
  why: string
}

/** The browser, found in order: $BAYEGAN_CHROMIUM, Debian's /usr/bin/chromium, then Playwright's own. */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const named = env['BAYEGAN_CHROMIUM']
  if (named) {
    if (!existsSync(named)) throw new Error(`BAYEGAN_CHROMIUM names ${named}, which does not exist`)
    return { executablePath: named, why: `BAYEGAN_CHROMIUM=${named}` }
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', why: "Debian's /usr/bin/chromium" }
  const own = chromium.executablePath()
  if (own && existsSync(own)) return { executablePath: undefined, why: `Playwright's own Chromium at ${own}` }
  throw new Error(
    'No Chromium found: install Debian\'s chromium (apt-get install chromium), set BAYEGAN_CHROMIUM, or run "npx playwright install chromium" where the network allows'
  )
}
