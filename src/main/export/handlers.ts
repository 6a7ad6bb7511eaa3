import type { HostPlatform } from '../platform'
import { createExportService } from './exportService'

/** The export channels' handlers, for the main handler map. */
export function createExportHandlers(platform: HostPlatform) {
  const service = createExportService(platform)
  return {
    'export:save': service.save,
    'export:cancel': async ({ jobId }: { jobId: string }) => service.cancel(jobId)
  }
}
