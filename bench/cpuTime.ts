import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU time (user + system, ms) used so far by this Node process and every process it started (the
 * Chromium browser and its renderer, GPU and utility children), from /proc: Linux only, NaN
 * elsewhere. On a machine shared with other jobs the wall time of a step depends on what else
 * runs; its CPU time does not, so the benchmarks report both.
 */
export function cpuMsOfTree(): number {
  try {
    const ticks = 100 // USER_HZ, 100 on Linux
    const stats = new Map<number, { ppid: number; ms: number }>()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      let stat: string
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      } catch {
        continue
      }
      // Fields after the command's closing parenthesis: state ppid … utime(14) stime(15) cutime cstime.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const num = (i: number): number => Number(f[i - 3] ?? 0)
      stats.set(Number(entry), { ppid: num(4), ms: ((num(14) + num(15) + num(16) + num(17)) * 1000) / ticks })
    }
    const inTree = (pid: number): boolean => {
      for (let p: number | undefined = pid; p !== undefined && p > 1; p = stats.get(p)?.ppid) if (stats.get(p)?.ppid === process.pid) return true
      return false
    }
    const own = process.cpuUsage()
    let total = (own.user + own.system) / 1000
    for (const [pid, s] of stats) if (inTree(pid)) total += s.ms
    return total
  } catch {
    return NaN
  }
}
