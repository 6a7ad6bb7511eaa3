// A small subset of YAML front matter, enough for article metadata (no YAML library is available
// offline): `key: value` scalars, "double" / 'single' quoted strings, [inline, lists], indented
// `- item` lists, and `|` (keep line breaks) / `>` (fold lines) blocks. Nothing is typed: values
// are strings or lists of strings, and the caller decides what they mean.

export class SourceTextError extends Error {
  constructor(
    message: string,
    /** 1-based line in the source file. */
    readonly line: number
  ) {
    super(message)
    this.name = 'SourceTextError'
  }
}

export interface FrontMatterField {
  key: string
  value: string | string[]
  line: number
}

export interface SourceLine {
  text: string
  /** 1-based line in the source file. */
  line: number
}

export interface SplitSource {
  fields: Map<string, FrontMatterField>
  bodyLines: SourceLine[]
}

const FENCE = '---'
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(.*)$/

export function splitFrontMatter(text: string): SplitSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const numbered = (from: number): SourceLine[] => lines.slice(from).map((t, i) => ({ text: t, line: from + i + 1 }))
  if (lines[0]?.trim() !== FENCE) return { fields: new Map(), bodyLines: numbered(0) }

  const close = lines.findIndex((line, i) => i > 0 && line.trim() === FENCE)
  if (close < 0) throw new SourceTextError('front matter starts with --- but has no closing --- line', 1)
  return { fields: parseFields(lines.slice(1, close), 2), bodyLines: numbered(close + 1) }
}

function parseFields(lines: string[], firstLine: number): Map<string, FrontMatterField> {
  const fields = new Map<string, FrontMatterField>()
  let i = 0
  while (i < lines.length) {
    const raw = lines[i] as string
    const line = firstLine + i
    i++
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const match = KEY_LINE.exec(raw)
    if (!match) throw new SourceTextError(`expected "key: value" in front matter, got "${raw.trim()}"`, line)
    const key = match[1] as string
    if (fields.has(key)) throw new SourceTextError(`"${key}" appears twice in front matter`, line)
    const rest = (match[2] as string).trim()

    const indented = takeIndented(lines, i)
    i += indented.length
    fields.set(key, { key, line, value: parseValue(key, rest, indented, line) })
  }
  return fields
}

function parseValue(key: string, rest: string, indented: string[], line: number): string | string[] {
  if (/^[|>][-+]?$/.test(rest)) {
    const block = dedent(indented)
    if (block.every((l) => l === '')) throw new SourceTextError(`"${key}" has an empty block`, line)
    return rest.startsWith('|') ? trimBlankEnds(block).join('\n') : fold(trimBlankEnds(block))
  }
  if (indented.some((l) => l.trim() !== '')) {
    if (rest !== '') throw new SourceTextError(`"${key}" has a value and indented lines after it`, line)
    return indented.filter((l) => l.trim() !== '').map((l) => {
      const item = /^\s*-\s+(.*)$/.exec(l)
      if (!item) throw new SourceTextError(`list entries under "${key}" must start with "- "`, line)
      return unquote(key, (item[1] as string).trim(), line)
    })
  }
  if (rest === '') throw new SourceTextError(`"${key}" has no value`, line)
  if (rest.startsWith('[')) {
    if (!rest.endsWith(']')) throw new SourceTextError(`"${key}": an inline list needs a closing ]`, line)
    return splitInlineList(rest.slice(1, -1)).map((entry) => unquote(key, entry, line)).filter((e) => e !== '')
  }
  return unquote(key, rest, line)
}

/** Indented (or blank) lines that follow a key; blank lines at the end belong to the next key. */
function takeIndented(lines: string[], from: number): string[] {
  let end = from
  let lastContent = from
  while (end < lines.length && (/^[ \t]/.test(lines[end] as string) || (lines[end] as string).trim() === '')) {
    end++
    if ((lines[end - 1] as string).trim() !== '') lastContent = end
  }
  return lines.slice(from, lastContent)
}

function dedent(lines: string[]): string[] {
  const widths = lines.filter((l) => l.trim() !== '').map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length)
  const cut = widths.length > 0 ? Math.min(...widths) : 0
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(cut).trimEnd()))
}

function trimBlankEnds(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start] === '') start++
  while (end > start && lines[end - 1] === '') end--
  return lines.slice(start, end)
}

/** YAML folding: lines join with a space, a blank line becomes a line break. */
function fold(lines: string[]): string {
  return lines.reduce((out, l, i) => {
    if (l === '') return `${out}\n`
    const previous = lines[i - 1]
    return i === 0 || previous === '' ? out + l : `${out} ${l}`
  }, '')
}

function splitInlineList(inner: string): string[] {
  const entries: string[] = []
  let current = ''
  let quote: string | undefined
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = undefined
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === ',') {
      entries.push(current.trim())
      current = ''
      continue
    }
    current += ch
  }
  entries.push(current.trim())
  return entries
}

function unquote(key: string, value: string, line: number): string {
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value)
      if (typeof parsed === 'string') return parsed
    } catch {
      // reported below
    }
    throw new SourceTextError(`"${key}": bad double-quoted value ${value}`, line)
  }
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) throw new SourceTextError(`"${key}": bad single-quoted value ${value}`, line)
    return value.slice(1, -1).replaceAll("''", "'")
  }
  return value
}
