/**
 * Deterministic JSON for hashing: object keys sorted by UTF-16 code units at every depth, no
 * whitespace, strings and numbers as JSON.stringify writes them. For our data (strings, integers,
 * booleans) this matches RFC 8785 (JCS). Text is never normalised, so a changed ZWNJ changes the hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a finite number`)
      return JSON.stringify(value)
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((entry: unknown) => {
          if (entry === undefined) throw new TypeError('canonicalJson: undefined in an array')
          return canonicalJson(entry)
        }).join(',')}]`
      }
      return `{${Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`)
  }
}
