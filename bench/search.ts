/**
 * Search engines side by side: npx tsx bench/search.ts [--sizes 1000,10000,50000] [--only ours,flexsearch] [--queries 300]
 * Prints build time, saved size, load time, query p50/p95 and heap per engine and corpus size.
 * Re-executes itself with --expose-gc so heap numbers are measured after a full GC.
 */
import { spawnSync } from 'node:child_process'
import { flexsearch, linearScan, minisearch, ours, type Engine } from './engines'
import { generateCorpus, generateQueries } from './corpus'

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}
const gc = globalThis.gc as () => void

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}

const sizes = (arg('sizes') ?? '1000,10000,50000').split(',').map(Number)
const only = arg('only')?.split(',')
const queryCount = Number(arg('queries') ?? 300)
/** MiniSearch needs minutes and GBs at 50k (measured earlier: p95 > 300 ms). */
const MINISEARCH_MAX = Number(arg('minisearch-max') ?? 10000)

const factories: Record<string, () => Engine> = { ours, minisearch, flexsearch, 'linear scan': linearScan }

function heapMb(): number {
  gc()
  gc()
  const m = process.memoryUsage()
  return (m.heapUsed + m.arrayBuffers) / 1e6 // typed-array stores live outside the JS heap
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

const rows: string[][] = [['size', 'engine', 'build s', 'saved MB', 'load ms', 'p50 ms', 'p95 ms', 'max ms', 'heap MB', 'note']]
for (const size of sizes) {
  const docs = generateCorpus(size)
  const queries = generateQueries(docs, queryCount)
  for (const [name, make] of Object.entries(factories)) {
    if (only && !only.includes(name)) continue
    if (name === 'minisearch' && size > MINISEARCH_MAX) {
      rows.push([String(size), name, 'skipped', '', '', '', '', '', '', `> ${MINISEARCH_MAX} docs takes too long (--minisearch-max)`])
      continue
    }
    const engine = make()
    const before = heapMb()
    let t = performance.now()
    engine.build(docs)
    const build = (performance.now() - t) / 1000
    const saved = engine.save()
    t = performance.now()
    engine.load()
    const load = performance.now() - t
    const heap = heapMb() - before
    for (const q of queries.slice(0, 20)) engine.search(q) // warm-up
    const times: number[] = []
    for (const q of queries) {
      t = performance.now()
      engine.search(q)
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    rows.push([String(size), name, build.toFixed(1), (saved / 1e6).toFixed(1), load.toFixed(0), percentile(times, 50).toFixed(2),
      percentile(times, 95).toFixed(2), (times[times.length - 1] ?? 0).toFixed(1), heap.toFixed(0), engine.note])
    engine.release()
    console.error(`done: ${size} ${name}`)
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
for (const r of rows) console.log('| ' + r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ') + ' |')
console.log(`heap = the loaded index after GC (corpus and snapshot excluded); ${queryCount} mixed queries`)
