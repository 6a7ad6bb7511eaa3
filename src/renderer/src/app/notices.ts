/**
 * One small mechanism for telling the researcher that something they made was not written, in
 * their language, with what was kept. Features and the composition root post notices; one
 * NoticeArea shows them until dismissed. Kept here (not in a feature) because every feature posts.
 */

/** What could not be written. */
export type FailedWhat = 'annotation' | 'note' | 'summary' | 'setting' | 'position' | 'article-journal'
/** Why, as far as the researcher needs to know: quota is named as such. */
export type FailedReason = 'quota' | 'too-long' | 'invalid' | 'other'
/** What survives: the last saved version, a draft of the text, or the database (only the journal copy failed). */
export type Kept = 'previous' | 'draft' | 'database'

export interface Notice {
  id: number
  what: FailedWhat
  reason: FailedReason
  kept: Kept
  /** Technical detail (English), shown small beside the translated message. */
  detail: string
}

export interface Notices {
  post(notice: Omit<Notice, 'id'>): void
  dismiss(id: number): void
  list(): readonly Notice[]
  subscribe(listener: () => void): () => void
}

/** At most this many are kept: a write failing in a loop must not grow the list without end. */
const MAX_NOTICES = 5

export function createNotices(): Notices {
  let notices: readonly Notice[] = []
  let next = 1
  const listeners = new Set<() => void>()
  const notify = (): void => listeners.forEach((l) => l())
  return {
    post(notice) {
      // The same failure again replaces the older notice instead of stacking copies.
      const rest = notices.filter((n) => !(n.what === notice.what && n.reason === notice.reason))
      notices = [...rest, { ...notice, id: next++ }].slice(-MAX_NOTICES)
      notify()
    },
    dismiss(id) {
      notices = notices.filter((n) => n.id !== id)
      notify()
    },
    list: () => notices,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** Names a failed write's cause: IndexedDB's quota (Dexie wraps it), a schema limit, or anything else. */
export function classifyWriteError(error: unknown): { reason: FailedReason; detail: string } {
  const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300)
  const names = errorNames(error)
  if (names.includes('QuotaExceededError')) return { reason: 'quota', detail }
  if (names.includes('ZodError')) {
    const issues = (error as { issues?: { code?: string }[] }).issues ?? []
    return { reason: issues.some((i) => i.code === 'too_big') ? 'too-long' : 'invalid', detail }
  }
  return { reason: 'other', detail }
}

function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  // Dexie keeps the browser's error as `inner`; follow a few levels, never a cycle.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const name = (current as { name?: unknown }).name
    if (typeof name === 'string') names.push(name)
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause
  }
  return names
}

/**
 * Wraps an async write so that a failure is posted as a notice and then rethrown: the caller still
 * learns of it (an editor stays open, a draft is kept), and the researcher always sees it.
 */
export function reportingFailures<A extends unknown[], R>(
  notices: Pick<Notices, 'post'>,
  what: FailedWhat | ((...args: A) => FailedWhat),
  kept: Kept | ((...args: A) => Kept),
  write: (...args: A) => Promise<R>
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await write(...args)
    } catch (error) {
      notices.post({
        what: typeof what === 'function' ? what(...args) : what,
        kept: typeof kept === 'function' ? kept(...args) : kept,
        ...classifyWriteError(error)
      })
      throw error
    }
  }
}
