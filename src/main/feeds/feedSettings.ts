// The followed feeds and their last status, kept by the main process in feeds.json in the app's
// data folder (never in the renderer). Fetching is off until the researcher turns it on. A damaged
// file is set aside (feeds.json.damaged-<time>) and a fresh, switched-off list is used, so a bad
// file never stops the app and is never silently overwritten.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../export/atomicWrite'

export const FEED_SETTINGS_LIMITS = { feeds: 100, keywords: 20, keywordChars: 100, urlChars: 2000 }
const L = FEED_SETTINGS_LIMITS

const webUrl = z
  .string()
  .max(L.urlChars)
  .refine((raw) => {
    try {
      const url = new URL(raw)
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password
    } catch {
      return false
    }
  }, 'must be an http(s) address without credentials')

export const feedStatusSchema = z.strictObject({
  checkedAt: z.iso.datetime(),
  outcome: z.enum(['ok', 'failed']),
  /** A machine code the interface translates (a FeedProblem), when failed. */
  problem: z.string().max(40).optional(),
  matched: z.number().int().min(0).optional(),
  taken: z.number().int().min(0).optional(),
  total: z.number().int().min(0).optional()
})

export const followedFeedSchema = z.strictObject({
  url: webUrl,
  keywords: z.array(z.string().trim().min(1).max(L.keywordChars)).max(L.keywords),
  status: feedStatusSchema.optional()
})

export const feedSettingsSchema = z
  .strictObject({
    version: z.literal(1),
    /** Nothing is fetched while this is false. */
    fetchingOn: z.boolean(),
    checkOnStart: z.boolean(),
    feeds: z.array(followedFeedSchema).max(L.feeds)
  })
  .refine((s) => new Set(s.feeds.map((f) => f.url)).size === s.feeds.length, 'a feed address is listed twice')

export type FeedSettings = z.infer<typeof feedSettingsSchema>

export const DEFAULT_FEED_SETTINGS: FeedSettings = { version: 1, fetchingOn: false, checkOnStart: false, feeds: [] }

export const feedSettingsPath = (dataDir: string): string => join(dataDir, 'feeds.json')

export async function loadFeedSettings(dataDir: string, now: () => Date = () => new Date()): Promise<FeedSettings> {
  const path = feedSettingsPath(dataDir)
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch {
    return structuredClone(DEFAULT_FEED_SETTINGS)
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    data = undefined
  }
  const parsed = feedSettingsSchema.safeParse(data)
  if (parsed.success) return parsed.data
  await rename(path, `${path}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`)
  return structuredClone(DEFAULT_FEED_SETTINGS)
}

export async function saveFeedSettings(dataDir: string, settings: FeedSettings): Promise<void> {
  const checked = feedSettingsSchema.parse(settings)
  await writeFileAtomic(feedSettingsPath(dataDir), `${JSON.stringify(checked, null, 2)}\n`)
}
