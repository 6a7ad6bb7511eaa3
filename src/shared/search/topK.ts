/** Whether doc a ranks before doc b: higher key first, ties by doc number. */
function better(key: Float64Array, a: number, b: number): boolean {
  const ka = key[a] as number
  const kb = key[b] as number
  return ka > kb || (ka === kb && a < b)
}

function order(key: Float64Array): (a: number, b: number) => number {
  return (a, b) => (better(key, a, b) ? -1 : better(key, b, a) ? 1 : 0)
}

let heap = new Int32Array(128)

/**
 * The k best docs by key (higher first, ties by doc number), via a min-heap of size k: a
 * 50k-doc result never gets fully sorted. The heap is a reused typed array, so a large result
 * costs no allocation.
 */
export function topK(docs: ArrayLike<number>, key: Float64Array, k: number): number[] {
  const n = docs.length
  if (n <= k * 4) return Array.from(docs).sort(order(key))
  if (heap.length < k) heap = new Int32Array(k)
  const h = heap
  let size = 0
  for (let j = 0; j < n; j++) {
    const d = docs[j] as number
    if (size < k) {
      // Sift up: the root is the worst of the best so far.
      let i = size++
      while (i > 0) {
        const p = (i - 1) >> 1
        const up = h[p] as number
        if (!better(key, up, d)) break
        h[i] = up
        i = p
      }
      h[i] = d
    } else if (k > 0 && better(key, d, h[0] as number)) {
      // Replace the root and sift down.
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) break
        const r = l + 1
        let m = l
        if (r < size && better(key, h[l] as number, h[r] as number)) m = r
        if (!better(key, d, h[m] as number)) break
        h[i] = h[m] as number
        i = m
      }
      h[i] = d
    }
  }
  return Array.from(h.subarray(0, size)).sort(order(key))
}
