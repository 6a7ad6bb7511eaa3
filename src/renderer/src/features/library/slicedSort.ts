/**
 * Long work on the UI thread cut into slices: the caller's `Slicer` says when a slice has run long
 * enough and gives the page back (to paint, to take a keystroke) before the next one. A newer
 * request cancels an older one by making its `pause` throw.
 */
export interface Slicer {
  /** True once this slice has used its time. Cheap: called often. */
  due(): boolean
  /** Gives the thread back; rejects when the work was cancelled meanwhile. */
  pause(): Promise<void>
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled')
  }
}

/** A slicer over the wall clock: slices of `budgetMs`, then a macrotask break. */
export function timeSlicer(isCancelled: () => boolean, budgetMs = 8, now: () => number = () => performance.now()): Slicer {
  let began = now()
  return {
    due: () => now() - began > budgetMs,
    async pause() {
      await nextTask()
      if (isCancelled()) throw new Cancelled()
      began = now()
    }
  }
}

/** A macrotask without setTimeout's 4 ms clamp (scheduler.yield where the browser has it). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Filters in slices, keeping order. */
export async function filterSliced<T>(items: readonly T[], keep: (item: T) => boolean, slicer: Slicer): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T
    if (keep(item)) out.push(item)
    if ((i & 1023) === 1023 && slicer.due()) await slicer.pause()
  }
  return out
}

const RUN = 32

/**
 * A stable merge sort (insertion-sorted runs, then bottom-up merges) that pauses between slices,
 * so sorting 100,000 titles with a collator never blocks the page. Sorts `items` in place.
 */
export async function sortSliced<T>(items: T[], compare: (a: T, b: T) => number, slicer: Slicer): Promise<T[]> {
  const n = items.length
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n)
    for (let i = lo + 1; i < hi; i++) {
      const item = items[i] as T
      let j = i - 1
      while (j >= lo && compare(items[j] as T, item) > 0) {
        items[j + 1] = items[j] as T
        j--
      }
      items[j + 1] = item
    }
    if (slicer.due()) await slicer.pause()
  }
  let src = items
  let dst: T[] = new Array<T>(n)
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      let k = lo
      while (k < hi) {
        const stop = Math.min(hi, k + 2048)
        while (k < stop) {
          if (i < mid && (j >= hi || compare(src[i] as T, src[j] as T) <= 0)) dst[k++] = src[i++] as T
          else dst[k++] = src[j++] as T
        }
        if (slicer.due()) await slicer.pause()
      }
    }
    ;[src, dst] = [dst, src]
  }
  if (src !== items) for (let k = 0; k < n; k++) items[k] = src[k] as T
  return items
}
