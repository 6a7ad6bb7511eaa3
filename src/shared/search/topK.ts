/**
 * The k best docs by key (higher first, ties by doc number), via a min-heap of size k: a
 * 50k-doc result never gets fully sorted.
 */
export function topK(docs: ArrayLike<number>, key: Float64Array, k: number): number[] {
  const better = (a: number, b: number): boolean =>
    (key[a] as number) > (key[b] as number) || ((key[a] as number) === (key[b] as number) && a < b)
  const order = (a: number, b: number): number => (better(a, b) ? -1 : better(b, a) ? 1 : 0)
  if (docs.length <= k * 4) return Array.from(docs).sort(order)
  const heap: number[] = []
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && better(heap[m] as number, heap[l] as number)) m = l
      if (r < heap.length && better(heap[m] as number, heap[r] as number)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m] as number, heap[i] as number]
      i = m
    }
  }
  for (let j = 0; j < docs.length; j++) {
    const d = docs[j] as number
    if (heap.length < k) {
      heap.push(d)
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1
        if (!better(heap[p] as number, heap[i] as number)) break
        ;[heap[i], heap[p]] = [heap[p] as number, heap[i] as number]
        i = p
      }
    } else if (k > 0 && better(d, heap[0] as number)) {
      heap[0] = d
      siftDown(0)
    }
  }
  return heap.sort(order)
}
