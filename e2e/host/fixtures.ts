import { mkdirSync } from 'node:fs'
import { test as base } from '@playwright/test'
import { SEED_ARCHIVE_DIR } from '../fixtures/packs'
import { newProfile, startApp, type AppRun, type Profile } from './testHost'

export { expect } from '@playwright/test'

export const ARTIFACTS = 'e2e/artifacts'
mkdirSync(ARTIFACTS, { recursive: true })

export interface AppLauncher {
  /** Starts the app on this test's profile; a later call is a restart with the same data. */
  start(archiveDir?: string): Promise<AppRun>
}

/**
 * `profile`: a fresh user data folder per test. `app.start()`: launches the app on it; every run a
 * test starts is closed after it, and the profile removed.
 */
export const test = base.extend<{ profile: Profile; app: AppLauncher }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const profile = newProfile()
    await use(profile)
    profile.dispose()
  },
  app: async ({ profile }, use) => {
    const runs: AppRun[] = []
    await use({
      async start(archiveDir = SEED_ARCHIVE_DIR) {
        const run = await startApp({ profile, archiveDir })
        runs.push(run)
        return run
      }
    })
    for (const run of runs) await run.close().catch(() => undefined)
  }
})
