/**
 * The one launcher the UI benchmarks share (uiTyping, annotationsScale, longArticle): serves a
 * built renderer over the e2e test host, starts "the app" on a profile kept across restarts, and
 * reads what the benchmarks report: the main thread's long tasks, input→paint latencies and the
 * renderer's memory. Every start is the real renderer against the real main-process handlers.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { RENDERER_ORIGIN, startRendererServer } from '../e2e/host/staticServer'
import { packIndexResponse } from '../src/main/archive/packIndexRoute'
import type { PackStore } from '../src/main/archive/packStore'
import { PACK_INDEX_PREFIX } from '../src/shared/host/packIndexPath'
import { BRIDGE_PATH, newProfile, startApp, type AppRun, type Profile } from '../e2e/host/testHost'

export interface UiHost {
  profile: Profile
  /** Starts the app on the shared profile: a later call is a restart with the same data. */
  start(archiveDir?: string, options?: { locale?: string; initScript?: string }): Promise<AppRun>
}

/** The folder of the built renderer: `--renderer <dir>` (to compare builds), else out/renderer. */
export function rendererDir(args: readonly string[] = process.argv): string {
  return resolve(argValue(args, 'renderer') ?? 'out/renderer')
}

export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? undefined : args[i + 1]
}

/**
 * How the page's calls reach the host: the archive's pages over the renderer's server ('server',
 * the default), which leaves the page the garbage of one JSON parse, as Electron's IPC leaves one
 * structured clone; or everything through Playwright's binding ('binding', as the e2e tests), whose
 * garbage only a memory-reducing GC frees (bench/bridgeGarbage.ts), so a first start measured
 * through it is the host's more than the app's. `--bridge binding` on the command line.
 */
export type Bridge = 'binding' | 'server'

export function bridgeOf(args: readonly string[] = process.argv): Bridge {
  const value = argValue(args, 'bridge') ?? 'server'
  if (value !== 'binding' && value !== 'server') throw new Error(`--bridge is binding or server, not "${value}"`)
  return value
}

/** The channels a 'server' bridge carries: the archive's pages, the bulk of a first start. */
const SERVER_BRIDGED = ['archive:page']

/** Runs `body` with a served renderer and a fresh profile, and removes both afterwards. */
export async function withUiHost<T>(body: (host: UiHost) => Promise<T>, options: { renderer?: string; bridge?: Bridge } = {}): Promise<T> {
  const runs: AppRun[] = []
  const bridge = options.bridge ?? bridgeOf()
  // The pack index route on the server itself, from the latest start's packs: streamed like
  // Electron's protocol handler, not carried as base64 through a Playwright route.
  let packs: PackStore | null = null
  let invoke: ((channel: unknown, payload: unknown) => Promise<unknown>) | null = null
  const server = await startRendererServer(options.renderer ?? rendererDir(), async (pathname, request) => {
    if (pathname === BRIDGE_PATH && invoke) return bridged(invoke, request)
    return packs && request.method === 'GET' && pathname.startsWith(PACK_INDEX_PREFIX) ? packIndexResponse(packs, pathname) : null
  })
  const profile = newProfile()
  try {
    return await body({
      profile,
      async start(archiveDir = resolve('resources/archive'), options = {}) {
        await browserGone(profile.dir)
        const run = await startApp({
          profile,
          archiveDir,
          ...options,
          packIndexByServer: (store) => (packs = store),
          ...(bridge === 'server' ? { bridgeOverServer: { channels: SERVER_BRIDGED, serve: (f: typeof invoke) => (invoke = f) } } : {})
        })
        runs.push(run)
        return run
      }
    })
  } finally {
    // A start that sat idle may never answer its close: give up after 30 s and end its browser.
    for (const run of runs) await Promise.race([run.close().catch(() => undefined), new Promise((r) => setTimeout(r, 30_000))])
    killBrowsersOf(profile.dir)
    profile.dispose()
    await new Promise<void>((r) => server.close(() => r()))
  }
}

