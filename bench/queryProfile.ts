/**
 * Where our query time goes: per-query wall times at one corpus size, by query kind.
 *   npx tsx bench/queryProfile.ts [--size 50000] [--queries 300] [--rounds 3] [--top 15] [--before /path/to/checkout]
 * The whole mix runs --rounds times; the first round is what bench/search.ts measures (caches as
 * the earlier queries left them), the minimum over the rounds shows the cost with warm caches and
 * fewer of a busy machine's stalls. Prints, per kind of query, p50/p95/max of both, and the
 * slowest queries of the first round with their kind and hit total. --before times another checkout's SearchIndex on the same corpus.
 */
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { generateCorpus, generateQueries, QUERY_KINDS } from './corpus'
import { SearchIndex } from '../src/shared/search/searchIndex'
import type { IndexClass } from './engines'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}
const size = Number(arg('size') ?? 50000)
const count = Number(arg('queries') ?? 300)
const rounds = Number(arg('rounds') ?? 3)
const top = Number(arg('top') ?? 15)
const beforePath = arg('before')

interface Searchable { search(q: string, o: { limit: number }): { total: number; hits: unknown[] } }

const docs = generateCorpus(size)
const queries = generateQueries(docs, count)
const classes: [string, IndexClass][] = [['ours', SearchIndex as unknown as IndexClass]]
if (beforePath) classes.push(['before', ((await import(join(beforePath, 'src/shared/search/searchIndex.ts'))) as { SearchIndex: IndexClass }).SearchIndex])

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
console.log(`load at start: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
for (const [name, Index] of classes) {
  const built = Index.build(docs)
  const index = Index.load(built.serialize()) as unknown as Searchable
  for (const q of queries.slice(0, 20)) index.search(q, { limit: 50 })
  const first: number[] = []
  const best = new Array<number>(queries.length).fill(Infinity)
  const totals: number[] = []
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t = performance.now()
      const res = index.search(q, { limit: 50 })
      const took = performance.now() - t
      if (r === 0) first[i] = took
      best[i] = Math.min(best[i] as number, took)
      totals[i] = res.total
    })
  }
  for (const [label, times] of [['first round', first], [`min of ${rounds} rounds`, best]] as const) {
    const all = [...times].sort((a, b) => a - b)
    const p95 = percentile(all, 95)
    console.log(`\n${name}, ${label}: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(all[all.length - 1] ?? 0).toFixed(2)} ms`)
    const kinds = new Map<string, number[]>()
    queries.forEach((_, i) => {
      const kind = QUERY_KINDS[i % QUERY_KINDS.length] as string
      kinds.set(kind, [...(kinds.get(kind) ?? []), times[i] as number])
    })
    for (const [kind, list] of kinds) {
      list.sort((a, b) => a - b)
      const over = list.filter((t) => t >= p95).length
      console.log(`  ${kind.padEnd(8)} p50 ${percentile(list, 50).toFixed(2).padStart(6)}  p95 ${percentile(list, 95).toFixed(2).padStart(6)}  max ${(list[list.length - 1] ?? 0).toFixed(2).padStart(6)}  at or over the overall p95: ${over}`)
    }
  }
  const order = first.map((_, i) => i).sort((a, b) => (first[b] as number) - (first[a] as number))
  console.log(`  slowest ${top} of the first round (ms first / min):`)
  for (const i of order.slice(0, top)) console.log(`    ${(first[i] as number).toFixed(2).padStart(6)} / ${(best[i] as number).toFixed(2).padStart(6)}  ${(QUERY_KINDS[i % QUERY_KINDS.length] as string).padEnd(8)} total ${String(totals[i]).padStart(6)}  ${JSON.stringify(queries[i])}`)
}
console.log(`load at end: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
