import { cosine, sum, type Vector } from './vectors'

/** Centroid (Radev et al.): how close each sentence is to what the article as a whole is about. */
export function centroidScores(vectors: readonly Vector[]): number[] {
  const centroid = sum(vectors)
  return vectors.map((v) => cosine(v, centroid))
}

/** TextRank (Mihalcea & Tarau): PageRank over the sentence-similarity graph. */
export function textRankScores(vectors: readonly Vector[], damping = 0.85, iterations = 50): number[] {
  const n = vectors.length
  const weights: number[][] = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))))
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0))
  let rank = new Array<number>(n).fill(1 / Math.max(1, n))
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / Math.max(1, n))
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number
      if (out === 0) continue
      const share = (damping * (rank[j] as number)) / out
      const row = weights[j] as number[]
      for (let i = 0; i < n; i++) next[i] = (next[i] as number) + share * (row[i] as number)
    }
    const delta = next.reduce((d, x, i) => d + Math.abs(x - (rank[i] as number)), 0)
    rank = next
    if (delta < 1e-6) break
  }
  return rank
}