/** A bridged call: only from the renderer's own origin (the sender check of the Electron shell), JSON both ways. */
async function bridged(invoke: (channel: unknown, payload: unknown) => Promise<unknown>, request: IncomingMessage): Promise<Response> {
  if (request.method !== 'POST' || request.headers.origin !== RENDERER_ORIGIN) return new Response(null, { status: 403 })
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  let call: { channel?: unknown; payload?: unknown }
  try {
    call = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { channel?: unknown; payload?: unknown }
  } catch {
    return new Response(null, { status: 400 })
  }
  return Response.json(await invoke(call.channel, call.payload))
}

/**
 * Waits (up to a minute) until no browser process of an earlier start on this profile is left, so
 * a restart never shares the profile with a browser still shutting down. Seen before this wait (cause
 * not proven): warm starts right after a busy first start that sat idle for good, page and host both
 * waiting, in three of five runs at 50,000 and 100,000.
 */
async function browserGone(profileDir: string): Promise<void> {
  const flag = `--user-data-dir=${profileDir}`
  const alive = (): boolean =>
    readdirSync('/proc').some((name) => {
      if (!/^\d+$/.test(name)) return false
      try {
        return readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(flag)
      } catch {
        return false
      }
    })
  const began = performance.now()
  for (let i = 0; i < 600 && alive(); i++) await new Promise((r) => setTimeout(r, 100))
  const waited = ((performance.now() - began) / 1000).toFixed(1)
  if (alive()) console.error(`(the last start's browser was still running after ${waited} s: the restart shares its profile)`)
  else if (performance.now() - began > 1000) console.error(`(waited ${waited} s for the last start's browser to exit)`)
}

/** Ends the browser processes this benchmark started on `profileDir` that are still there. */
function killBrowsersOf(profileDir: string): void {
  const flag = `--user-data-dir=${profileDir}`
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')
      if (args.includes(flag) && !args.some((a) => a.startsWith('--type='))) process.kill(Number(name))
    } catch {
      // Gone meanwhile.
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

export interface LongTasks {
  count: number
  longestMs: number
  totalMs: number
  /**
   * Where the longest frame that held a long task spent its time ('' if none was reported). A long
   * task longer than that frame had no frame reported for it.
   */
  longestWhy: string
}

/**
 * In the page: the main thread's long tasks (PerformanceObserver 'longtask', > 50 ms) in
 * `__long`, and, for each frame that held one, where its time went (Long Animation Frames: the
 * scripts that ran, by entry point and function, rendering, and the time neither accounts for) in
 * `__longWhy`.
 */
const LONG_TASK_PROBES = `
  window.__long = []
  window.__longWhy = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration) }).observe({ type: 'longtask', buffered: true })
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      if (!(f.blockingDuration > 0)) continue
      const scripts = f.scripts.map((s) => ({ ms: s.duration, what: (s.invoker || s.invokerType) + (s.sourceFunctionName ? ' → ' + s.sourceFunctionName : '') + (s.sourceURL ? ' (' + s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition + ')' : '') }))
      const inScripts = scripts.reduce((a, s) => a + s.ms, 0)
      const rendering = f.renderStart > 0 ? f.startTime + f.duration - f.renderStart : 0
      const parts = scripts.sort((a, b) => b.ms - a.ms).slice(0, 3).map((s) => Math.round(s.ms) + ' ms ' + s.what)
      if (rendering >= 1) parts.push(Math.round(rendering) + ' ms rendering')
      const rest = f.duration - inScripts - rendering
      if (rest >= 1) parts.push(Math.round(rest) + ' ms outside scripts and rendering')
      window.__longWhy.push({ ms: f.duration, at: f.startTime, why: parts.join('; ') })
    }
  }).observe({ type: 'long-animation-frame', buffered: true })
`

/**
 * Starts recording the main thread's long tasks, and what the frames that held them spent their
 * time on, in the page from now on; `takeLongTasks` reads and clears them. earlyProbes does the
 * same from the page's first script.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`if (!window.__long) { ${LONG_TASK_PROBES} }`)
}

/**
 * From the page's first script: long tasks, and marks (ms since navigation started, so the
 * browser's own launch is not counted) for the first moment each selector in `marks` is in the
 * page, and for the moment `gone` selectors leave it after having been there.
 */
export function earlyProbes(marks: Record<string, string>, gone: Record<string, string> = {}): string {
  return `${LONG_TASK_PROBES}
  window.__marks = {}
  const marks = ${JSON.stringify(marks)}
  const gone = ${JSON.stringify(gone)}
  const seen = {}
  const check = () => {
    const now = performance.now()
    for (const [name, sel] of Object.entries(marks)) if (!(name in window.__marks) && document.querySelector(sel)) window.__marks[name] = now
    for (const [name, sel] of Object.entries(gone)) {
      const here = document.querySelector(sel) !== null
      if (here) seen[name] = true
      else if (seen[name] && !(name in window.__marks)) window.__marks[name] = now
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true })
`
}

/** The marks earlyProbes set, in seconds since navigation started. */
export async function takeMarks(page: Page): Promise<Record<string, number>> {
  const marks = await page.evaluate(() => (window as unknown as { __marks?: Record<string, number> }).__marks ?? {})
  return Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v / 1000]))
}

