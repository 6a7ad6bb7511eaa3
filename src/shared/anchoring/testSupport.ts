// Test-only helpers, imported by *.test.ts only.

export const ZWNJ = '\u200c'

/** The seed article (it lost its ZWNJ half-spaces, which several tests rely on). */
export { readSeedText as readSeed } from '../../testSupport/seed'

/** Offset of the n-th (0-based) occurrence of `needle`; throws if missing so tests fail loudly. */
export function nthIndexOf(text: string, needle: string, n: number): number {
  let i = -1
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1)
    if (i === -1) throw new Error(`occurrence ${n} of ${needle} not found`)
  }
  return i
}

export function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1
}

/** The seed with the half-spaces it lost put back in the compounds these tests rely on. */
export function withZwnj(text: string): string {
  return text
    .replaceAll('کسبوکار', `کسب${ZWNJ}وکار`)
    .replaceAll('آسیبدیده', `آسیب${ZWNJ}دیده`)
    .replaceAll('تراکنشهای', `تراکنش${ZWNJ}های`)
    .replaceAll('بینالمللی', `بین${ZWNJ}المللی`)
}
