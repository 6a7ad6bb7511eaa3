/** Sparse TF-IDF vectors over sentences (each sentence is a "document"). */
export type Vector = Map<string, number>

export function tfidfVectors(docs: readonly string[][]): Vector[] {
  const df = new Map<string, number>()
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1)
  const n = docs.length
  return docs.map((doc) => {
    const tf = new Map<string, number>()
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1)
    const v: Vector = new Map()
    for (const [term, count] of tf) {
      // Sublinear tf and smoothed idf: a term in every sentence still counts a little.
      v.set(term, (1 + Math.log(count)) * (Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1))
    }
    return v
  })
}

function norm(v: Vector): number {
  let s = 0
  for (const x of v.values()) s += x * x
  return Math.sqrt(s)
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, x] of small) dot += x * (large.get(term) ?? 0)
  const d = norm(a) * norm(b)
  return d === 0 ? 0 : dot / d
}

export function sum(vectors: readonly Vector[]): Vector {
  const out: Vector = new Map()
  for (const v of vectors) for (const [term, x] of v) out.set(term, (out.get(term) ?? 0) + x)
  return out
}