export async function takeLongTasks(page: Page): Promise<LongTasks> {
  const { long, why } = await page.evaluate(() => {
    const w = window as unknown as { __long?: number[]; __longWhy?: { ms: number; why: string }[] }
    const taken = { long: w.__long ?? [], why: w.__longWhy ?? [] }
    w.__long = []
    w.__longWhy = []
    return taken
  })
  const longestFrame = why.reduce<{ ms: number; why: string } | null>((a, f) => (a && a.ms >= f.ms ? a : f), null)
  return {
    count: long.length,
    longestMs: long.length ? Math.max(...long) : 0,
    totalMs: long.reduce((a, b) => a + b, 0),
    // The longest long task can be longer than every frame reported (seen at first starts: 276 ms
    // beside 111 ms): the longtask API reports tasks the Long Animation Frames API does not, and then
    // what that task did is not known.
    longestWhy: longestFrame ? `longest frame ${Math.round(longestFrame.ms)} ms: ${longestFrame.why}` : ''
  }
}

/**
 * Each input event on `inputSelector` starts a clock that stops at the first paint after
 * `targetSelector`'s subtree next changes (so a keystroke whose own answer was superseded counts
 * until the answer that replaced it is painted); `takeLatencies` returns the sorted times.
 */
export async function watchInputToPaint(page: Page, inputSelector: string, targetSelector: string): Promise<void> {
  await page.evaluate(
    ([inputSel, targetSel]) => {
      const w = window as unknown as { __latency: number[] }
      w.__latency = []
      const input = document.querySelector<HTMLInputElement>(inputSel)
      const target = document.querySelector(targetSel)
      if (!input || !target) throw new Error(`not in the page: ${input ? targetSel : inputSel}`)
      let pending: number[] = []
      input.addEventListener('input', () => pending.push(performance.now()))
      new MutationObserver(() => {
        if (pending.length === 0) return
        const began = pending
        pending = []
        requestAnimationFrame(() => {
          const now = performance.now()
          for (const b of began) w.__latency.push(now - b)
        })
      }).observe(target, { childList: true, subtree: true, characterData: true })
    },
    [inputSelector, targetSelector] as const
  )
}

/**
 * Keystroke → its answer painted, matched by query: each input event records the box's value, and
 * when `answerSelector`'s `attribute` (the query the shown results answer) changes to a value, every
 * keystroke up to the one that typed that value is done at the paint after (a keystroke whose own
 * query was superseded counts until the answer that replaced it is painted). An answer for another
 * query, or a status line changing while the index builds, settles nothing. `takeAnswerLatencies`
 * returns the sorted times and how many keystrokes are still unanswered.
 */
