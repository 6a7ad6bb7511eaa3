/** English renderings of counts: 286 million, 9.2 billion, 500,000, 100–500 million. */

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

function scaleOf(n: number): [number, string] | undefined {
  return SCALES.find(([s]) => n >= s && Math.abs(Math.round((n / s) * 100) - (n / s) * 100) < 1e-6)
}

export function formatCount(n: number): string {
  const scale = scaleOf(n)
  return scale ? `${trim(n / scale[0])} ${scale[1]}` : group(n)
}

/** A range sharing one scale word where both ends allow it (100–500 million). */
export function formatRange(min: number, max: number): string {
  const a = scaleOf(min)
  const b = scaleOf(max)
  if (a && b && a[0] === b[0]) return `${trim(min / a[0])}–${trim(max / a[0])} ${a[1]}`
  return `${formatCount(min)}–${formatCount(max)}`
}
