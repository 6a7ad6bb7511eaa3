// JSON.parse in Node 20 often reports no position ("Unexpected token '}', ... is not valid JSON").
// This scanner runs only after JSON.parse has failed, to say where. Iterative, so hostile nesting
// cannot overflow the stack.

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (text.length at unexpected end). */
  offset: number
  expected: string
}

type Container = '[' | '{'

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Container[] = []
  let i = 0
  let state: 'value' | 'key' | 'after' = 'value'
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected })
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }

  for (;;) {
    skipSpace()
    const ch = text[i]
    if (state === 'value') {
      if (ch === '{' || ch === '[') {
        stack.push(ch)
        i++
        skipSpace()
        if (text[i] === (ch === '{' ? '}' : ']')) {
          stack.pop()
          i++
          state = 'after'
        } else {
          state = ch === '{' ? 'key' : 'value'
        }
      } else if (ch === '"') {
        const error = scanString()
        if (error) return error
        state = 'after'
      } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
        const error = scanNumber()
        if (error) return error
        state = 'after'
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i))
        if (!literal) return fail('a value')
        i += literal.length
        state = 'after'
      }
    } else if (state === 'key') {
      if (ch !== '"') return fail('a quoted field name')
      const error = scanString()
      if (error) return error
      skipSpace()
      if (text[i] !== ':') return fail("':' after the field name")
      i++
      state = 'value'
    } else {
      const top = stack[stack.length - 1]
      if (top === undefined) return i < text.length ? fail('end of input') : undefined
      const close = top === '{' ? '}' : ']'
      if (ch === ',') {
        i++
        state = top === '{' ? 'key' : 'value'
      } else if (ch === close) {
        stack.pop()
        i++
      } else {
        return fail(`',' or '${close}'`)
      }
    }
  }

  function scanString(): JsonSyntaxError | undefined {
    i++ // opening quote
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        i++
        return undefined
      }
      if (code < 0x20) return fail('no raw control characters inside a string')
      if (code === 0x5c) {
        i++
        const escape = text[i]
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return fail('four hex digits after \\u')
          i += 5
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          i++
        } else {
          return fail('a valid escape such as \\n or \\"')
        }
      } else {
        i++
      }
    }
    return fail('a closing quote')
  }

  function scanNumber(): JsonSyntaxError | undefined {
    const digits = (): boolean => {
      const start = i
      while (i < text.length && (text[i] as string) >= '0' && (text[i] as string) <= '9') i++
      return i > start
    }
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (!digits()) return fail('a digit')
    if (text[i] === '.') {
      i++
      if (!digits()) return fail('a digit after the decimal point')
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!digits()) return fail('a digit in the exponent')
    }
    return undefined
  }
}