export async function watchInputToAnswer(page: Page, inputSelector: string, answerSelector: string, attribute: string): Promise<void> {
  await page.evaluate(
    ([inputSel, answerSel, attr]) => {
      const w = window as unknown as { __answerLatency: number[]; __answerValue: string[]; __unanswered: () => number }
      w.__answerLatency = []
      w.__answerValue = []
      const input = document.querySelector<HTMLInputElement>(inputSel)
      const target = document.querySelector(answerSel)
      if (!input || !target) throw new Error(`not in the page: ${input ? answerSel : inputSel}`)
      let pending: { at: number; value: string }[] = []
      w.__unanswered = () => pending.length
      input.addEventListener('input', () => pending.push({ at: performance.now(), value: input.value }))
      // (No named functions in here: the bundler's name helper does not exist in the page.)
      new MutationObserver(() => {
        const answered = target.getAttribute(attr)
        let last = -1
        for (let i = 0; i < pending.length; i++) if (pending[i]?.value === answered) last = i
        if (last === -1) return
        const settled = pending.slice(0, last + 1)
        pending = pending.slice(last + 1)
        // After the frame that shows the change is painted: a task queued from requestAnimationFrame runs after that paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            const now = performance.now()
            for (const k of settled) {
              w.__answerLatency.push(now - k.at)
              w.__answerValue.push(k.value)
            }
          }
          channel.port2.postMessage(null)
        })
      }).observe(target, { attributes: true, attributeFilter: [attr] })
    },
    [inputSelector, answerSelector, attribute] as const
  )
}

/** The latencies, sorted; `keyed` has each with the box's value after its keystroke, in typing order. */
export async function takeAnswerLatencies(page: Page): Promise<{ latencies: number[]; keyed: { value: string; ms: number }[]; unanswered: number }> {
  const { latencies, values, unanswered } = await page.evaluate(() => {
    const w = window as unknown as { __answerLatency?: number[]; __answerValue?: string[]; __unanswered?: () => number }
    return { latencies: w.__answerLatency ?? [], values: w.__answerValue ?? [], unanswered: w.__unanswered?.() ?? NaN }
  })
  const keyed = latencies.map((ms, i) => ({ value: values[i] ?? '', ms }))
  return { latencies: [...latencies].sort((a, b) => a - b), keyed, unanswered }
}

export async function takeLatencies(page: Page): Promise<number[]> {
  const latencies = await page.evaluate(() => (window as unknown as { __latency?: number[] }).__latency ?? [])
  return latencies.sort((a, b) => a - b)
}

export interface RendererMemory {
  /** The page's JavaScript heap in use (CDP Performance.getMetrics JSHeapUsedSize), MB. */
  jsHeapMb: number
  /** Proportional set size (PSS) of the renderer process(es) of this profile's browser, MB: page, workers, DOM, Blink. */
  rendererPssMb: number
}

/** The renderer's memory after a garbage collection. */
export async function rendererMemory(run: AppRun, profile: Profile): Promise<RendererMemory> {
  const cdp = await run.context.newCDPSession(run.page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN
    return { jsHeapMb: heap / 2 ** 20, rendererPssMb: rendererPssKb(profile.dir) / 1024 }
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}

/**
 * Samples the renderer processes' PSS every `everyMs` until `stop`, which returns the highest seen
 * (MB): what a start costs at its busiest (an import's garbage, the index loading), which a
 * reading at the end, after a garbage collection, does not show.
 */
export function watchRendererPss(profile: Profile, everyMs = 500): { stop(): number } {
  let peakKb = 0
  const sample = () => {
    const kb = rendererPssKb(profile.dir)
    if (kb > peakKb) peakKb = kb
  }
  const timer = setInterval(sample, everyMs)
  return {
    stop() {
      clearInterval(timer)
      sample()
      return peakKb / 1024
    }
  }
}

/** Sums the PSS of the renderer processes descending from the browser using `profileDir`. */
function rendererPssKb(profileDir: string): number {
  const procs = new Map<number, { ppid: number; args: string }>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ')
      const status = readFileSync(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      procs.set(Number(name), { ppid, args })
    } catch {
      // A process that ended while we looked.
    }
  }
  const browser = [...procs.entries()].find(([, p]) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type='))?.[0]
  if (browser === undefined) return NaN
  const descends = (pid: number): boolean => {
    for (let p = procs.get(pid), guard = 0; p && guard < 10; p = procs.get(p.ppid), guard++) if (p.ppid === browser) return true
    return false
  }
  let total = 0
  for (const [pid, p] of procs) {
    if (!p.args.includes('--type=renderer') || !descends(pid)) continue
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
    } catch {
      // Ended meanwhile.
    }
  }
  return total
}

export function loadNow(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim()
  } catch {
    return 'unknown'
  }
}
