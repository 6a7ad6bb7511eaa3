import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from './jsonSyntaxError'

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u0041", true, null, {"k": [ ]}] ', '"x"', '0']) {
      expect(findJsonSyntaxError(text)).toBeUndefined()
    }
  })
  it.each([
    ['{"a": }', 6, 'a value'],
    ['[1,]', 3, 'a value'],
    ['{"a":1,}', 7, 'a quoted field name'],
    ['{"a" 1}', 5, "':'"],
    ['[1 2]', 3, "',' or ']'"],
    ['{"a":1', 6, "',' or '}'"],
    ['"abc', 4, 'closing quote'],
    ['[01]', 2, "',' or ']'"],
    ['-', 1, 'a digit'],
    ['{} x', 3, 'end of input'],
    ['', 0, 'a value'],
    ['"\\q"', 2, 'escape']
  ])('%j fails at offset %i expecting %s', (text, offset, expected) => {
    const error = findJsonSyntaxError(text)
    expect(error?.offset).toBe(offset)
    expect(error?.expected).toContain(expected)
  })
  it('copes with very deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))?.offset).toBe(200_000)
  })
})
