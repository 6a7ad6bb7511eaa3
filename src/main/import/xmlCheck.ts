// A well-formedness check for feed files before any DOM is built: says where the XML breaks
// (line and column), refuses DTDs (entity expansion attacks) and caps nesting. Iterative.

export type XmlProblem = { message: string; line: number; column: number; unsafe?: boolean; tooDeep?: boolean }

const NAME = /[A-Za-z_:][\w.:-]*/y

export function checkXml(text: string, maxDepth: number): XmlProblem | undefined {
  const stack: string[] = []
  let i = 0
  let rootSeen = false
  const at = (offset: number, message: string, extra: Partial<XmlProblem> = {}): XmlProblem => ({ message, ...position(text, offset), ...extra })

  while (i < text.length) {
    const lt = text.indexOf('<', i)
    if (lt < 0) break
    i = lt
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end < 0) return at(i, 'a comment is never closed (missing "-->")')
      i = end + 3
    } else if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return at(i, 'CDATA outside the root element')
      const end = text.indexOf(']]>', i + 9)
      if (end < 0) return at(i, 'a CDATA section is never closed (missing "]]>")')
      i = end + 3
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2)
      if (end < 0) return at(i, 'a processing instruction is never closed (missing "?>")')
      i = end + 2
    } else if (text.startsWith('<!', i)) {
      const word = text.slice(i, i + 9).toUpperCase()
      if (word === '<!DOCTYPE' || word.startsWith('<!ENTITY')) {
        return at(i, 'document type declarations are not accepted in feeds (they can define entities)', { unsafe: true })
      }
      return at(i, 'unexpected "<!"')
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2
      const name = NAME.exec(text)?.[0]
      if (!name) return at(i + 2, 'expected a tag name after "</"')
      const open = stack.pop()
      if (open === undefined) return at(i, `closing tag </${name}> has no opening tag`)
      if (open !== name) return at(i, `expected </${open}> but found </${name}>`)
      const close = skipSpaces(text, i + 2 + name.length)
      if (text[close] !== '>') return at(close, `expected ">" to end </${name}>`)
      i = close + 1
    } else {
      NAME.lastIndex = i + 1
      const name = NAME.exec(text)?.[0]
      if (!name) return at(i + 1, 'expected a tag name after "<" (write &lt; for a literal "<")')
      if (stack.length === 0 && rootSeen) return at(i, `a second root element <${name}>`)
      const end = scanAttributes(text, i + 1 + name.length)
      if (typeof end !== 'number') return at(end.offset, end.message)
      rootSeen = true
      if (text[end - 2] !== '/') {
        stack.push(name)
        if (stack.length > maxDepth) return at(i, `elements are nested more than ${maxDepth} deep`, { tooDeep: true })
      }
      i = end
    }
  }
  if (stack.length > 0) return at(text.length, `the file ends inside <${stack[stack.length - 1]}> (truncated?)`)
  if (!rootSeen) return at(0, 'no XML element found')
  return undefined
}

/** Returns the offset just past ">" or where the tag goes wrong. */
function scanAttributes(text: string, from: number): number | { offset: number; message: string } {
  let i = from
  const seen = new Set<string>()
  for (;;) {
    const spaced = skipSpaces(text, i)
    const ch = text[spaced]
    if (ch === undefined) return { offset: spaced, message: 'the file ends inside a tag (truncated?)' }
    if (ch === '>') return spaced + 1
    if (ch === '/' && text[spaced + 1] === '>') return spaced + 2
    if (spaced === i) return { offset: spaced, message: 'expected a space before the attribute' }
    NAME.lastIndex = spaced
    const name = NAME.exec(text)?.[0]
    if (!name) return { offset: spaced, message: `unexpected ${JSON.stringify(ch)} in a tag` }
    if (seen.has(name)) return { offset: spaced, message: `attribute "${name}" appears twice` }
    seen.add(name)
    const eq = skipSpaces(text, spaced + name.length)
    if (text[eq] !== '=') return { offset: eq, message: `expected "=" after attribute "${name}"` }
    const q = skipSpaces(text, eq + 1)
    const quote = text[q]
    if (quote !== '"' && quote !== "'") return { offset: q, message: `the value of "${name}" must be quoted` }
    const close = text.indexOf(quote, q + 1)
    if (close < 0) return { offset: q, message: `the value of "${name}" is never closed` }
    if (text.slice(q + 1, close).includes('<')) return { offset: q, message: `"<" inside the value of "${name}"` }
    i = close + 1
  }
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++
  return i
}

export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
