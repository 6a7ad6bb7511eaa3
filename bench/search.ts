/**
 * Search engines side by side:
 *   npx tsx bench/search.ts [--sizes 1000,10000,50000,100000] [--only ours,flexsearch] [--queries 300]
 *     [--before /path/to/older/checkout] [--minisearch-max 10000]
 * Prints build time (wall and the process's CPU time), saved size, load time, query p50/p95 and heap per engine and corpus size.
 * `p95 cpu` is the p95 of each query's CPU time, for the whole process: the garbage collector's
 * helper threads count too, so it can exceed the wall time; it moves less with other jobs on a
 * shared machine, more with collections.
 * `p95 cold` (ours) drops every cache (decoded postings, checkpoints, bitsets, bounds) before each query: the first keystroke's
 * cost, a little worse than just after loading (a load keeps the long terms' checkpoints its check collects).
 * `text MB` (ours) is what keeping the field texts for snippets (keepText) adds to the heap.
 * --before adds "ours (before)": the SearchIndex of another checkout, same corpus, same run.
 * Re-executes itself with --expose-gc so heap numbers are measured after a full GC.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { flexsearch, linearScan, minisearch, ours, type Engine, type IndexClass } from './engines'
import { generateCorpus, generateQueries } from './corpus'
import { TextStore } from '../src/shared/search/textStore'

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}
const gc = globalThis.gc as () => void

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}

const sizes = (arg('sizes') ?? '1000,10000,50000,100000').split(',').map(Number)
const only = arg('only')?.split(',')
const queryCount = Number(arg('queries') ?? 300)
/** MiniSearch needs minutes and GBs at 50k (measured earlier: p95 > 300 ms). */
const MINISEARCH_MAX = Number(arg('minisearch-max') ?? 10000)

const factories: Record<string, () => Engine> = { ours: () => ours(), minisearch, flexsearch, 'linear scan': linearScan }
const before = arg('before')
if (before) {
  const module = (await import(join(before, 'src/shared/search/searchIndex.ts'))) as { SearchIndex: IndexClass }
  factories['ours (before)'] = () => ours(module.SearchIndex, 'ours (before)')
}

function heapMb(): number {
  gc()
  gc()
  const m = process.memoryUsage()
  return (m.heapUsed + m.arrayBuffers) / 1e6 // typed-array stores live outside the JS heap
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

const rows: string[][] = [['size', 'engine', 'build s', 'build cpu s', 'saved MB', 'load ms', 'p50 ms', 'p95 ms', 'max ms', 'p95 cpu', 'p95 cold', 'heap MB', 'text MB', 'note']]
console.log(`load at start: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
for (const size of sizes) {
  const docs = generateCorpus(size)
  const queries = generateQueries(docs, queryCount)
  for (const [name, make] of Object.entries(factories)) {
    if (only && !only.includes(name)) continue
    if (name === 'minisearch' && size > MINISEARCH_MAX) {
      rows.push([String(size), name, 'skipped', '', '', '', '', '', '', '', '', '', '', `> ${MINISEARCH_MAX} docs takes too long (--minisearch-max)`])
      continue
    }
    const engine = make()
    const before = heapMb()
    let t = performance.now()
    const buildCpu = process.cpuUsage()
    engine.build(docs)
    const build = (performance.now() - t) / 1000
    const buildCpuUsed = process.cpuUsage(buildCpu)
    const saved = engine.save()
    t = performance.now()
    engine.load()
    const load = performance.now() - t
    const heap = heapMb() - before
    for (const q of queries.slice(0, 20)) engine.search(q) // warm-up
    const times: number[] = []
    const cpuTimes: number[] = []
    for (const q of queries) {
      const cpu = process.cpuUsage()
      t = performance.now()
      engine.search(q)
      times.push(performance.now() - t)
      const used = process.cpuUsage(cpu)
      cpuTimes.push((used.user + used.system) / 1000)
    }
    times.sort((a, b) => a - b)
    cpuTimes.sort((a, b) => a - b)
    let cold = ''
    if (engine.searchCold && !name.includes('before')) {
      const coldTimes: number[] = []
      for (const q of queries) {
        t = performance.now()
        engine.searchCold(q)
        coldTimes.push(performance.now() - t)
      }
      cold = percentile(coldTimes.sort((a, b) => a - b), 95).toFixed(2)
    }
    engine.release()
    let text = ''
    if (name === 'ours') {
      const base = heapMb()
      const store = new TextStore()
      docs.forEach((d, i) => store.set(i, d.fields))
      text = (heapMb() - base).toFixed(0)
      if (store.chunks.length < 0) console.log(store) // keeps the store alive through the measurement
    }
    rows.push([String(size), name, build.toFixed(1), ((buildCpuUsed.user + buildCpuUsed.system) / 1e6).toFixed(1), (saved / 1e6).toFixed(1), load.toFixed(0), percentile(times, 50).toFixed(2),
      percentile(times, 95).toFixed(2), (times[times.length - 1] ?? 0).toFixed(1), percentile(cpuTimes, 95).toFixed(2), cold, heap.toFixed(0), text, engine.note])
    console.error(`done: ${rows[rows.length - 1]?.join(' | ')}`) // each row as it is measured: a long run cut short still reports
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
for (const r of rows) console.log('| ' + r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ') + ' |')
console.log(`heap = the loaded index after GC (corpus and snapshot excluded); ${queryCount} mixed queries; load ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
