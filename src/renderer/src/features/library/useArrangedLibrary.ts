import { useEffect, useMemo, useState } from 'react'
import type { ArticleHead } from '../../db/records'
import type { Edition } from '../../../../shared/archive/editions'
import { arrangeLibrary, arrangeLibrarySliced, type LibraryQuery } from './libraryModel'
import { Cancelled, timeSlicer } from './slicedSort'

/** Up to this many heads are arranged at once; more in slices (a few ms each) off the input's way. */
export const ARRANGE_AT_ONCE = 3000

/**
 * The library's heads filtered and sorted for `query`. A large library is arranged in slices; until
 * the new arrangement is ready the previous one stays on screen and `pending` is true, and a newer
 * query or change cancels the older work.
 */
export function useArrangedLibrary(
  heads: readonly ArticleHead[],
  query: LibraryQuery,
  collator: Intl.Collator,
  editions: readonly Edition[],
  exists: (id: string) => boolean
): { shown: readonly ArticleHead[]; pending: boolean } {
  const atOnce = heads.length <= ARRANGE_AT_ONCE
  const direct = useMemo(() => (atOnce ? arrangeLibrary(heads, query, collator, { editions }) : null), [atOnce, heads, query, collator, editions])
  const [sliced, setSliced] = useState<{ shown: readonly ArticleHead[]; for: unknown[] } | null>(null)
  // What the small library last showed: kept on screen while the grown one is first arranged.
  const [fallback, setFallback] = useState<readonly ArticleHead[]>([])
  if (direct !== null && fallback !== direct) setFallback(direct)
  const inputs = [heads, query, collator, editions, exists]

  useEffect(() => {
    if (atOnce) return
    let cancelled = false
    const key = [heads, query, collator, editions, exists]
    arrangeLibrarySliced(heads, query, collator, { editions, exists }, timeSlicer(() => cancelled)).then(
      (shown) => {
        if (!cancelled) setSliced({ shown, for: key })
      },
      (err: unknown) => {
        if (!(err instanceof Cancelled)) throw err
      }
    )
    return () => {
      cancelled = true
    }
  }, [atOnce, heads, query, collator, editions, exists])

  const current = sliced !== null && sliced.for.every((v, i) => v === inputs[i])
  const shown = direct ?? (current ? sliced.shown : (sliced?.shown ?? fallback))
  return { shown, pending: direct === null && !current }
}
