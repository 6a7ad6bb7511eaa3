/**
 * The size to assume for a row not yet measured: the size measured most often so far (the initial
 * guess until `minSamples` rows are measured). With the common size as the estimate, measuring a
 * typical row changes nothing, and the virtualiser does not lay out every row after it again: at
 * 100,000 rows that re-layout, once per measured row, was what held scrolling up (issue 18).
 */
export interface RowEstimate {
  /** The current estimate, px. */
  size(): number
  /** A row was measured at `px` (rounded as the virtualiser rounds it). */
  measured(px: number): void
}

export function createRowEstimate(initial: number, minSamples = 3): RowEstimate {
  const counts = new Map<number, number>()
  let samples = 0
  let mode = initial
  let modeCount = 0
  return {
    size: () => (samples >= minSamples ? mode : initial),
    measured(px) {
      if (!Number.isFinite(px) || px <= 0) return
      samples++
      const n = (counts.get(px) ?? 0) + 1
      counts.set(px, n)
      if (n > modeCount) {
        mode = px
        modeCount = n
      }
    }
  }
}
