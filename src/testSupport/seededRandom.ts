/** A small seeded generator (mulberry32): generated corpora and queries repeat exactly run to run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `size` distinct made-up Persian words: one to three syllables and a final letter, drawn from
 * `next`. The engine's generated test corpora build their Zipf-like texts from such a list.
 */
export function syllableWords(next: () => number, size: number, syllables: readonly string[], finals: readonly string[]): string[] {
  const words = new Set<string>()
  while (words.size < size) {
    let w = ''
    for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) w += syllables[Math.floor(next() * syllables.length)]
    words.add(w + finals[Math.floor(next() * finals.length)])
  }
  return [...words]
}
