// The feeds channels. Saving validates every address again here (nothing from the renderer is
// trusted); checking does nothing at all while fetching is switched off, and runs one check at a time.
import type { FeedsCheckResult, FeedsSaveResult, FeedsState } from '../../shared/host/feeds'
import type { Handlers } from '../../shared/host/contract'
import type { HostPlatform } from '../platform'
import { createWorkerParser, type FileParser } from '../import/workerParser'
import { checkFeed, type CheckDeps } from './checkFeed'
import { fetchLimited, FEED_FETCH_LIMITS, type FetchLimits } from './fetchLimited'
import { PUBLIC_ADDRESSES_ONLY, type AddressPolicy } from './addressPolicy'
import { feedSettingsSchema, loadFeedSettings, saveFeedSettings, type FeedSettings } from './feedSettings'

const view = (s: FeedSettings): FeedsState => ({ fetchingOn: s.fetchingOn, checkOnStart: s.checkOnStart, feeds: s.feeds })

export function createFeedHandlers(
  platform: Pick<HostPlatform, 'dataDir'>,
  limits: FetchLimits = FEED_FETCH_LIMITS,
  /** Public addresses only in the app; tests of stand-in servers on loopback pass LOOPBACK_ALLOWED_FOR_TESTS. */
  policy: AddressPolicy = PUBLIC_ADDRESSES_ONLY
): Pick<Handlers, 'feeds:get' | 'feeds:save' | 'feeds:check' | 'feeds:startup'> {
  let checking: Promise<FeedsCheckResult> | undefined
  let startupAsked = false
  // Fetched pages are read in their own worker thread (time and memory limits), as imported files
  // are, but not the import's: a feed check never cancels or waits on a file import.
  let parser: FileParser | undefined
  const parse: ParseFn = (input) => (parser ??= createWorkerParser()).parse(input)
  return {
    'feeds:get': async () => view(await loadFeedSettings(platform.dataDir)),
    'feeds:save': async (request): Promise<FeedsSaveResult> => {
      const current = await loadFeedSettings(platform.dataDir)
      const seen = new Set<string>()
      const feeds: FeedSettings['feeds'] = []
      for (const [index, feed] of request.feeds.entries()) {
        const url = feed.url.trim()
        if (seen.has(url)) return { ok: false, problem: 'duplicate', index }
        seen.add(url)
        const keywords = [...new Set(feed.keywords.map((k) => k.trim()).filter(Boolean))]
        const status = current.feeds.find((f) => f.url === url)?.status
        feeds.push({ url, keywords, ...(status ? { status } : {}) })
      }
      const next = { ...current, fetchingOn: request.fetchingOn, checkOnStart: request.checkOnStart, feeds }
      const checked = feedSettingsSchema.safeParse(next)
      if (!checked.success) {
        const index = Number(checked.error.issues[0]?.path[1] ?? 0)
        return { ok: false, problem: 'bad-address', index: Number.isFinite(index) ? index : 0 }
      }
      await saveFeedSettings(platform.dataDir, checked.data)
      return { ok: true, state: view(checked.data) }
    },
    'feeds:check': async () => {
      checking ??= runCheck(platform.dataDir, limits, policy, parse).finally(() => (checking = undefined))
      return checking
    },
    // Once per run of the app, whatever the renderer does (a reload asks again: it gets 'already').
    'feeds:startup': async () => {
      const settings = await loadFeedSettings(platform.dataDir)
      if (startupAsked) return { skipped: 'already', state: view(settings), pages: [] }
      startupAsked = true
      if (!settings.fetchingOn) return { skipped: 'off', state: view(settings), pages: [] }
      if (!settings.checkOnStart) return { skipped: 'not-on-start', state: view(settings), pages: [] }
      checking ??= runCheck(platform.dataDir, limits, policy, parse).finally(() => (checking = undefined))
      return checking
    }
  }
}

type ParseFn = NonNullable<CheckDeps['parse']>

async function runCheck(dataDir: string, limits: FetchLimits, policy: AddressPolicy, parse: ParseFn): Promise<FeedsCheckResult> {
  const settings = await loadFeedSettings(dataDir)
  if (!settings.fetchingOn) return { skipped: 'off', state: view(settings), pages: [] }
  const pages: FeedsCheckResult['pages'] = []
  const feeds: FeedSettings['feeds'] = []
  for (const feed of settings.feeds) {
    const result = await checkFeed(feed, { fetch: (url) => fetchLimited(url, limits, { policy }), parse })
    const checkedAt = new Date().toISOString()
    if (result.status === 'ok') {
      for (const page of result.taken) pages.push({ feedUrl: feed.url, page })
      feeds.push({ ...feed, status: { checkedAt, outcome: 'ok', matched: result.matched, taken: result.taken.length, total: result.total } })
    } else {
      // A failing feed keeps its place and its keywords; only its status changes.
      feeds.push({ ...feed, status: { checkedAt, outcome: 'failed', problem: result.problem } })
    }
  }
  // The list may have been edited during the check: only statuses of feeds still listed are written.
  const latest = await loadFeedSettings(dataDir)
  const statusOf = new Map(feeds.map((f) => [f.url, f.status]))
  const merged: FeedSettings = {
    ...latest,
    feeds: latest.feeds.map((f) => {
      const status = statusOf.get(f.url)
      return status ? { ...f, status } : f
    })
  }
  await saveFeedSettings(dataDir, merged)
  return { state: view(merged), pages }
}
