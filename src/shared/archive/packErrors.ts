// Turns zod issues into errors a person fixing a pack can act on: which item, which field, what is
// wrong, in plain English. Schema-level messages (slugs, URLs, precision rules) win over these.
import type { z } from 'zod'

export interface PackError {
  /** Position in `items` (0-based), when the error is inside an item. */
  itemIndex?: number
  /** The item's id when it could be read, to find it in the source. */
  itemId?: string
  /** Field path inside the item (or inside the pack for pack-level errors), e.g. `body[2].text`. */
  path: string
  message: string
}

/** `item 3 ("zoomit-x"): body[2].text: expected text, got a number` */
export function formatPackError(error: PackError): string {
  const where =
    error.itemIndex === undefined
      ? ''
      : `item ${error.itemIndex}${error.itemId === undefined ? '' : ` (${JSON.stringify(error.itemId)})`}: `
  return `${where}${error.path || (error.itemIndex === undefined ? '(pack)' : '(item)')}: ${error.message}`
}

/** Pass as `safeParse(value, { error: plainEnglishIssue })`. */
export const plainEnglishIssue: z.core.$ZodErrorMap = (issue) => {
  const input: unknown = issue.input
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `is missing (expected ${describeExpected(issue.expected)})`
        : `expected ${describeExpected(issue.expected)}, got ${describeValue(input)}`
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string') {
        return `is too long: ${input.length} characters, at most ${issue.maximum} allowed`
      }
      if (issue.origin === 'array' && Array.isArray(input)) {
        return `has too many entries: ${input.length}, at most ${issue.maximum} allowed`
      }
      return `must be at most ${issue.maximum}, got ${String(input)}`
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} characters`
      if (issue.origin === 'array') return `needs at least ${issue.minimum} entries`
      return `must be at least ${issue.minimum}, got ${String(input)}`
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(input, true)}`
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
    case 'invalid_union':
      if (issue.discriminator !== undefined && isRecord(input)) {
        const allowed: unknown = issue.options
        const options = Array.isArray(allowed) ? allowed.map((o) => JSON.stringify(o)).join(', ') : 'a known kind'
        return `expected one of ${options}, got ${describeValue(input[issue.discriminator], true)}`
      }
      return 'does not match any allowed shape'
    default:
      return undefined
  }
}

/** Builds PackErrors from zod issues, naming the item by index and (when readable) id. */
export function packErrorsFromIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): PackError[] {
  return issues.flatMap(splitUnknownKeys).map((issue) => {
    const path = issue.path
    if (path[0] === 'items' && typeof path[1] === 'number') {
      const itemIndex = path[1]
      const itemId = readItemId(raw, itemIndex)
      return {
        itemIndex,
        ...(itemId === undefined ? {} : { itemId }),
        path: formatPath(path.slice(2)),
        message: issue.message
      }
    }
    return { path: formatPath(path), message: issue.message }
  })
}

/** One error per unknown field, with the field in its path: `item 0: colour: is not a known field`. */
function splitUnknownKeys(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  if (issue.code !== 'unrecognized_keys') return [issue]
  return issue.keys.map((key) => ({ path: [...issue.path, key], message: 'is not a known field' }))
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('')
}

function readItemId(raw: unknown, index: number): string | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.items)) return undefined
  const item: unknown = raw.items[index]
  if (!isRecord(item) || typeof item.id !== 'string') return undefined
  return item.id.length > 80 ? `${item.id.slice(0, 80)}…` : item.id
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object'
}

function describeExpected(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected
}

/** Names the kind of a value; with `quote`, short strings and numbers are shown as they are. */
function describeValue(value: unknown, quote = false): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return quote && value.length <= 40 ? JSON.stringify(value) : 'text'
    case 'number':
      return quote || !Number.isInteger(value) ? String(value) : 'a number'
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}
