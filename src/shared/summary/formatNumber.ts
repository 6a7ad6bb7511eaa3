/**
 * English renderings of counts: 286 million, 9.2 billion, 500,000, 100–500 million. Given the
 * scale the writer used (million and up), it is kept: 4,300 billion rather than 4.3 trillion.
 */

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million']
]

function group(n: number): string {
  const [int, frac] = String(n).split('.')
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${grouped}.${frac}` : grouped
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100)
}

function fits(n: number, s: number): boolean {
  return n >= s && Math.abs(Math.round((n / s) * 100) - (n / s) * 100) < 1e-6
}

function scaleOf(n: number, preferred?: number): [number, string] | undefined {
  const written = SCALES.find(([s]) => s === preferred)
  if (written && fits(n, written[0])) return written
  return SCALES.find(([s]) => fits(n, s))
}

function scaled(n: number, scale: [number, string]): string {
  return `${group(Number(trim(n / scale[0])))} ${scale[1]}`
}

export function formatCount(n: number, writtenScale?: number): string {
  const scale = scaleOf(n, writtenScale)
  return scale ? scaled(n, scale) : group(n)
}

/** A range sharing one scale word where both ends allow it (100–500 million). */
export function formatRange(min: number, max: number, writtenScale?: number): string {
  const a = scaleOf(min, writtenScale)
  const b = scaleOf(max, writtenScale)
  if (a && b && a[0] === b[0]) return `${group(Number(trim(min / a[0])))}–${scaled(max, b)}`
  return `${formatCount(min, writtenScale)}–${formatCount(max, writtenScale)}`
}
