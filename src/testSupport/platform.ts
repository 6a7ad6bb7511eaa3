import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HostPlatform } from '../main/platform'

/**
 * A platform for unit tests of the handlers: real folders, and dialogs answered by the test.
 * Parts a test did not set fail loudly instead of pretending to work.
 */
export function testPlatform(overrides: Partial<HostPlatform> = {}): HostPlatform {
  const refuse = (what: string) => () => Promise.reject(new Error(`${what} is not available in this test`))
  return {
    archiveDir: join(tmpdir(), 'no-such-bayegan-archive'),
    dataDir: mkdtempSync(join(tmpdir(), 'bayegan-data-')),
    appVersion: '0.0.0',
    shell: 'test',
    chooseSavePath: refuse('chooseSavePath'),
    chooseOpenPaths: refuse('chooseOpenPaths'),
    confirm: refuse('confirm'),
    printToPdf: refuse('printToPdf'),
    openExternal: refuse('openExternal'),
    ...overrides
  }
}
