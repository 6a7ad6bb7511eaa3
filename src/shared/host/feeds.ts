// Followed feeds across the bridge (issue 17). The main process owns the list and does all
// fetching; the renderer edits the list, asks for a check, and stores what comes back through the
// same sanitise + store path as file imports.
import { z } from 'zod'
import type { PageDraft } from './fileImport'

export const feedsRequests = {
  'feeds:get': z.null(),
  'feeds:save': z.strictObject({
    fetchingOn: z.boolean(),
    checkOnStart: z.boolean(),
    feeds: z
      .array(z.strictObject({ url: z.string().max(2000), keywords: z.array(z.string().max(100)).max(20) }))
      .max(100)
  }),
  'feeds:check': z.null(),
  /**
   * Asked once by the renderer after the library is shown: checks the feeds only when fetching
   * AND "check on start" are on, and only the first time in the main process's life.
   */
  'feeds:startup': z.null()
} as const

/** Why a feed could not be read this time; the interface translates each code. */
export type FeedProblemCode =
  /** The address (or what its name resolves to, or a redirect) is on this computer or a private network. */
  | 'private-address'
  | 'bad-address'
  | 'bad-redirect'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'network'
  | 'bad-encoding'
  | 'not-a-feed'
  | 'malformed-xml'

export interface FeedView {
  url: string
  keywords: string[]
  status?: { checkedAt: string; outcome: 'ok' | 'failed'; problem?: string; matched?: number; taken?: number; total?: number }
}

export interface FeedsState {
  fetchingOn: boolean
  checkOnStart: boolean
  feeds: FeedView[]
}

export type FeedsSaveResult = { ok: true; state: FeedsState } | { ok: false; problem: 'bad-address' | 'duplicate'; index: number }

export interface FeedsCheckResult {
  /**
   * Nothing was fetched: 'off' when fetching is switched off; for 'feeds:startup' also
   * 'not-on-start' (check on start is off) and 'already' (this app run has checked at start before).
   */
  skipped?: 'off' | 'not-on-start' | 'already'
  state: FeedsState
  pages: { feedUrl: string; page: PageDraft }[]
}

export interface FeedsResponses {
  'feeds:get': FeedsState
  'feeds:save': FeedsSaveResult
  'feeds:check': FeedsCheckResult
  'feeds:startup': FeedsCheckResult
}
